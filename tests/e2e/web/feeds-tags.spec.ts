import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, projectRoot, test } from './web-server';

const body = (n: number) =>
  `<p>${`Story ${n} of the river feed, told at length so it reads as an article. `.repeat(25)}</p>`;

test('subscribe to a feed from the navigation and read its items', async ({ page, app }) => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>River News</title><link>http://127.0.0.1/</link>${[
    1, 2, 3,
  ]
    .map(
      (n) =>
        `<item><guid>r${n}</guid><title>River story ${n}</title><description><![CDATA[${body(n)}]]></description></item>`,
    )
    .join('')}</channel></rss>`;
  const server = http.createServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;

  await page.goto(app.url);
  const nav = page.getByRole('navigation', { name: 'Library' });
  await nav.getByRole('button', { name: 'Add a feed' }).click();
  await nav.getByLabel('Feed or site address').fill(feedUrl);
  await nav.getByLabel('Feed or site address').press('Enter');
  const feeds = nav.getByRole('region', { name: 'Feeds' });
  await expect(feeds.getByRole('button', { name: /River News\s*3/ })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Article list' }).getByRole('option')).toHaveCount(
    3,
  );
  await page.getByRole('option', { name: /River story 2/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('River story 2');
  await expect(feeds.getByRole('button', { name: /River News\s*2/ })).toBeVisible();
  const shots = path.join(projectRoot, 'test-results', 'screenshots');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'feed.png') });
  await new Promise((r) => server.close(r));
});

test('tag an article from the reader, from a suggestion, and filter by tag', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByLabel('Add a tag').fill('World <b>news</b>');
  await page.getByLabel('Add a tag').press('Enter');
  const tags = page.getByRole('group', { name: 'Tags' });
  await expect(tags.getByText('World <b>news</b>')).toBeVisible();
  await tags.getByRole('button', { name: '+ Barack Obama' }).click();
  await expect(tags.getByRole('button', { name: 'Remove tag Barack Obama' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Library' });
  await nav
    .getByRole('region', { name: 'Tags' })
    .getByRole('button', { name: /World <b>news<\/b>/ })
    .click();
  await expect(page.locator('.list-header h2')).toHaveText('# World <b>news</b>');
  await expect(page.getByRole('listbox', { name: 'Article list' }).getByRole('option')).toHaveCount(
    1,
  );
  await tags.getByRole('button', { name: 'Remove tag Barack Obama' }).click();
  await expect(tags.getByRole('button', { name: 'Remove tag Barack Obama' })).toHaveCount(0);
});

test('suggestions follow a change made while an older request for them was under way', async ({
  page,
  app,
}) => {
  // The first request for the article's entities is held, then answered as it would have been
  // before extraction finished; a change to the article meanwhile must not reuse it.
  let held = true;
  await page.route('**/api/entities.forArticle', async (route) => {
    if (!held) return route.continue();
    held = false;
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await route.fulfill({ json: { ok: true, result: [] } });
  });
  await page.goto(app.url);
  await page.getByLabel('Add a tag').fill('kept');
  await page.getByLabel('Add a tag').press('Enter');
  const tags = page.getByRole('group', { name: 'Tags' });
  await expect(tags.getByText('kept')).toBeVisible();
  await expect(tags.getByRole('button', { name: '+ Barack Obama' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    page.getByRole('complementary', { name: 'Entities' }).getByText('Barack Obama'),
  ).toBeVisible();
});
