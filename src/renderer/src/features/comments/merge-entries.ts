import type { OpOutput } from '../../../../shared/api';

export type Comment = OpOutput<'comments.recent'>['items'][number];
export type Note = OpOutput<'entityNotes.recent'>['items'][number];

/** One entry of the view: a comment or highlight on an article, or a note on an entity. */
export type Entry =
  { kind: 'comment'; at: string; comment: Comment } | { kind: 'note'; at: string; note: Note };

/**
 * Comments arrive a page at a time; notes on entities (few, the person's own) all at once. A note
 * is shown once the comments loaded reach back to its time, so the whole stays newest first.
 */
export function mergeNewestFirst(comments: Comment[], notes: Note[], allComments: boolean) {
  const oldest = comments.at(-1)?.createdAt ?? '';
  const entries: Entry[] = [
    ...comments.map((c) => ({ kind: 'comment' as const, at: c.createdAt, comment: c })),
    ...notes
      .filter((n) => allComments || n.createdAt >= oldest)
      .map((n) => ({ kind: 'note' as const, at: n.createdAt, note: n })),
  ];
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
