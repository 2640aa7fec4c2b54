// Entity extraction in its worker (from source, as the built entities-worker.js runs in the app):
// the same entities as in process, also after the idle worker has exited and started again.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../../src/main/library/entities/extractor';
import { projectRoot } from '../../../../../src/main/paths';

const script = path.join(projectRoot, 'src/main/library/entities/worker.ts');
const text =
  'Barack Obama met Vladimir Putin in Paris on Monday. Obama said the United Nations would meet again in New York.';

describe('the entities worker', () => {
  const inWorker = createExtractor(script, { idleMs: 200 });
  afterAll(() => inWorker.close());

  it('extracts what the calling thread extracts, before and after an idle exit', async () => {
    const expected = await createExtractor(null).extract(text);
    expect(expected.map((e) => e.name)).toContain('Vladimir Putin');
    expect(await inWorker.extract(text)).toEqual(expected);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // well past the idle time
    expect(await inWorker.extract(text)).toEqual(expected);
  });
});
