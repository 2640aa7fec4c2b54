import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaptureError } from '../../../../../src/main/library/capture/errors';
import { createDocumentParser } from '../../../../../src/main/library/documents/client';
import { FeedError } from '../../../../../src/main/library/feeds/feed-error';
import { Library } from '../../../../../src/main/library/library';
import { projectRoot } from '../../../../../src/main/paths';
import { startServer } from '../../../support/http-server';
import { tempDir } from '../../../support/temp-home';

// The worker from source (run through tsx), as the built documents-worker.js runs in the app.
const documents = path.join(projectRoot, 'src/main/library/documents/worker.ts');
const loopbackOnly = (url: URL) => url.hostname === '127.0.0.1';
const story = (n: number) =>
  `<p>${`Paragraph ${n} of a story long enough to read. `.repeat(30)}</p>`;
const rss = (body: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Worker feed</title><link>http://127.0.0.1/</link><item><guid>w1</guid><title>One</title><description><![CDATA[${body}]]></description></item></channel></rss>`;

describe('the documents worker', () => {
  const parser = createDocumentParser(documents);
  afterAll(() => parser.close());

  it('gives the same clear errors as in process: a malformed feed, a page with no article', async () => {
    const bad = new TextEncoder().encode('<rss><channel><item>');
    const feedError = await parser
      .run('feed', bad, 'text/xml', 'http://127.0.0.1/f.xml')
      .catch((e) => e);
    expect(feedError).toBeInstanceOf(FeedError);
    expect(feedError).toMatchObject({ code: 'feed-failed' });
    expect(feedError.message).toMatch(/not a feed Broadsheet can read/);

    const pageError = await parser
      .run('page', '<html><body><p>Short.</p></body></html>', 'http://127.0.0.1/p')
      .catch((e) => e);
    expect(pageError).toBeInstanceOf(CaptureError);
    expect(pageError).toMatchObject({ code: 'capture-failed', problem: 'not-article' });
  });

  it('converts a feed’s items like the in-process path', async () => {
    const bytes = new TextEncoder().encode(rss(story(1)));
    const feed = await parser.run('feed', bytes, 'application/rss+xml', 'http://127.0.0.1/f.xml');
    const inWorker = await parser.run('items', feed.items, feed.title);
    const local = createDocumentParser(null);
    expect(inWorker).toEqual(await local.run('items', feed.items, feed.title));
    expect(inWorker[0]).toMatchObject({ summaryOnly: false, doc: { siteName: 'Worker feed' } });
  });

  it('finds and rewrites a document’s images like the in-process path', async () => {
    const html =
      '<p>Text</p><img src="http://127.0.0.1/a.png" alt="A"><img src="http://127.0.0.1/b.png"><img src="constructor" alt="Odd">';
    expect(await parser.run('imageSources', html)).toEqual([
      'http://127.0.0.1/a.png',
      'http://127.0.0.1/b.png',
    ]);
    const hash = 'ab'.repeat(32);
    const hashes = { 'http://127.0.0.1/a.png': hash, 'http://127.0.0.1/b.png': null };
    const inWorker = await parser.run('rewriteImages', html, hashes);
    expect(inWorker).toEqual(await createDocumentParser(null).run('rewriteImages', html, hashes));
    expect(inWorker.html).toContain(`<img src="bs-image:${hash}" alt="A">`);
    // Not fetched, or not a web address (even one named like an object's own property).
    expect(inWorker.failed).toBe(2);
    expect(inWorker.html).toContain('aria-label="Odd"');
  });

  it('a Library with the worker refreshes feeds, saves pages, and reports a broken feed', async () => {
    const server = await startServer();
    let body = rss(story(1));
    server.route('/feed.xml', (_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(body),
    );
    server.serve(
      '/page',
      `<html><head><title>A page</title></head><body><article><h1>A page</h1>${story(2)}</article></body></html>`,
      'text/html',
    );
    const lib = await Library.open({
      home: tempDir(),
      allowFetch: loopbackOnly,
      workers: { documents },
    });
    try {
      const { feed } = await lib.feeds.add(server.url('/feed.xml'));
      expect(feed).toMatchObject({ title: 'Worker feed', itemCount: 1 });
      const page = await lib.addUrl(server.url('/page'));
      expect(await lib.text(page.id)).toContain('Paragraph 2 of a story');
      body = '<rss><channel><item>';
      const [result] = await lib.feeds.refresh(feed!.id);
      expect(result).toMatchObject({ status: 'error' });
      expect(result.error).toMatch(/not a feed Broadsheet can read/);
    } finally {
      await lib.shutdown();
      await server.close();
    }
  });
});
