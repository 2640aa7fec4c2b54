import { describe, expect, it } from 'vitest';
import { LARGEST_PAGE, loadRestOfList } from '../../../src/renderer/src/app/rest-of-list';
import { ListQuery } from '../../../src/shared/api';

describe('loading the rest of a list (select all)', () => {
  it('asks for pages the contract accepts, however long the list', async () => {
    const asked: [number, number][] = [];
    const rest = await loadRestOfList(200, 250_200, async (offset, limit) => {
      asked.push([offset, limit]);
      // Every request passes the contract's check of a list query.
      expect(ListQuery.safeParse({ offset, limit }).success).toBe(true);
      return Array.from({ length: limit }, (_, i) => offset + i);
    });
    expect(asked).toEqual([
      [200, LARGEST_PAGE],
      [100_200, LARGEST_PAGE],
      [200_200, 50_000],
    ]);
    expect(rest).toHaveLength(250_000);
    expect(rest[0]).toBe(200);
    expect(rest.at(-1)).toBe(250_199);
  });

  it('stops when the library has fewer rows than expected, and asks nothing when all are in', async () => {
    let calls = 0;
    const short = await loadRestOfList(10, 500, async (offset) => {
      calls++;
      return offset < 20 ? Array.from({ length: 10 }, (_, i) => offset + i) : [];
    });
    expect(short).toHaveLength(10);
    expect(calls).toBe(2);
    expect(await loadRestOfList(5, 5, () => Promise.reject(new Error('not asked')))).toEqual([]);
  });
});
