import { rmSync } from 'node:fs';
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

  it('answers the text of what was just saved from memory, and follows replacement and removal', async () => {
    const dir = path.join(tempDir(), 'articles');
    const cache = new BodyCache(dir);
    await cache.put('a1', { html: '<p>Harbour</p>', text: 'Harbour' });
    rmSync(path.join(dir, 'a1.txt')); // gone from disk: only memory can answer now
    expect(await cache.text('a1')).toBe('Harbour');
    await cache.put('a1', { html: '<p>Quay</p>', text: 'Quay' });
    expect(await cache.text('a1')).toBe('Quay');
    await cache.remove('a1');
    expect(await cache.text('a1')).toBe('');
    // A new cache (the next start) reads the file.
    await cache.put('a2', { html: '<p>Pier</p>', text: 'Pier' });
    expect(await new BodyCache(dir).text('a2')).toBe('Pier');
  });

  it('keeps only the texts saved last in memory (4 million characters)', async () => {
    const dir = path.join(tempDir(), 'articles');
    const cache = new BodyCache(dir);
    const big = 'x'.repeat(1_500_000);
    for (const id of ['a', 'b', 'c']) await cache.put(id, { html: '', text: `${id}${big}` });
    for (const id of ['a', 'b', 'c']) rmSync(path.join(dir, `${id}.txt`));
    expect(await cache.text('a')).toBe(''); // dropped from memory, and no file: the oldest went
    expect((await cache.text('b')).startsWith('b')).toBe(true);
    expect((await cache.text('c')).startsWith('c')).toBe(true);
  });
});
