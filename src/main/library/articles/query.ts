// Which articles a list query keeps (entity filters are applied by the caller).
import type { ListQuery } from '../../../shared/api';
import type { Article } from '../../../shared/model';

export function matchesQuery(a: Article, q: ListQuery): boolean {
  if (q.unread && a.read) return false;
  if (q.starred && !a.starred) return false;
  if (q.archived !== undefined && a.archived !== q.archived) return false;
  if (q.feedId && a.feedId !== q.feedId) return false;
  const wanted = [...(q.tag ? [q.tag] : []), ...(q.tags ?? [])];
  if (wanted.length > 0) {
    const has = new Set(a.tags.map((t) => t.toLowerCase()));
    if (!wanted.every((t) => has.has(t.trim().toLowerCase()))) return false;
  }
  return true;
}
