import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { expect, testOnHome, type ServedApp } from './web-server';
import { homeWithPutin } from './entity-support';
import { screenshots, seriousViolations } from './page-checks';

const test = testOnHome(() => homeWithPutin());

/** Calls the contract as the page does, to set up comments quickly. */
async function api<T>(request: APIRequestContext, app: ServedApp, op: string, input: object) {
  const response = await request.post(`${app.origin}/api/${op}`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; result: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.result;
}

const flashed = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('annotation-flash') ?? [])].map((r) => (r as Range).toString()),
  );

test('every comment and highlight, newest first, each opening its place', async ({
  page,
  request,
  app,
}) => {
  const list = await api<{ items: { id: string; title: string }[] }>(
    request,
    app,
    'articles.list',
    {},
  );
  const sample = list.items.find((a) => a.title.startsWith('ISIS'))!;
  const talks = list.items.find((a) => a.title === 'Talks in Geneva')!;
  await api(request, app, 'comments.add', {
    articleId: sample.id,
    body: 'Where the G20 met.',
    quote: 'Turkish seaside resort of Antalya',
  });
  await api(request, app, 'comments.add', {
    articleId: talks.id,
    body: '<script>alert(1)</script> Geneva *again*',
  });
  const anchor = { exact: 'the face of evil', prefix: '', suffix: '', start: 0, end: 0 };
  await api(request, app, 'highlights.add', { articleId: sample.id, anchor });
  // A note on an entity is one of the person's comments too.
  await api(request, app, 'entityNotes.add', {
    entityId: 'Putin',
    body: 'Watch the **Geneva** letter.',
  });

  await page.goto(app.url);
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: 'Comments', exact: true })
    .click();
  const main = page.getByRole('main', { name: 'Reader' });
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Comments and highlights');
  const entries = main.locator('.annotation');
  await expect(entries).toHaveCount(4);
  await expect(entries.locator('.annotation-kind')).toHaveText([
    'Note',
    'Highlight',
    'Comment',
    'Comment',
  ]);
  await expect(entries.nth(0)).toContainText('Vladimir Putin');
  await expect(entries.nth(0).locator('strong')).toHaveText('Geneva');
  await expect(entries.nth(1)).toContainText('the face of evil');
  await expect(entries.nth(2)).toContainText('Talks in Geneva');
  // Markup in a comment is text here too.
  await expect(entries.nth(2).locator('.comment-body')).toContainText('<script>alert(1)</script>');
  await expect(entries.nth(2).locator('script')).toHaveCount(0);
  await expect(entries.nth(3)).toContainText('Turkish seaside resort of Antalya');

  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, 'all-comments');

  // An anchored comment opens its article and flashes the passage.
  await entries.nth(3).getByRole('button', { name: sample.title }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(sample.title);
  await expect.poll(() => flashed(page)).toEqual(['Turkish seaside resort of Antalya']);

  // A comment without a passage opens its article at the comment.
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: 'Comments', exact: true })
    .click();
  await entries.nth(2).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Talks in Geneva');
  await expect(page.locator('.comment.flash')).toContainText('Geneva again');
  await expect(page.locator('.comment.flash')).toBeInViewport();

  // After a reload the view lists the same entries; a note opens its entity's page.
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: 'Comments', exact: true })
    .click();
  await expect(entries).toHaveCount(4);
  await entries.nth(0).getByRole('button', { name: 'Vladimir Putin' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Vladimir Putin');
  await expect(main.locator('.entity-notes')).toContainText('Watch the Geneva letter.');
});

test('export an article with its highlights and comments as Markdown', async ({
  page,
  request,
  app,
}) => {
  const list = await api<{ items: { id: string; title: string }[] }>(
    request,
    app,
    'articles.list',
    {},
  );
  const sample = list.items.find((a) => a.title.startsWith('ISIS'))!;
  await api(request, app, 'comments.add', {
    articleId: sample.id,
    body: 'Where the **G20** met.',
    quote: 'Turkish seaside resort of Antalya',
  });
  await page.goto(app.url);
  await page.getByRole('option', { name: /ISIS Brings Putin/ }).click();
  const main = page.getByRole('main', { name: 'Reader' });
  const downloading = page.waitForEvent('download');
  await main.getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('isis-brings-putin-obama-together.md');
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toMatch(/^# ISIS Brings Putin, Obama together\n/);
  expect(markdown).toContain('> Turkish seaside resort of Antalya');
  expect(markdown).toContain('Where the **G20** met.');
});

test('more than a page of comments: Show more, pressed twice at once, lists each one once', async ({
  page,
  request,
  app,
}) => {
  const list = await api<{ items: { id: string; title: string }[] }>(
    request,
    app,
    'articles.list',
    {},
  );
  for (let i = 1; i <= 55; i++)
    await api(request, app, 'comments.add', { articleId: list.items[0].id, body: `Comment ${i}` });
  await page.goto(app.url);
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: 'Comments', exact: true })
    .click();
  const entries = page.locator('.annotation-list > li');
  await expect(entries).toHaveCount(50);
  await page.getByRole('button', { name: 'Show more' }).dblclick();
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await page.waitForTimeout(300);
  await expect(entries).toHaveCount(55);
  const bodies = await entries.locator('.comment-body').allTextContents();
  expect(new Set(bodies).size).toBe(55);
});

test('more notes than one answer holds: every one is listed', async ({ page, request, app }) => {
  for (let i = 1; i <= 1001; i++)
    await api(request, app, 'entityNotes.add', { entityId: 'Vladimir Putin', body: `Note ${i}` });
  await page.goto(app.url);
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: 'Comments', exact: true })
    .click();
  await expect(page.locator('.all-comments-header')).toContainText('1001 across your library');
  await expect(page.locator('.annotation-list > li')).toHaveCount(1001);
});
