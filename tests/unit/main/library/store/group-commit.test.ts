// Group commit: a burst of changes becomes two writes, and each caller hears about its own write.
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../../../src/main/library/store/group-commit';

describe('group commit', () => {
  it('writes a burst as the first item, then everything that came meanwhile in one go', async () => {
    const writes: number[][] = [];
    const commit = new GroupCommit<number>(async (items) => {
      writes.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    await Promise.all(Array.from({ length: 50 }, (_, i) => commit.add(i)));
    expect(writes).toEqual([[0], Array.from({ length: 49 }, (_, i) => i + 1)]);
  });

  it('a failed write rejects only the callers whose items it held', async () => {
    let calls = 0;
    const commit = new GroupCommit<string>(async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (calls === 2) throw new Error('disk full');
    });
    const first = commit.add('a');
    const second = [commit.add('b'), commit.add('c')];
    await expect(first).resolves.toBeUndefined();
    for (const p of second) await expect(p).rejects.toThrow('disk full');
    await expect(commit.add('d')).resolves.toBeUndefined();
  });

  it('a hold lets the write in flight finish and starts none until released', async () => {
    const writes: string[][] = [];
    const commit = new GroupCommit<string>(async (items) => {
      writes.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    const first = commit.add('a');
    await commit.hold();
    expect(writes).toEqual([['a']]);
    const later = commit.add('b');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(writes).toEqual([['a']]);
    commit.release();
    await Promise.all([first, later]);
    expect(writes).toEqual([['a'], ['b']]);
  });
});
