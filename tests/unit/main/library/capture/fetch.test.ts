import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../../../src/main/library/capture/decode';
import { fetchResource } from '../../../../../src/main/library/capture/fetch';
import { startServer } from '../../../support/http-server';

describe('fetching', () => {
  it('gives up on a server that never answers, and on one that stalls mid-body', async () => {
    const server = await startServer();
    server.route('/silent', () => undefined);
    server.route('/stall', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<html>');
    });
    await expect(fetchResource(server.url('/silent'), { timeoutMs: 300 })).rejects.toThrow(
      'did not answer in time',
    );
    await expect(fetchResource(server.url('/stall'), { stallMs: 300 })).rejects.toThrow(
      'stopped sending',
    );
  });

  it('stops reading at the size cap, declared or not', async () => {
    const server = await startServer();
    server.serve('/big', 'x'.repeat(5000), 'text/html');
    server.route('/chunked', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      res.end();
    });
    await expect(fetchResource(server.url('/big'), { maxBytes: 1024 })).rejects.toThrow(
      'larger than',
    );
    await expect(fetchResource(server.url('/chunked'), { maxBytes: 2048 })).rejects.toThrow(
      'larger than',
    );
  });

  it('follows up to five redirects and refuses a sixth', async () => {
    const server = await startServer();
    for (let i = 0; i < 6; i++)
      server.route(`/r${i}`, (_q, r) => r.writeHead(302, { Location: `/r${i + 1}` }).end());
    server.serve('/r6', '<p>end</p>', 'text/html');
    const ok = await fetchResource(server.url('/r1'));
    expect(ok.finalUrl).toBe(server.url('/r6'));
    await expect(fetchResource(server.url('/r0'))).rejects.toThrow('redirected more than 5 times');
  });

  it('refuses hosts it is not allowed to reach, on every hop', async () => {
    const server = await startServer();
    server.route('/away', (_q, r) =>
      r.writeHead(302, { Location: 'http://example.invalid/' }).end(),
    );
    const allow = (url: URL) => url.hostname === '127.0.0.1';
    await expect(fetchResource(server.url('/away'), { allow })).rejects.toThrow('not allowed');
  });
});

describe('character sets', () => {
  const html = (meta: string, body: string) =>
    `<html><head>${meta}</head><body>${body}</body></html>`;
  it.each([
    [
      'the HTTP header',
      'text/html; charset=shift_jis',
      Buffer.from([0x93, 0xfa, 0x96, 0x7b]),
      '',
      '日本',
    ],
    [
      'a meta tag (GBK)',
      'text/html',
      Buffer.from([0xd6, 0xd0, 0xce, 0xc4]),
      '<meta charset="gbk">',
      '中文',
    ],
    [
      'http-equiv (ISO-8859-2)',
      'text/html',
      Buffer.from([0xb3, 0xf3, 0x64, 0xbc]),
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">',
      'łódź',
    ],
    [
      'windows-1252 quotes',
      'text/html; charset=windows-1252',
      Buffer.from([0x93, 0x68, 0x69, 0x94]),
      '',
      '“hi”',
    ],
  ])('honours %s', (_name, type, bytes, meta, expected) => {
    const doc = Buffer.concat([
      Buffer.from(html(meta, '').split('</body>')[0], 'latin1'),
      bytes,
      Buffer.from('</body></html>'),
    ]);
    expect(decodeDocument(doc, type)).toContain(expected);
  });

  it('lets a byte-order mark win over a wrong header', () => {
    const doc = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>naïve</p>')]);
    expect(decodeDocument(doc, 'text/html; charset=iso-8859-1')).toBe('<p>naïve</p>');
  });
});
