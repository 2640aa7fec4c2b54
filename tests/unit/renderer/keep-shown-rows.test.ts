import { describe, expect, it } from 'vitest';
import { keepShownRows } from '../../../src/renderer/src/app/keep-shown-rows';
import type { Article } from '../../../src/shared/model';

const rows = (...ids: string[]) => ids.map((id) => ({ id }) as Article);
const ids = (list: Article[]) => list.map((a) => a.id);

describe('rows kept through a live reload', () => {
  it('keeps a row the reload no longer lists near where it was, new rows in the server’s order', () => {
    const before = rows('c', 'b', 'a');
    const fresh = rows('d', 'c', 'a'); // d is new; b was just read in Unread
    expect(ids(keepShownRows(fresh, before, new Set()))).toEqual(['d', 'c', 'b', 'a']);
  });

  it('lets rows removed from the library go, and keeps order when nothing is missing', () => {
    expect(ids(keepShownRows(rows('c', 'a'), rows('c', 'b', 'a'), new Set(['b'])))).toEqual([
      'c',
      'a',
    ]);
    expect(ids(keepShownRows(rows('x', 'y'), rows('x', 'y'), new Set()))).toEqual(['x', 'y']);
  });
});
