import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/library/library';
import { startServer, type TestServer } from '../../../support/http-server';
import { sharedDir, tempDir } from '../../../support/temp-home';

const feedsDir = path.join(sharedDir, 'eval', 'feeds');
const loopbackOnly = (url: URL) => url.hostname === '127.0.0.1';
const open = () => Library.open({ home: tempDir(), allowFetch: loopbackOnly });

function rss(items: { guid: string; title: string; body: string; link?: string }[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour feed</title><link>http://127.0.0.1/</link>${items
    .map(
      (i) =>
        `<item><guid>${i.guid}</guid><title>${i.title}</title>${i.link ? `<link>${i.link}</link>` : ''}<pubDate>Tue, 01 Oct 2024 10:00:00 GMT</pubDate><description><![CDATA[${i.body}]]></description></item>`,
    )
    .join('')}</channel></rss>`;
}

const long = (n: number) =>
  `<p>${`Item ${n} has a full body in the feed itself, long enough to read. `.repeat(30)}</p>`;

/** Serve a feed with ETag support: a request with the current ETag gets 304. */
function serveFeed(server: TestServer, route: string, body: () => string): void {
  server.route(route, (req, res) => {
    const current = body();
    const etag = `"${Buffer.from(current).length}-${current.length % 97}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag }).end(current);
  });
}

