import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, projectRoot, test } from './web-server';

/** A 24×16 PNG of one colour. */
function png(r: number, g: number, b: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const x of buf) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const w = 24;
  const h = 16;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: w }, () => [r, g, b]).flat()),
  ]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const story = (n: number) =>
  `<p>Paragraph ${n}. The lighthouse keeper in Porthmadog logged every ship that passed, and the log survives to this day in the harbour museum.</p>`;

async function pageServer(pages: Record<string, [string, Buffer | string]>) {
  const server = http.createServer((req, res) => {
    const entry = pages[req.url ?? ''];
    if (!entry) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': entry[0] }).end(entry[1]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

test('a saved page reads offline, images from the cache, after its site is gone', async ({
  page,
  app,
}) => {
  const site = await pageServer({
    '/red.png': ['image/png', png(200, 30, 30)],
    '/blue.png': ['image/png', png(30, 30, 200)],
    '/story': [
      'text/html; charset=utf-8',
      `<html><head><title>The lighthouse log</title></head><body><article><h1>The lighthouse log</h1>${story(1)}<figure><img src="/red.png" alt="Red"><figcaption>The red lamp</figcaption></figure>${story(2)}<img src="/blue.png" alt="Blue">${story(3)}</article></body></html>`,
    ],
  });
  await page.goto(app.url);
  await page.getByLabel('Save a web address').fill(`${site.origin}/story`);
  await page.getByLabel('Save a web address').press('Enter');
  const reader = page.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('The lighthouse log');
  await site.close();

  await page.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('The lighthouse log');
  const images = reader.locator('.reader-body img');
  await expect(images).toHaveCount(2);
  for (const img of await images.all()) {
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBe(24);
    expect(await img.getAttribute('src')).toMatch(/^\/media\/image\/[0-9a-f]{64}\?token=/);
  }
  await expect(reader.getByText('The red lamp')).toBeVisible();
  const shots = path.join(projectRoot, 'test-results', 'screenshots');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'saved-page-offline.png') });
});

test('malicious markup in a page never runs', async ({ page, app }) => {
  const site = await pageServer({
    '/evil': [
      'text/html',
      `<html><head><title>Evil</title><script>window.pwned = 1</script></head><body><article><h1>Evil</h1>${story(1)}<img src="/x.png" onerror="window.pwned = 2"><a href="javascript:window.pwned=3">click</a><svg><script>window.pwned = 4</script></svg><iframe src="javascript:parent.pwned=5"></iframe>${story(2)}<p onclick="window.pwned=6">${story(3)}</p></article></body></html>`,
    ],
  });
  await page.goto(app.url);
  await page.getByLabel('Save a web address').fill(`${site.origin}/evil`);
  await page.getByLabel('Save a web address').press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evil');
  await page.getByText('Paragraph 3.').click();
  await page
    .getByText('click')
    .click()
    .catch(() => undefined);
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
  await site.close();
});

test('a page that cannot be saved says why, and the list is unchanged', async ({ page, app }) => {
  const site = await pageServer({ '/doc.pdf': ['application/pdf', '%PDF-1.7'] });
  await page.goto(app.url);
  await page.getByLabel('Save a web address').fill(`${site.origin}/doc.pdf`);
  await page.getByLabel('Save a web address').press('Enter');
  await expect(page.getByRole('alert')).toHaveText('That address is a PDF file, not a web page.');
  await expect(page.getByRole('listbox', { name: 'Article list' }).getByRole('option')).toHaveCount(
    1,
  );
  await site.close();
});

test('the entity sidebar lists the sample’s people, places and organisations', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const sidebar = page.getByRole('complementary', { name: 'Entities' });
  await expect(sidebar.getByRole('heading', { name: 'People' })).toBeVisible();
  for (const name of ['Barack Obama', 'Vladimir Putin', 'Syria', 'Islamic State', 'White House']) {
    await expect(sidebar.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  // Hovering highlights the mentions in the text.
  const putin = sidebar.getByRole('button', { name: /^Vladimir Putin/ });
  await expect(putin).toContainText('5');
  await putin.hover();
  expect(await page.evaluate(() => CSS.highlights.get('entity')?.size)).toBe(5);
  const shots = path.join(projectRoot, 'test-results', 'screenshots');
  await page.screenshot({ path: path.join(shots, 'entity-sidebar.png') });
});
