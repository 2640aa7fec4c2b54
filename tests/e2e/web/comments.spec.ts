import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, projectRoot, test } from './web-server';

/** Select an exact passage of the article body, as a person dragging the mouse would. */
async function selectPassage(page: Page, passage: string): Promise<void> {
  await page.evaluate((text) => {
    const body = document.querySelector('.reader-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at >= 0) {
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`passage not found: ${text}`);
  }, passage);
}

const highlighted = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('annotation') ?? [])].map((r) => (r as Range).toString()),
  );

test('select a passage, comment on it, reload: the highlight is where it was', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await selectPassage(page, 'Turkish seaside resort of Antalya');
  await page
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: 'Comment' })
    .click();
  await expect(page.locator('.comment-quote.pending')).toContainText(
    'Turkish seaside resort of Antalya',
  );
  await page.getByLabel('Write a comment').fill('Antalya hosted the **G20** in 2015.');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(page.locator('.comment-body strong')).toHaveText('G20');
  await expect.poll(() => highlighted(page)).toEqual(['Turkish seaside resort of Antalya']);

  await page.reload();
  await expect(page.locator('.comment-quote')).toContainText('Turkish seaside resort of Antalya');
  await expect.poll(() => highlighted(page)).toEqual(['Turkish seaside resort of Antalya']);

  // A highlight on its own.
  await selectPassage(page, 'the face of evil');
  await page
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: 'Highlight' })
    .click();
  await expect
    .poll(async () => (await highlighted(page)).sort())
    .toEqual(['Turkish seaside resort of Antalya', 'the face of evil']);
  const shots = path.join(projectRoot, 'test-results', 'screenshots');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'anchored-comment.png'), fullPage: false });
});

test('reply, edit, delete with undo; markup in a comment stays text', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Write a comment').fill('<img src=x onerror="window.pwned=1"> First');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const first = page.locator('.comment').first();
  await expect(first.locator('.comment-body')).toHaveText(
    '<img src=x onerror="window.pwned=1"> First',
  );
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();

  await first.getByRole('button', { name: 'Reply' }).click();
  await page.getByLabel('Write a reply').fill('A reply');
  await page.getByRole('button', { name: 'Reply', exact: true }).last().click();
  await expect(page.locator('.comment-replies .comment-body')).toHaveText('A reply');

  await page.locator('.comment-replies').getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Edit comment').fill('A better reply');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.comment-replies .comment-body')).toHaveText('A better reply');
  await expect(page.locator('.comment-replies .comment-meta')).toContainText('edited');

  await first.getByRole('button', { name: 'Delete' }).first().click();
  await expect(page.getByText('Be the first to comment on')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.comment-replies .comment-body')).toHaveText('A better reply');
});

test('a reply or an edit that cannot be saved stays open with the text written', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByLabel('Write a comment').fill('First');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const first = page.locator('.comment').first();
  await expect(first.locator('.comment-body')).toHaveText('First');

  // The library refuses writes (as a second, read-only window would).
  const refuse = (route: import('@playwright/test').Route) =>
    route.fulfill({
      json: { ok: false, error: { code: 'read-only', message: 'The library is open read-only.' } },
    });
  await page.route('**/api/comments.add', refuse);
  await page.route('**/api/comments.edit', refuse);
  const refused = page.getByText('The library is open read-only.');

  await first.getByRole('button', { name: 'Reply' }).click();
  await page.getByLabel('Write a reply').fill('A reply worth keeping');
  await page.getByRole('button', { name: 'Reply', exact: true }).last().click();
  await expect(refused).toBeVisible();
  await expect(page.getByLabel('Write a reply')).toHaveValue('A reply worth keeping');
  await first.getByRole('button', { name: 'Cancel' }).click();

  await first.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Edit comment').fill('Second thoughts');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Edit comment')).toHaveValue('Second thoughts');

  await page.unroute('**/api/comments.edit');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(first.locator('.comment-body')).toHaveText('Second thoughts');
  await expect(refused).toHaveCount(0);
});