describe('feeds', () => {
  it('subscribes, refreshes with 304, adds only new items, updates edited ones', async () => {
    const server = await startServer();
    let items = [1, 2, 3].map((n) => ({ guid: `g${n}`, title: `Item ${n}`, body: long(n) }));
    serveFeed(server, '/feed.xml', () => rss(items));
    const lib = await open();
    const { feed } = await lib.feeds.add(server.url('/feed.xml'));
    expect(feed).toMatchObject({ title: 'Harbour feed', itemCount: 3, unread: 3, error: null });
    expect(lib.list({ feedId: feed!.id }).items.map((a) => a.title)).toHaveLength(3);

    expect(await lib.feeds.refresh(feed!.id)).toEqual([
      { id: feed!.id, status: 'not-modified', added: 0, updated: 0 },
    ]);

    items = [...items, { guid: 'g4', title: 'Item 4', body: long(4) }];
    items[0] = { ...items[0], title: 'Item 1 (corrected)' };
    const [result] = await lib.feeds.refresh(feed!.id);
    expect(result).toMatchObject({ status: 'updated', added: 1, updated: 1 });
    const titles = lib
      .list({ feedId: feed!.id })
      .items.map((a) => a.title)
      .sort();
    expect(titles).toEqual(['Item 1 (corrected)', 'Item 2', 'Item 3', 'Item 4']);

    expect(await lib.feeds.markAllRead(feed!.id)).toBe(4);
    expect(lib.feeds.list()[0].unread).toBe(0);
    lib.close();
  });

  it('saves a feed’s new items together, and two items with one link as one article', async () => {
    const server = await startServer();
    const items = [1, 2, 3].map((n) => ({
      guid: `g${n}`,
      title: `Item ${n}`,
      body: long(n),
      link: n === 3 ? 'https://example.org/1' : `https://example.org/${n}`,
    }));
    serveFeed(server, '/feed.xml', () => rss(items));
    const lib = await open();
    const { feed } = await lib.feeds.add(server.url('/feed.xml'));
    const saved = lib.list({ feedId: feed!.id }).items;
    expect(saved.map((a) => a.url).sort()).toEqual([
      'https://example.org/1',
      'https://example.org/2',
    ]);
    // One save time for the batch, every body readable offline.
    expect(new Set(saved.map((a) => a.savedAt)).size).toBe(1);
    for (const a of saved) expect(await lib.text(a.id)).toContain('full body in the feed');
    lib.close();
  });

  it('joins overlapping refreshes of a feed instead of saving its new items twice', async () => {
    const server = await startServer();
    let items = [{ guid: 'g1', title: 'Item 1', body: long(1) }];
    let fetches = 0;
    server.route('/slow.xml', async (_req, res) => {
      fetches++;
      await new Promise((r) => setTimeout(r, 150));
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss(items));
    });
    const lib = await open();
    const { feed } = await lib.feeds.add(server.url('/slow.xml'));
    items = [...items, { guid: 'g2', title: 'Item 2', body: long(2) }];
    fetches = 0;
    const [scheduled, clicked] = await Promise.all([
      lib.feeds.refresh(),
      lib.feeds.refresh(feed!.id),
    ]);
    expect(fetches).toBe(1);
    expect(scheduled[0]).toEqual(clicked[0]);
    expect(
      lib
        .list({ feedId: feed!.id })
        .items.map((a) => a.title)
        .sort(),
    ).toEqual(['Item 1', 'Item 2']);
    lib.close();
  });

  it('fetches the full article of summary-only items, readable when the site is gone', async () => {
    const server = await startServer();
    server.serve(
      '/story',
      `<html><head><title>Full story</title></head><body><article><h1>Full story</h1>${long(9)}</article></body></html>`,
      'text/html',
    );
    serveFeed(server, '/summary.xml', () =>
      rss([{ guid: 's1', title: 'Full story', body: 'A teaser…', link: server.url('/story') }]),
    );
    const lib = await open();
    const { feed } = await lib.feeds.add(server.url('/summary.xml'));
    await server.close();
    const [article] = lib.list({ feedId: feed!.id }).items;
    expect(article.url).toBe(server.url('/story'));
    expect(await lib.text(article.id)).toContain('Item 9 has a full body');
    lib.close();
  });

  it('one failing feed never blocks the others, and keeps its error', async () => {
    const server = await startServer();
    serveFeed(server, '/ok.xml', () => rss([{ guid: 'a', title: 'A', body: long(1) }]));
    let broken = false;
    server.route('/flaky.xml', (_req, res) => {
      if (broken)
        return void res.writeHead(200, { 'Content-Type': 'text/xml' }).end('<rss><channel><item>');
      res
        .writeHead(200, { 'Content-Type': 'text/xml' })
        .end(rss([{ guid: 'b', title: 'B', body: long(2) }]));
    });
    const lib = await open();
    const ok = (await lib.feeds.add(server.url('/ok.xml'))).feed!;
    const flaky = (await lib.feeds.add(server.url('/flaky.xml'))).feed!;
    broken = true;
    const results = await lib.feeds.refresh();
    expect(results.find((r) => r.id === ok.id)?.status).toBe('not-modified');
    expect(results.find((r) => r.id === flaky.id)).toMatchObject({ status: 'error' });
    const view = lib.feeds.list().find((f) => f.id === flaky.id)!;
    expect(view.error).toMatch(/not a feed Broadsheet can read/);
    expect(view.lastSuccessAt).not.toBeNull();
    expect(lib.list().total).toBe(2);
    lib.close();
  });

  it('finds a site’s feed from its page, or offers the choice', async () => {
    const server = await startServer();
    serveFeed(server, '/one.xml', () => rss([{ guid: 'x', title: 'X', body: long(1) }]));
    server.serve(
      '/site',
      '<html><head><link rel="alternate" type="application/rss+xml" href="/one.xml" title="All"></head><body>Hi</body></html>',
      'text/html',
    );
    server.serve(
      '/two',
      '<html><head><link rel="alternate" type="application/rss+xml" href="/one.xml"><link rel="alternate" type="application/atom+xml" href="/atom.xml" title="Atom"></head><body>Hi</body></html>',
      'text/html',
    );
    const lib = await open();
    expect((await lib.feeds.add(server.url('/site'))).feed?.url).toBe(server.url('/one.xml'));
    const two = await lib.feeds.add(server.url('/two'));
    expect(two.feed).toBeNull();
    expect(two.choices.map((c) => c.url)).toEqual([
      server.url('/one.xml'),
      server.url('/atom.xml'),
    ]);
    lib.close();
  });

  it.each([
    [
      'malformed XML',
      '<rss version="2.0"><channel><item><title>x</ti',
      /not a feed Broadsheet can read/,
    ],
    [
      'an HTML page',
      '<!doctype html><html><body><p>hello</p></body></html>',
      /names no feed|HTML page/,
    ],
    ['an empty body', '', /empty/],
  ])('refuses %s with a clear error and adds nothing', async (_name, body, message) => {
    const server = await startServer();
    server.serve('/bad', body, 'application/xml');
    const lib = await open();
    await expect(lib.feeds.add(server.url('/bad'))).rejects.toThrow(message);
    expect(lib.feeds.list()).toEqual([]);
    lib.close();
  });

  it('never reads a file through an external entity, and does not expand entity bombs', async () => {
    const secretFile = path.join(tempDir(), 'secret.txt');
    writeFileSync(secretFile, 'TOP-SECRET-VALUE');
    const server = await startServer();
    server.serve(
      '/xxe',
      `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://${secretFile}">]><rss version="2.0"><channel><title>T &x;</title><item><guid>1</guid><title>Leak &x;</title><description>${'words '.repeat(200)}</description></item></channel></rss>`,
      'application/rss+xml',
    );
    const lol = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('');
    server.serve(
      '/lol',
      `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">${lol}]><rss version="2.0"><channel><title>&l9;</title><item><guid>1</guid><title>&l9;</title><description>${'words '.repeat(200)}</description></item></channel></rss>`,
      'application/rss+xml',
    );
    const lib = await open();
    for (const route of ['/xxe', '/lol']) {
      try {
        await lib.feeds.add(server.url(route));
      } catch {
        // refusing is fine too
      }
    }
    for (const a of lib.list().items) {
      expect(a.title).not.toContain('TOP-SECRET');
      expect(a.title.length).toBeLessThan(200);
      expect(await lib.text(a.id)).not.toContain('TOP-SECRET');
    }
    expect(JSON.stringify(lib.feeds.list())).not.toContain('TOP-SECRET');
    lib.close();
  });

  it('reads every real eval feed', async () => {
    const server = await startServer();
    const found: Record<string, number> = {};
    const files = readdirSync(feedsDir).sort();
    for (const f of files)
      server.serve(`/${f}`, readFileSync(path.join(feedsDir, f)), 'application/xml');
    const lib = await open();
    for (const f of files) {
      const { feed } = await lib.feeds.add(server.url(`/${f}`));
      found[f] = feed!.itemCount;
    }
    console.log('items per eval feed:', JSON.stringify(found));
    expect(found).toEqual({
      'content-encoded.rss': 7,
      'craigslist.rss': 25,
      'encoding.rss': 40,
      'feedburner.atom': 25,
      'guardian.rss': 55,
      'heise.atom': 15,
      'narro.rss': 1,
      'reddit.rss': 24,
      'rss-1.rss': 69,
      'uolNoticias.rss': 15,
    });
    const titles = lib.list({ limit: 1000 }).items.map((a) => a.title);
    expect(titles.some((t) => t.includes('Mãe de utente'))).toBe(true);
    expect(titles.some((t) => /Notícias|ç|ã/.test(t) && !t.includes('\ufffd'))).toBe(true);
    lib.close();
  }, 120_000);

  it('imports OPML with folders, skips duplicates, and exports it again', async () => {
    const lib = await open();
    const opml = readFileSync(path.join(sharedDir, 'eval', 'opml', 'Canada.opml'), 'utf8');
    const first = await lib.feeds.importOpml(opml);
    expect(first.added).toBeGreaterThan(0);
    expect((await lib.feeds.importOpml(opml)).added).toBe(0);
    const exported = await lib.feeds.exportOpml();
    const again = await Library.open({ home: tempDir() });
    expect((await again.feeds.importOpml(exported)).added).toBe(first.added);
    expect(again.feeds.list().map((f) => [f.url, f.folder])).toEqual(
      lib.feeds.list().map((f) => [f.url, f.folder]),
    );
    lib.close();
    again.close();
  });
});

