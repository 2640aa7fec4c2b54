import { describe, expect, it } from 'vitest';
import {
  mergeNewestFirst,
  type Comment,
  type Note,
} from '../../../src/renderer/src/features/comments/merge-entries';

const comment = (id: string, at: string): Comment => ({
  id,
  articleId: 'a',
  articleTitle: 'A',
  parentId: null,
  body: id,
  quote: null,
  anchor: null,
  highlight: false,
  createdAt: at,
  updatedAt: at,
});
const note = (id: string, at: string): Note => ({
  id,
  entityId: 'person:x',
  entityName: 'X',
  entityType: 'person',
  body: id,
  createdAt: at,
  updatedAt: at,
});

describe('the view of all comments and notes', () => {
  const comments = [comment('c3', '2026-01-03'), comment('c2', '2026-01-02')];
  const notes = [note('n4', '2026-01-04'), note('n1', '2026-01-01')];
  const ids = (entries: ReturnType<typeof mergeNewestFirst>) =>
    entries.map((e) => (e.kind === 'note' ? e.note.id : e.comment.id));

  it('interleaves notes with comments, newest first', () => {
    expect(ids(mergeNewestFirst(comments, notes, true))).toEqual(['n4', 'c3', 'c2', 'n1']);
  });

  it('holds back notes older than the comments loaded so far', () => {
    expect(ids(mergeNewestFirst(comments, notes, false))).toEqual(['n4', 'c3', 'c2']);
  });
});
