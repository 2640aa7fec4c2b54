import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { homeLayout } from '../../../../../src/main/library/home';
import { Library } from '../../../../../src/main/library/library';
import { pngBytes, startServer } from '../../../support/http-server';
import { tempDir } from '../../../support/temp-home';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of a story about the harbour. The council met on Tuesday and argued about the ferry timetable for a long while, as councils do.</p>`;

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Harbour news</title>${head}</head><body><article><h1>Harbour news</h1>${body}</article></body></html>`;
}

// A port nothing listens on: bound once, then closed.
let closedPort = 0;
beforeAll(async () => {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as net.AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

async function library() {
  return Library.open({ home: tempDir() });
}

describe('saving a web page', () => {
  it('keeps text and images offline, and the same page is one article', async () => {
    const server = await startServer();
    server.serve('/a.png', pngBytes(1), 'image/png');
    server.serve('/b.png', pngBytes(2), 'image/png');
    server.serve(
      '/story',
      page(
        `${paragraph(1)}<figure><img src="/a.png" alt="The harbour"><figcaption>At dawn</figcaption></figure>${paragraph(2)}<img data-src="b.png" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Lazy">${paragraph(3)}<img src="/gone.png" alt="A missing chart">${paragraph(4)}`,
        '<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Ann Reporter"><meta property="article:published_time" content="2024-03-01T10:00:00Z">',
      ),
      'text/html; charset=utf-8',
    );
    server.route('/old', (_req, res) => res.writeHead(301, { Location: '/story' }).end());
    const lib = await library();
    const article = await lib.addUrl(server.url('/story?utm_source=x'));
    expect(article).toMatchObject({
      title: 'Harbour news',
      siteName: 'Harbour Times',
      byline: 'Ann Reporter',
      publishedAt: '2024-03-01T10:00:00.000Z',
      source: 'url',
      lang: 'en',
    });
    const html = await lib.html(article.id);
    expect(html.match(/src="bs-image:[0-9a-f]{64}"/g)).toHaveLength(2);
    expect(html).toContain('<figcaption>At dawn</figcaption>');
    const missing = /<span([^>]*)>A missing chart<\/span>/.exec(html);
    expect(missing?.[1]).toContain('class="bs-missing-image"');
    expect(missing?.[1]).toContain('aria-label="A missing chart"');
    expect(html).not.toContain('gone.png');
    expect(await lib.text(article.id)).toContain('Paragraph 4 of a story');

    // The same page again: by its address, with tracking noise, and through a redirect.
    expect((await lib.addUrl(server.url('/story'))).id).toBe(article.id);
    expect((await lib.addUrl(server.url('/old'))).id).toBe(article.id);
    expect(lib.list().total).toBe(1);

    // Deleting removes its cached files.
    const images = homeLayout(lib.home).images;
    expect(
      readdirSync(images, { recursive: true }).filter((f) => String(f).length > 10),
    ).toHaveLength(2);
    expect(await lib.cacheSize()).toBeGreaterThan(0);
    await lib.delete(article.id);
    expect(
      readdirSync(images, { recursive: true }).filter((f) => String(f).length > 10),
    ).toHaveLength(0);
    expect(existsSync(path.join(homeLayout(lib.home).bodies, `${article.id}.html`))).toBe(false);
    lib.close();
  });

  it('keeps an image shared by two articles until both are deleted', async () => {
    const server = await startServer();
    server.serve('/shared.png', pngBytes(7), 'image/png');
    server.serve(
      '/one',
      page(`${paragraph(1)}<img src="/shared.png" alt="x">${paragraph(2)}`),
      'text/html',
    );
    server.serve(
      '/two',
      page(`${paragraph(3)}<img src="/shared.png" alt="y">${paragraph(4)}`),
      'text/html',
    );
    const lib = await library();
    const one = await lib.addUrl(server.url('/one'));
    const two = await lib.addUrl(server.url('/two'));
    const hash = /bs-image:([0-9a-f]{64})/.exec(await lib.html(one.id))![1];
    await lib.delete(one.id);
    expect(await lib.images.read(hash)).not.toBeNull();
    await lib.delete(two.id);
    expect(await lib.images.read(hash)).toBeNull();
    lib.close();
  });

  it('decodes gzip and brotli, and the page’s character set', async () => {
    const server = await startServer();
    const latin = Buffer.from(
      page(`<p>Caf\xe9 cr\xe8me and \x93smart quotes\x94. ${'More words. '.repeat(30)}</p>`),
      'latin1',
    );
    server.route('/gz', (_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=windows-1252',
        'Content-Encoding': 'gzip',
      });
      res.end(zlib.gzipSync(latin));
    });
    server.route('/br', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'br' });
      res.end(
        zlib.brotliCompressSync(
          Buffer.from(page(`<meta charset="utf-8"><p>Ünïcödé ✓ ${'More words. '.repeat(30)}</p>`)),
        ),
      );
    });
    const lib = await library();
    expect(await lib.text((await lib.addUrl(server.url('/gz'))).id)).toContain(
      'Café crème and “smart quotes”',
    );
    expect(await lib.text((await lib.addUrl(server.url('/br'))).id)).toContain('Ünïcödé ✓');
    lib.close();
  });

  it.each([
    [
      'a 404',
      (s: Awaited<ReturnType<typeof startServer>>) => s.url('/missing'),
      /answered 404 Not Found/,
    ],
    [
      'a 500',
      (s: Awaited<ReturnType<typeof startServer>>) => (
        s.route('/boom', (_q, r) => r.writeHead(500).end()),
        s.url('/boom')
      ),
      /answered 500/,
    ],
    [
      'an image',
      (s: Awaited<ReturnType<typeof startServer>>) => (
        s.serve('/i.png', pngBytes(), 'image/png'),
        s.url('/i.png')
      ),
      /is an image, not a web page/,
    ],
    [
      'a PDF',
      (s: Awaited<ReturnType<typeof startServer>>) => (
        s.serve('/d.pdf', '%PDF-1.7', 'application/pdf'),
        s.url('/d.pdf')
      ),
      /is a PDF file, not a web page/,
    ],
    [
      'JSON',
      (s: Awaited<ReturnType<typeof startServer>>) => (
        s.serve('/j', '{"a":1}', 'application/json'),
        s.url('/j')
      ),
      /is JSON data, not a web page/,
    ],
    [
      'a page without an article',
      (s: Awaited<ReturnType<typeof startServer>>) => (
        s.serve('/nav', '<html><body><nav>Home</nav></body></html>', 'text/html'),
        s.url('/nav')
      ),
      /No readable article/,
    ],
    [
      'a redirect loop',
      (s: Awaited<ReturnType<typeof startServer>>) => (
        s.route('/loop', (_q, r) => r.writeHead(302, { Location: '/loop' }).end()),
        s.url('/loop')
      ),
      /redirected more than 5 times/,
    ],
    [
      'a redirect to another scheme',
      (s: Awaited<ReturnType<typeof startServer>>) => (
        s.route('/ftp', (_q, r) => r.writeHead(302, { Location: 'ftp://example.com/x' }).end()),
        s.url('/ftp')
      ),
      /Only http and https/,
    ],
    ['a malformed address', () => 'http://', /not a valid web address/],
    ['a file: address', () => 'file:///etc/passwd', /Only http and https/],
    [
      'a refused connection',
      (s: Awaited<ReturnType<typeof startServer>>) =>
        s.url('/').replace(/:\d+\//, `:${closedPort}/`),
      /refused the connection/,
    ],
  ])(
    'refuses %s with one sentence and leaves the library as it was',
    async (_name, make, message) => {
      const server = await startServer();
      const lib = await library();
      await expect(lib.addUrl(make(server))).rejects.toThrow(message);
      expect(lib.list().total).toBe(0);
      expect(readdirSync(homeLayout(lib.home).db).filter((f) => f.endsWith('.bak'))).toEqual([]);
      lib.close();
    },
  );
});
