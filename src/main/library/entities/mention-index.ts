// Which articles mention each entity, and how often in all. The first build adds each article once
// (nothing to remove: O(refs), not O(articles × entities)); later changes touch only the keys of
// the article's old and new refs.
import type { EntityRef } from './service';

export class EntityMentionIndex {
  /** key → articleId → mentions in that article. */
  private readonly articlesByKey = new Map<string, Map<string, number>>();
  /** key → mentions in all articles, so an entity's count is not summed on every call. */
  private readonly totals = new Map<string, number>();

  /** Keys with their article counts, most first; dropped on any change. */
  private ranked: [string, number][] | null = null;

  /** `resolve` maps a stored key to the entity it counts for (merges applied). */
  constructor(private readonly resolve: (key: string) => string) {}

  /** Articles that mention the entity, with their mentions. */
  articles(key: string): ReadonlyMap<string, number> | undefined {
    return this.articlesByKey.get(key);
  }

  /** Mentions of the entity in all articles. */
  total(key: string): number {
    return this.totals.get(key) ?? 0;
  }

  /** Every entity key, with how many articles mention it (0 once they are all gone). */
  *articleCounts(): IterableIterator<[string, number]> {
    for (const [key, articles] of this.articlesByKey) yield [key, articles.size];
  }

  /**
   * Keys mentioned by at least one article, by how many, most first. Kept between calls: the
   * navigation asks after every change, and sorting 150k entities took ~20 ms each time.
   */
  byArticleCount(): readonly [string, number][] {
    this.ranked ??= [...this.articleCounts()]
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1]);
    return this.ranked;
  }

  /** An article not in the index yet (the first build). */
  add(articleId: string, refs: readonly EntityRef[]): void {
    if (refs.length > 0) this.ranked = null;
    for (const ref of refs) {
      const key = this.resolve(ref.key);
      let articles = this.articlesByKey.get(key);
      if (!articles) this.articlesByKey.set(key, (articles = new Map()));
      articles.set(articleId, (articles.get(articleId) ?? 0) + ref.count);
      this.totals.set(key, this.total(key) + ref.count);
    }
  }

  /**
   * An article's refs changed (null: none). The keys of both lists are cleared first: the index may
   * already hold the new list when it was built between the store's change and this call.
   */
  replace(articleId: string, before: readonly EntityRef[] | null, after: EntityRef[] | null): void {
    this.ranked = null;
    for (const ref of [...(before ?? []), ...(after ?? [])]) {
      const key = this.resolve(ref.key);
      const articles = this.articlesByKey.get(key);
      const count = articles?.get(articleId);
      if (!articles || count === undefined) continue;
      articles.delete(articleId);
      this.totals.set(key, this.total(key) - count);
    }
    this.add(articleId, after ?? []);
  }
}
