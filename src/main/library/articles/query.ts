// Which articles a list query keeps (entity filters are applied by the caller).
import type { ListQuery } from '../../../shared/api';
import type { Article } from '../../../shared/model';

export function matchesQuery(a: Article, q: ListQuery): boolean {
  if (q.unread && a.read) return false;
  if (q.starred && !a.starred) return false;
  if (q.archived !== undefined && a.archived !== q.archived) return false;
  if (q.feedId && a.feedId !== q.feedId) return false;
  if (q.tag) {
    const wanted = q.tag.toLowerCase();
    if (!a.tags.some((t) => t.toLowerCase() === wanted)) return false;
  }
  return true;
}
