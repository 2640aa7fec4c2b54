// The article index: every article's metadata in memory, persisted in shards. A change is made
// durable by one line in the index's journal; the shards it touched are rewritten in the background.
import type { Low } from 'lowdb';
import type { Article } from '../../../shared/model';
import type { RecoveryNotice } from './json-file';
import type { ShardJournal } from './shard-journal';
import { openJournaledShards, shardIndex } from './sharded-map';

/** At 100k articles a shard holds ~400 KB: a fold after a small change rewrites that, not 100 MB. */
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
  /** Tag (lower case) → its spellings → articles; built on first use, then kept up to date. */
  private tags: Map<string, Map<string, number>> | null = null;
  /** Article ids by address key; built on first use, so a cold start does not pay for it. */
  private byUrl: Map<string, Set<string>> | null = null;

  private constructor(
    private readonly shards: Low<Shard>[],
    private readonly journal: ShardJournal<Article>,
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
    const { shards, journal } = await openJournaledShards<Shard, Article>(
      dir,
      SHARD_PREFIX,
      SHARDS,
      () => ({ version: 1, articles: {} }),
      (shard, id, article) => {
        if (article === undefined) delete shard.articles[id];
        else shard.articles[id] = article;
      },
      options,
    );
    return new ArticleIndex(shards, journal, options.urlKey ?? ((url) => url));
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

  /**
   * Every tag with the number of articles that carry it, most used first; a tag written in several
   * cases shows its most used spelling. Counted once, then kept up to date: counting 100k
   * articles' tags took ~45 ms, and the navigation asks after every change.
   */
  tagCounts(): { name: string; count: number }[] {
    if (!this.tags) {
      this.tags = new Map();
      for (const article of this.byId.values()) this.countTags(article.tags, 1);
    }
    const out: { name: string; count: number }[] = [];
    for (const spellings of this.tags.values()) {
      let name = '';
      let most = 0;
      let count = 0;
      for (const [spelling, n] of spellings) {
        count += n;
        if (n > most || (n === most && spelling < name)) [name, most] = [spelling, n];
      }
      out.push({ name, count });
    }
    return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  private countTags(tags: readonly string[], delta: 1 | -1): void {
    if (!this.tags) return;
    for (const tag of tags) {
      const key = tag.toLowerCase();
      const spellings = this.tags.get(key) ?? new Map<string, number>();
      const n = (spellings.get(tag) ?? 0) + delta;
      if (n > 0) spellings.set(tag, n);
      else spellings.delete(tag);
      if (spellings.size > 0) this.tags.set(key, spellings);
      else this.tags.delete(key);
    }
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

  /**
   * Keep the in-memory maps in step with one article; returns the stored object. A new one is
   * added to `fresh`, for the cached order.
   */
  private remember(article: Article, fresh: Article[]): Article {
    const existing = this.byId.get(article.id);
    if (existing) {
      if (existing.url !== article.url) {
        this.unindexUrl(existing.url, existing.id);
        this.indexUrl(article.url, article.id);
      }
      const moved = existing.savedAt !== article.savedAt;
      this.countTags(existing.tags, -1);
      Object.assign(existing, article);
      this.countTags(existing.tags, 1);
      if (moved) this.newestFirst = null;
      return existing;
    }
    this.byId.set(article.id, article);
    this.indexUrl(article.url, article.id);
    this.countTags(article.tags, 1);
    fresh.push(article);
    return article;
  }

  /**
   * New articles go into the cached order where they belong, all of a write in one merge: re-sorting
   * 100k for each write (a feed refresh makes hundreds) would stall every list call after it, and
   * one copy of the 100k order per article cost ~1 ms each.
   */
  private placeInOrder(fresh: Article[]): void {
    if (!this.newestFirst || fresh.length === 0) return;
    const sorted = fresh.toSorted(newerFirst);
    const old = this.newestFirst;
    // A new array, not a splice: a caller may be walking the old one across awaits.
    const merged = new Array<Article>(old.length + sorted.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < merged.length; k++) {
      merged[k] =
        j < sorted.length && (i >= old.length || newerFirst(sorted[j], old[i]) < 0)
          ? sorted[j++]
          : old[i++];
    }
    this.newestFirst = merged;
  }

  /** Insert or replace an article and make it durable. */
  async put(article: Article): Promise<void> {
    await this.putMany([article]);
  }

  /** Several articles in one durable write (imports, feed refreshes, bulk actions). */
  async putMany(articles: Article[]): Promise<void> {
    const touched = new Set<number>();
    const set: [string, Article][] = [];
    const fresh: Article[] = [];
    for (const article of articles) {
      const index = shardOf(article.id);
      const stored = this.remember(article, fresh);
      this.shards[index].data.articles[article.id] = stored;
      set.push([article.id, stored]);
      touched.add(index);
    }
    this.placeInOrder(fresh);
    if (set.length > 0) await this.journal.append({ set }, touched);
  }

  /** Removes articles with one durable write; unknown ids are skipped. */
  async remove(ids: readonly string[]): Promise<void> {
    const touched = new Set<number>();
    const gone = new Set<Article>();
    const removed: string[] = [];
    for (const id of ids) {
      const article = this.byId.get(id);
      if (!article) continue;
      removed.push(id);
      this.byId.delete(id);
      this.unindexUrl(article.url, id);
      this.countTags(article.tags, -1);
      gone.add(article);
      const index = shardOf(id);
      delete this.shards[index].data.articles[id];
      touched.add(index);
    }
    if (this.newestFirst && gone.size > 0) {
      this.newestFirst = this.newestFirst.filter((a) => !gone.has(a));
    }
    if (removed.length > 0) await this.journal.append({ remove: removed }, touched);
  }

  /** Writes the journal's changes into the shards and stops taking changes. */
  close(): Promise<void> {
    return this.journal.close();
  }

  /** Stops without folding; the next open replays the journal. */
  detach(): void {
    this.journal.detach();
  }
}
