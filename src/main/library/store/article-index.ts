// The article index: every article's metadata in memory, persisted in shards so that a change to one
// article rewrites about 1/SHARDS of the index instead of the whole library.
import type { Low } from 'lowdb';
import type { Article } from '../../../shared/model';
import { openCollection } from './collection';
import type { RecoveryNotice } from './json-file';
import { shardFile, shardIndex } from './sharded-map';

/** At 100k articles a shard holds ~300 KB, so a tag or a read mark rewrites ~300 KB, not 2.4 MB. */
export const SHARDS = 256;
export const SHARD_PREFIX = 'articles';

interface Shard {
  version: number;
  articles: Record<string, Article>;
}

function shardOf(id: string): number {
  return shardIndex(id, SHARDS);
}

/** What two addresses must share to be the same article (the capture's normal form). */
export type UrlKey = (url: string) => string;

const newerFirst = (a: Article, b: Article): number =>
  Date.parse(b.savedAt) - Date.parse(a.savedAt) || (b.id < a.id ? -1 : 1);

export class ArticleIndex {
  private readonly byId = new Map<string, Article>();
  private newestFirst: Article[] | null = null;
  /** Article ids by address key; built on first use, so a cold start does not pay for it. */
  private byUrl: Map<string, Set<string>> | null = null;

  private constructor(
    private readonly shards: Low<Shard>[],
    private readonly urlKey: UrlKey,
  ) {
    for (const shard of shards) {
      for (const article of Object.values(shard.data.articles)) this.byId.set(article.id, article);
    }
  }

  static async open(
    dir: string,
    options: {
      readOnly: boolean;
      onRecovery: (notice: RecoveryNotice) => void;
      urlKey?: UrlKey;
    },
  ): Promise<ArticleIndex> {
    const shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, i) =>
        openCollection<Shard>(
          shardFile(dir, SHARD_PREFIX, i, SHARDS),
          () => ({ version: 1, articles: {} }),
          options,
        ),
      ),
    );
    return new ArticleIndex(shards, options.urlKey ?? ((url) => url));
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Article | undefined {
    return this.byId.get(id);
  }

  /** All articles, newest saved first. The array is cached, and replaced (never changed) when the
   * set of articles changes. */
  all(): readonly Article[] {
    if (!this.newestFirst) {
      const list = [...this.byId.values()];
      // Numeric keys: comparing 100k ISO strings pairwise costs several times more.
      const time = new Float64Array(list.length);
      for (let i = 0; i < list.length; i++) time[i] = Date.parse(list[i].savedAt);
      const order = Array.from(list.keys()).sort(
        (x, y) => time[y] - time[x] || (list[y].id < list[x].id ? -1 : 1),
      );
      this.newestFirst = order.map((i) => list[i]);
    }
    return this.newestFirst;
  }

  find(predicate: (article: Article) => boolean): Article | undefined {
    for (const article of this.byId.values()) if (predicate(article)) return article;
    return undefined;
  }

  /** Articles whose address has the same key as `url`: a map look-up, not a scan of the library. */
  withUrl(url: string): Article[] {
    if (!this.byUrl) {
      this.byUrl = new Map();
      for (const article of this.byId.values()) this.indexUrl(article.url, article.id);
    }
    const ids = this.byUrl.get(this.keyOf(url));
    return ids ? [...ids].map((id) => this.byId.get(id)!) : [];
  }

  private keyOf(url: string): string {
    try {
      return this.urlKey(url);
    } catch {
      return url; // not an address the capture would take: only the same string matches
    }
  }

  private indexUrl(url: string | null, id: string): void {
    if (!this.byUrl || url === null) return;
    const key = this.keyOf(url);
    const ids = this.byUrl.get(key) ?? new Set<string>();
    this.byUrl.set(key, ids.add(id));
  }

  private unindexUrl(url: string | null, id: string): void {
    if (!this.byUrl || url === null) return;
    const key = this.keyOf(url);
    const ids = this.byUrl.get(key);
    ids?.delete(id);
    if (ids?.size === 0) this.byUrl.delete(key);
  }

  /** Keep the in-memory maps and order in step with one article; returns the stored object. */
  private remember(article: Article): Article {
    const existing = this.byId.get(article.id);
    if (existing) {
      if (existing.url !== article.url) {
        this.unindexUrl(existing.url, existing.id);
        this.indexUrl(article.url, article.id);
      }
      const moved = existing.savedAt !== article.savedAt;
      Object.assign(existing, article);
      if (moved) this.newestFirst = null;
      return existing;
    }
    this.byId.set(article.id, article);
    this.indexUrl(article.url, article.id);
    // A new article goes into the cached order where it belongs; re-sorting 100k for each one
    // saved (a feed refresh saves thousands) would stall every list call after it.
    if (this.newestFirst) {
      let low = 0;
      let high = this.newestFirst.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (newerFirst(this.newestFirst[mid], article) < 0) low = mid + 1;
        else high = mid;
      }
      // A new array, not a splice: a caller may be walking the old one across awaits.
      this.newestFirst = this.newestFirst.toSpliced(low, 0, article);
    }
    return article;
  }

  /** Insert or replace an article and make it durable. */
  async put(article: Article): Promise<void> {
    const stored = this.remember(article);
    const shard = this.shards[shardOf(article.id)];
    shard.data.articles[article.id] = stored;
    await shard.write();
  }

  /** Several articles in one write per touched shard (imports, feed refreshes, bulk actions). */
  async putMany(articles: Article[]): Promise<void> {
    const touched = new Set<number>();
    for (const article of articles) {
      const index = shardOf(article.id);
      this.shards[index].data.articles[article.id] = this.remember(article);
      touched.add(index);
    }
    await Promise.all([...touched].map((i) => this.shards[i].write()));
  }

  /** Removes articles with one durable write per touched shard; unknown ids are skipped. */
  async remove(ids: readonly string[]): Promise<void> {
    const touched = new Set<number>();
    const gone = new Set<Article>();
    for (const id of ids) {
      const article = this.byId.get(id);
      if (!article) continue;
      this.byId.delete(id);
      this.unindexUrl(article.url, id);
      gone.add(article);
      const index = shardOf(id);
      delete this.shards[index].data.articles[id];
      touched.add(index);
    }
    if (this.newestFirst && gone.size > 0) {
      this.newestFirst = this.newestFirst.filter((a) => !gone.has(a));
    }
    await Promise.all([...touched].map((i) => this.shards[i].write()));
  }
}
