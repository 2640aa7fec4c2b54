import type { Article } from '../../../shared/model';

/**
 * A reload's rows, with the rows shown before it that it no longer lists (an article just read
 * in Unread) kept near where they were; rows removed from the library go.
 */
export function keepShownRows(
  fresh: Article[],
  before: Article[],
  removed: ReadonlySet<string>,
): Article[] {
  const listed = new Set(fresh.map((a) => a.id));
  const missing = before.filter((a) => !listed.has(a.id) && !removed.has(a.id)).length;
  // A bulk change (all read in Unread) is the person's own doing: show the list as it now is.
  if (missing === 0 || missing > 200) return fresh;
  const rows = [...fresh];
  let previous: string | null = null; // the row above it before, which it follows again
  for (const a of before) {
    if (!listed.has(a.id) && !removed.has(a.id)) {
      const above = previous === null ? -1 : rows.findIndex((r) => r.id === previous);
      rows.splice(above + 1, 0, a);
    }
    if (!removed.has(a.id)) previous = a.id;
  }
  return rows;
}
