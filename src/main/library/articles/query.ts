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

export interface LibraryCounts {
  all: number;
  unread: number;
  starred: number;
  archived: number;
}

/** The navigation's counts: archived articles count only as archived (and starred). */
export function countArticles(articles: Iterable<Article>): LibraryCounts {
  const counts = { all: 0, unread: 0, starred: 0, archived: 0 };
  for (const a of articles) {
    if (a.archived) counts.archived++;
    else {
      counts.all++;
      if (!a.read) counts.unread++;
    }
    if (a.starred) counts.starred++;
  }
  return counts;
}
