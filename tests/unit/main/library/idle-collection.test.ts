// A worker's quiet-spell collection: one once jobs have stopped for the quiet time, none sooner
// after a job than that.
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { collectWhenQuiet, fullCollection } from '../../../../src/main/library/idle-collection';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('collecting when a worker goes quiet', () => {
  it('collects only a quiet time after the last job, and once', async () => {
    const quietMs = 300;
    const busyAt: number[] = [];
    const collectedAt: number[] = [];
    const quiet = collectWhenQuiet(quietMs, () => collectedAt.push(performance.now()));
    for (let i = 0; i < 10; i++) {
      busyAt.push(performance.now());
      quiet.busy();
      await sleep(30);
    }
    const lastJob = busyAt[busyAt.length - 1];
    for (let waited = 0; !collectedAt.some((t) => t > lastJob) && waited < 5000; waited += 50) {
      await sleep(50);
    }
    await sleep(quietMs); // a second collection would come now
    for (const at of collectedAt) {
      const jobBefore = Math.max(...busyAt.filter((t) => t <= at));
      expect(at - jobBefore).toBeGreaterThanOrEqual(quietMs - 5);
    }
    expect(collectedAt.filter((t) => t > lastJob)).toHaveLength(1);
  });

  it('nothing is collected before the first job', async () => {
    let collected = 0;
    collectWhenQuiet(50, () => collected++);
    await sleep(150);
    expect(collected).toBe(0);
  });

  it('a full collection is a major garbage collection, run there and then', async () => {
    const major: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (
          (entry as unknown as { detail: { kind: number } }).detail.kind ===
          constants.NODE_PERFORMANCE_GC_MAJOR
        )
          major.push(entry.startTime);
      }
    });
    observer.observe({ entryTypes: ['gc'] });
    const before = performance.now();
    fullCollection();
    const after = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    expect(major.filter((t) => t >= before && t <= after)).toHaveLength(1);
  });
});
