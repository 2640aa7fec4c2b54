// The filters of a search query (tag:, feed:, entity:, is:, has:) as a test on an article.
import type { Article } from '../../../shared/model';
import { foldWord, type SearchFilters } from '../../../shared/search-query';

const fold = (s: string) =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => foldWord(w.replace(/[^\p{L}\p{N}\p{M}]+/gu, '')))
    .join(' ');

/**
 * Every tag and entity filter must hold (tags case-insensitively; an entity by its name or a run of
 * whole words of it, so `entity:Obama` finds "Barack Obama"); any one feed filter may. Without a
 * way to know an article's entities, an entity filter matches nothing rather than everything.
 */
export function articleFilter(
  filters: SearchFilters,
  entityNames?: (articleId: string) => string[],
): (article: Article) => boolean {
  const tags = filters.tags.map((t) => t.toLowerCase());
  const entities = filters.entities.map(fold);
  return (a) => {
    if (filters.unread && a.read) return false;
    if (filters.read && !a.read) return false;
    if (filters.starred && !a.starred) return false;
    if (filters.hasComments && a.commentCount === 0) return false;
    if (filters.feeds.length && !filters.feeds.includes(a.feedId ?? '')) return false;
    if (tags.length) {
      const own = new Set(a.tags.map((t) => t.toLowerCase()));
      if (!tags.every((t) => own.has(t))) return false;
    }
    if (entities.length) {
      if (!entityNames) return false;
      const names = entityNames(a.id).map((n) => ` ${fold(n)} `);
      if (!entities.every((e) => names.some((n) => n.includes(` ${e} `)))) return false;
    }
    return true;
  };
}
