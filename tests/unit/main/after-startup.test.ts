// Once start-up has settled, the app warms its parsers and runs one full garbage collection to
// give back what opening the library left behind.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/dispatch';
import { Library } from '../../../src/main/library/library';
import { afterStartup } from '../../../src/main/after-startup';
import { projectRoot } from '../../../src/main/paths';
import { resourcesDir, tempDir } from '../support/temp-home';

// The parsers warm in their workers, as in the app: warmed in this thread, loading them blocked it
// for longer than the quiet time on a busy machine, which read as a pause between calls.
const workers = {
  documents: path.join(projectRoot, 'src/main/library/documents/worker.ts'),
  entities: path.join(projectRoot, 'src/main/library/entities/worker.ts'),
};

describe('after start-up', () => {
  it('collects once the indexes are ready and nobody has called for a moment', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir, workers });
    const dispatch = createDispatch(lib);
    let collectedAt = 0;
    afterStartup(lib, { quietMs: 200, collect: () => (collectedAt = performance.now()) });
    await lib.search().whenReady();
    await lib.entities.whenIndexed();
    // A person using the app: a call every 50 ms for a second holds the housekeeping back.
    let lastCall = 0;
    for (let i = 0; i < 20; i++) {
      await dispatch('library.counts', {});
      lastCall = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(collectedAt).toBe(0);
    for (let waited = 0; !collectedAt && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(collectedAt - lastCall).toBeGreaterThanOrEqual(190);
    await lib.shutdown();
  });
});