describe('feed formats and scale', () => {
  it('reads JSON Feed', async () => {
    const server = await startServer();
    const json = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON River',
      home_page_url: 'https://example.org/',
      items: [
        {
          id: 'j1',
          url: 'https://example.org/1',
          title: 'First',
          content_html: long(1),
          date_published: '2024-05-01T10:00:00Z',
        },
        {
          id: 'j2',
          url: 'https://example.org/2',
          title: 'Second',
          content_text: 'Plain text body '.repeat(40),
        },
      ],
    };
    server.serve('/feed.json', JSON.stringify(json), 'application/feed+json');
    const lib = await open();
    const { feed } = await lib.feeds.add(server.url('/feed.json'));
    expect(feed).toMatchObject({
      title: 'JSON River',
      itemCount: 2,
      siteUrl: 'https://example.org/',
    });
    const items = lib.list({ feedId: feed!.id }).items;
    expect(items.find((a) => a.title === 'First')?.publishedAt).toBe('2024-05-01T10:00:00.000Z');
    lib.close();
  });

  it('refreshes 200 feeds from loopback with bounded concurrency', async () => {
    const server = await startServer();
    let inFlight = 0;
    let most = 0;
    let round = 0;
    for (let f = 0; f < 200; f++) {
      server.route(`/f${f}.xml`, async (_req, res) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        const items = Array.from({ length: 5 + round }, (_, i) => ({
          guid: `f${f}-${i}`,
          title: `Feed ${f} item ${i}`,
          body: long(i),
        }));
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss(items));
        inFlight--;
      });
    }
    const lib = await open();
    await lib.feeds.importOpml(
      `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${Array.from({ length: 200 }, (_, f) => `<outline text="F${f}" xmlUrl="${server.url(`/f${f}.xml`)}"/>`).join('')}</body></opml>`,
    );
    round = 1;
    const started = performance.now();
    const results = await lib.feeds.refresh();
    const ms = performance.now() - started;
    console.log(
      `refreshed 200 feeds (1,200 new items) in ${ms.toFixed(0)} ms; at most ${most} at once`,
    );
    expect(results.filter((r) => r.status === 'updated')).toHaveLength(200);
    expect(most).toBeLessThanOrEqual(6);
    expect(lib.list({ limit: 100_000 }).total).toBe(1200);
    lib.close();
  }, 180_000);
});
