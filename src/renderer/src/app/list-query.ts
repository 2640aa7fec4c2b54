import type { ListQuery } from '../../../shared/api';
import type { ListSelection } from '../features/library/NavPane';

/** Rows asked for at a time. */
export const PAGE = 200;

/** The Library's query for what the navigation selected, first page. */
export function queryOf(s: ListSelection): ListQuery {
  const q: ListQuery = { limit: PAGE, archived: s.filter === 'archive' };
  if (s.filter === 'unread') q.unread = true;
  if (s.filter === 'starred') q.starred = true;
  if (s.tag) q.tag = s.tag;
  if (s.tags?.length) q.tags = s.tags;
  if (s.entity) q.entity = s.entity.id;
  if (s.feed) q.feedId = s.feed.id;
  return q;
}
