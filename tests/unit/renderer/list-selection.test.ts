import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  extend,
  range,
  retain,
  rowsWithIds,
  selectAll,
  toggle,
} from '../../../src/renderer/src/app/selection';

const order = ['a', 'b', 'c', 'd', 'e'];

describe('list multi-selection', () => {
  it('Ctrl/Cmd+click adds the open row and the clicked one, and a second click removes it', () => {
    const s = toggle(EMPTY_SELECTION, order, 'd', 'b');
    expect(s.ids).toEqual(['b', 'd']);
    expect(toggle(s, order, 'd', 'b').ids).toEqual(['b']);
  });

  it('Shift+click selects the range from the anchor either way', () => {
    const s = toggle(EMPTY_SELECTION, order, 'b', null);
    expect(range(s, order, 'd', null).ids).toEqual(['b', 'c', 'd']);
    expect(range(s, order, 'a', null).ids).toEqual(['a', 'b']);
    expect(range(EMPTY_SELECTION, order, 'c', 'e').ids).toEqual(['c', 'd', 'e']);
  });

  it('Shift+j/k extends from the cursor and shrinks when turning back', () => {
    let step = extend(EMPTY_SELECTION, order, 'b', 1);
    expect(step.cursor).toBe('c');
    expect(step.selection.ids).toEqual(['b', 'c']);
    step = extend(step.selection, order, step.cursor, 1);
    expect(step.selection.ids).toEqual(['b', 'c', 'd']);
    step = extend(step.selection, order, step.cursor, -1);
    expect(step.selection.ids).toEqual(['b', 'c']);
    step = extend(step.selection, order, step.cursor, -1);
    step = extend(step.selection, order, step.cursor, -1);
    expect(step.selection.ids).toEqual(['a', 'b']);
    expect(extend(step.selection, order, 'a', -1).cursor).toBe('a');
  });

  it('selects all and keeps only rows still in the list', () => {
    const all = selectAll(order);
    expect(all.ids).toEqual(order);
    expect(retain(all, ['a', 'c']).ids).toEqual(['a', 'c']);
    expect(retain(all, order)).toBe(all);
  });

  it('finds the rows of a selection of 100,000 in one pass (the row menu after select all)', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `id-${i}` }));
    const ids = rows.map((r) => r.id).reverse();
    const started = performance.now();
    const found = rowsWithIds(rows, ids);
    // A scan of the ids for every row would take minutes here.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(found).toHaveLength(100_000);
    expect(found[0]).toBe(rows[0]);
    expect(rowsWithIds(rows, ['id-7', 'id-3', 'nope'])).toEqual([{ id: 'id-3' }, { id: 'id-7' }]);
  });
});
