// The article index: every article's metadata in memory, persisted in shards so that a change to one
// article rewrites about 1/SHARDS of the index instead of the whole library.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Low } from 'lowdb';
import type { Article } from '../../../shared/model';
import { openCollection } from './collection';
import type { RecoveryNotice } from './json-file';

export const SHARDS = 32;

interface Shard {
  version: number;
  articles: Record<string, Article>;
}

function shardOf(id: string): number {
  return createHash('md5').update(id).digest().readUInt16BE(0) % SHARDS;
}

export class ArticleIndex {
  private readonly byId = new Map<string, Article>();
  private newestFirst: Article[] | null = null;

  private constructor(private readonly shards: Low<Shard>[]) {
    for (const shard of shards) {
      for (const article of Object.values(shard.data.articles)) this.byId.set(article.id, article);
    }
  }

  static async open(
    dir: string,
    options: { readOnly: boolean; onRecovery: (notice: RecoveryNotice) => void },
  ): Promise<ArticleIndex> {
    const shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, i) =>
        openCollection<Shard>(
          path.join(dir, `articles-${String(i).padStart(2, '0')}.json`),
          () => ({ version: 1, articles: {} }),
          options,
        ),
      ),
    );
    return new ArticleIndex(shards);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Article | undefined {
    return this.byId.get(id);
  }

  /** All articles, newest saved first. The array is cached until the set of articles changes. */
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

  /** Insert or replace an article and make it durable. */
  async put(article: Article): Promise<void> {
    const existing = this.byId.get(article.id);
    if (existing) Object.assign(existing, article);
    else {
      this.byId.set(article.id, article);
      this.newestFirst = null;
    }
    const shard = this.shards[shardOf(article.id)];
    shard.data.articles[article.id] = existing ?? article;
    await shard.write();
  }

  /** Several articles in one write per touched shard (imports, feed refreshes, bulk actions). */
  async putMany(articles: Article[]): Promise<void> {
    const touched = new Set<number>();
    for (const article of articles) {
      const existing = this.byId.get(article.id);
      if (existing) Object.assign(existing, article);
      else {
        this.byId.set(article.id, article);
        this.newestFirst = null;
      }
      const index = shardOf(article.id);
      this.shards[index].data.articles[article.id] = existing ?? article;
      touched.add(index);
    }
    await Promise.all([...touched].map((i) => this.shards[i].write()));
  }

  async remove(id: string): Promise<void> {
    if (!this.byId.delete(id)) return;
    this.newestFirst = null;
    const shard = this.shards[shardOf(id)];
    delete shard.data.articles[id];
    await shard.write();
  }
}
