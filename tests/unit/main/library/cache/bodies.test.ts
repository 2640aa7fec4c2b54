import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BodyCache } from '../../../../../src/main/library/cache/bodies';
import { tempDir } from '../../../support/temp-home';

describe('body cache', () => {
  it("reads the reader's HTML at once, without a turn of the thread pool", async () => {
    const cache = new BodyCache(path.join(tempDir(), 'articles'));
    await cache.put('a1', { html: '<p>Harbour</p>', text: 'Harbour' });
    // A value, not a promise: the open never queues behind durable writes under way.
    expect(cache.htmlNow('a1')).toBe('<p>Harbour</p>');
    expect(await cache.html('a1')).toBe('<p>Harbour</p>');
  });

  it('gives an empty body for an article whose file is missing, as the asynchronous read does', async () => {
    const cache = new BodyCache(path.join(tempDir(), 'articles'));
    expect(cache.htmlNow('gone')).toBe('');
    expect(await cache.html('gone')).toBe('');
  });
});
