import { describe, expect, it } from 'vitest';
import { BatchQueue } from '../../../../../src/main/library/entities/batch-queue';

describe('BatchQueue', () => {
  it('runs what is queued in one loop as one batch, up to the batch size', async () => {
    const batches: string[][] = [];
    const queue = new BatchQueue<number>(3, async (batch) => {
      batches.push([...batch.keys()]);
    });
    for (const key of ['a', 'b', 'c', 'd', 'e']) queue.add(key, 1);
    await queue.idle();
    expect(batches).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('runs a key queued twice once, with its last value', async () => {
    const seen: [string, number][] = [];
    const queue = new BatchQueue<number>(10, async (batch) => {
      seen.push(...batch);
    });
    queue.add('a', 1);
    queue.add('b', 1);
    queue.add('a', 2);
    await queue.idle();
    expect(seen).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('idle() waits for what is queued while a batch runs', async () => {
    const seen: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const queue = new BatchQueue<number>(10, async (batch) => {
      if (batch.has('first')) await gate;
      seen.push(...batch.keys());
    });
    queue.add('first', 1);
    await Promise.resolve();
    await Promise.resolve();
    queue.add('second', 1);
    const idle = queue.idle();
    release();
    await idle;
    expect(seen).toEqual(['first', 'second']);
  });
});
