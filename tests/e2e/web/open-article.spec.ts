import type { Request } from '@playwright/test';
import { expect, test } from './web-server';

const text = (title: string) =>
  Buffer.from(`${title}\n\n${'Mayor Anna Berg spoke in Lisbon about the harbour. '.repeat(40)}`);

test('opening an unread article: read, counted, and no more requests than it needs', async ({
  page,
  request,
  app,
}) => {
  const api = async (op: string, data: unknown) => {
    const response = await request.post(`${app.origin}/api/${op}`, {
      data,
      headers: { Authorization: `Bearer ${app.token}` },
    });
    return ((await response.json()) as { result: unknown }).result;
  };
  const saved = (await api('articles.addFile', {
    name: 'Tide tables.txt',
    contentBase64: text('Tide tables').toString('base64'),
  })) as { id: string };
  // Its entities are extracted after the save; that change notice must not land in the count.
  await expect
    .poll(async () => ((await api('entities.forArticle', { articleId: saved.id })) as []).length)
    .toBeGreaterThan(0);
  await page.goto(app.url);
  const nav = page.getByRole('navigation', { name: 'Library' });
  // The sample was read on the first run; the new article is the one unread.
  await expect(nav.getByRole('button', { name: /^Unread\s*1$/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: /^All articles\s*2$/ })).toBeVisible();

  const sent: string[] = [];
  const onRequest = (r: Request) => {
    const op = /\/api\/(.+)$/.exec(r.url())?.[1];
    if (op) sent.push(op);
  };
  page.on('request', onRequest);
  const list = page.getByRole('listbox', { name: 'Article list' });
  await list.getByRole('option', { name: /Tide tables/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tide tables');
  await expect(page.locator('.reader-body')).toContainText('Mayor Anna Berg');

  // Marked read once shown: the row and the navigation's counts follow.
  await expect(nav.getByRole('button', { name: /^Unread\s*0$/ })).toBeVisible();
  await expect(list.getByRole('option', { name: /Tide tables/ })).not.toHaveClass(/unread/);
  await expect(page.getByRole('button', { name: 'Mark unread' })).toBeVisible();
  await page.waitForTimeout(800); // past the reloads' settle times
  page.off('request', onRequest);

  const count = (op: string) => sent.filter((s) => s === op).length;
  expect(count('articles.open')).toBe(1);
  expect(count('articles.update')).toBe(1);
  // The sidebar and the tag suggestions share one request; mark-read waits for the article shown.
  const opening = sent.slice(0, sent.indexOf('articles.update'));
  expect(opening.filter((s) => s === 'entities.forArticle')).toHaveLength(1);
  expect(opening).toContain('articles.open');
  // The navigation reloads (once per settled burst of notices) in two requests, not one per
  // count, list and entity type.
  expect(count('library.navigation')).toBeGreaterThan(0);
  expect(count('entities.topByType')).toBe(count('library.navigation'));
  for (const op of ['library.counts', 'tags.list', 'feeds.list', 'entities.top'])
    expect(count(op)).toBe(0);
});

test('articles opened in quick succession: a reload comes back to the last one', async ({
  page,
  request,
  app,
}) => {
  for (const title of ['Tide tables', 'Harbour report', 'Ferry times']) {
    await request.post(`${app.origin}/api/articles.addFile`, {
      data: { name: `${title}.txt`, contentBase64: text(title).toString('base64') },
      headers: { Authorization: `Bearer ${app.token}` },
    });
  }
  await page.goto(app.url);
  const list = page.getByRole('listbox', { name: 'Article list' });
  await expect(list.getByRole('option')).toHaveCount(4);
  // One click after another, without waiting: the remembered article is written one at a time.
  for (const title of ['Tide tables', 'Ferry times', 'Harbour report'])
    await list.getByRole('option', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour report');
  await expect
    .poll(async () => {
      const response = await request.post(`${app.origin}/api/settings.get`, {
        data: {},
        headers: { Authorization: `Bearer ${app.token}` },
      });
      const { result } = (await response.json()) as { result: { lastOpenArticleId: string } };
      return `row-${result.lastOpenArticleId}`;
    })
    .toBe(await list.getByRole('option', { name: /Harbour report/ }).getAttribute('id'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour report');
});

test('a star given while the opening’s mark-read is under way stays on screen', async ({
  page,
  app,
}) => {
  // The mark-read is done on the server at once, but its answer (from before the star) reaches
  // the page only after the star's own answer.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/articles.update', async (route) => {
    if (!(route.request().postData() ?? '').includes('"read":true')) return route.continue();
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await page.goto(app.url);
  const reader = page.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'ISIS Brings Putin, Obama together',
  );
  await reader.getByRole('button', { name: '☆ Star' }).click();
  await expect(reader.getByRole('button', { name: '★ Starred' })).toBeVisible();
  release();
  await expect(reader.getByRole('button', { name: 'Mark unread' })).toBeVisible();
  await expect(reader.getByRole('button', { name: '★ Starred' })).toBeVisible();
  await page.reload();
  await expect(reader.getByRole('button', { name: '★ Starred' })).toBeVisible();
});
