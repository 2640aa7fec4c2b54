import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { shoot } from './page-checks';
import { expect, test } from './web-server';

const rss = (name: string, count: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><link>http://127.0.0.1/</link>${Array.from(
    { length: count },
    (_, i) =>
      `<item><guid>${name}-${i}</guid><title>${name} story ${i + 1}</title><description><![CDATA[<p>${`A long story from ${name}, told so it reads as an article. `.repeat(25)}</p>]]></description></item>`,
  ).join('')}</channel></rss>`;

test('import OPML with folders, see refresh results, rename and move a feed, export', async ({
  page,
  app,
}) => {
  const server = http.createServer((req, res) => {
    const name = /\/(\w+)\.xml/.exec(req.url ?? '')?.[1] ?? 'x';
    if (name === 'broken') return void res.writeHead(500).end('down');
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss(name, 2));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
    <outline text="News"><outline text="Harbour" xmlUrl="${base}/harbour.xml"/><outline text="Broken" xmlUrl="${base}/broken.xml"/></outline>
    <outline text="Science"><outline text="Tides" xmlUrl="${base}/tides.xml"/></outline>
  </body></opml>`;

  await page.goto(app.url);
  const nav = page.getByRole('navigation', { name: 'Library' });
  const feeds = nav.getByRole('region', { name: 'Feeds' });
  await nav.getByRole('button', { name: 'Add a feed' }).click();
  await nav.getByLabel('OPML file to import').setInputFiles({
    name: 'subscriptions.opml',
    mimeType: 'text/x-opml',
    buffer: Buffer.from(opml),
  });
  await expect(feeds.getByRole('status')).toHaveText('Added 3 feeds in 2 folders. 4 new items.');
  await expect(feeds.getByRole('alert')).toHaveText('1 feed could not be refreshed (marked !).');
  // The list shows the new items without a reload.
  await expect(page.getByRole('listbox', { name: 'Article list' }).getByRole('option')).toHaveCount(
    5,
  );
  await expect(feeds.getByRole('button', { name: /News\s*2/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(feeds.getByRole('button', { name: /Harbour\s*2/ })).toBeVisible();
  await expect(feeds.getByRole('button', { name: 'refresh failed Broken' })).toHaveAttribute(
    'title',
    /Last refresh failed/,
  );
  await shoot(page, 'feeds-opml');

  // Folders fold away and come back.
  await feeds.getByRole('button', { name: /Science/ }).click();
  await expect(feeds.getByRole('button', { name: 'Tides actions' })).toBeHidden();
  await feeds.getByRole('button', { name: /Science/ }).click();

  // Rename and move inline (the desktop app has no prompt()); the change survives a reload.
  await feeds.getByRole('button', { name: 'Tides actions' }).click();
  await feeds.getByRole('menuitem', { name: 'Rename…' }).click();
  await feeds.getByLabel('Name', { exact: true }).fill('Tide tables');
  await feeds.getByLabel('Name', { exact: true }).press('Enter');
  await feeds.getByRole('button', { name: 'Tide tables actions' }).click();
  await expect(feeds.getByRole('menu')).toContainText('2 items. Last refreshed');
  await feeds.getByRole('menuitem', { name: 'Move to folder…' }).click();
  await feeds.getByLabel('Folder (empty for none)').fill('News');
  await shoot(page, 'feeds-move');
  await feeds.getByRole('button', { name: 'Move', exact: true }).click();
  await page.reload();
  await expect(feeds.getByRole('button', { name: /News\s*4/ })).toBeVisible();
  await expect(feeds.getByRole('button', { name: /Science/ })).toHaveCount(0);

  await nav.getByRole('button', { name: 'Add a feed' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    feeds.getByRole('button', { name: 'Export OPML' }).click(),
  ]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(exported).toContain('Tide tables');
  expect(exported).toContain(`${base}/tides.xml`);
  await new Promise((r) => server.close(r));
});
