import { expect, seededHome, testOnHome } from './web-server';
import { seriousViolations } from './page-checks';

const test = testOnHome(() => seededHome(5));

test('select several articles and act on them by keyboard alone', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const list = page.getByRole('listbox', { name: 'Article list' });
  const rows = list.getByRole('option');
  await expect(rows).toHaveCount(6);
  const bar = page.getByRole('toolbar', { name: 'Selected articles' });
  const count = page.locator('.list-header .count');

  // The sample (last row) is open; k moves up, Shift+K extends the selection upwards.
  await page.keyboard.press('k');
  await page.keyboard.press('Shift+K');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(bar).toContainText('3 selected');
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(3);
  // Turning back shrinks it.
  await page.keyboard.press('Shift+J');
  await expect(bar).toContainText('2 selected');
  const picked = await list.locator('[aria-selected="true"] .row-title').allTextContents();
  expect(picked).toEqual(['Seeded article 2', 'Seeded article 1']);

  // s stars, m marks read, t tags the selection, not the open article.
  await page.keyboard.press('s');
  await expect(list.locator('[aria-selected="true"] .row-star')).toHaveCount(2);
  await expect(page.getByRole('button', { name: '☆ Star' })).toBeVisible(); // the reader's
  await page.keyboard.press('m');
  await expect(list.locator('[aria-selected="true"].unread')).toHaveCount(0);
  await page.keyboard.press('t');
  const tagDialog = page.getByRole('dialog', { name: 'Tag 2 articles' });
  await expect(tagDialog).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.type('bulk');
  await page.keyboard.press('Enter');
  await expect(tagDialog).toBeHidden();
  await expect(list.locator('[aria-selected="true"] .chip')).toHaveText(['bulk', 'bulk']);
  expect(await seriousViolations(page)).toEqual([]);

  // Escape clears; Ctrl+A selects the whole list.
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await page.keyboard.press('Control+a');
  await expect(bar).toContainText('6 selected');
  await page.keyboard.press('Escape');

  // Delete asks first; Cancel has the focus, so Enter alone cancels.
  await page.keyboard.press('k');
  await page.keyboard.press('Shift+K');
  await expect(bar).toContainText('2 selected');
  const doomed = await list.locator('[aria-selected="true"] .row-title').allTextContents();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog', { name: 'Delete 2 articles?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(rows).toHaveCount(6);
  await page.keyboard.press('Delete');
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(4);
  await expect(count).toHaveText('4');
  // Focus stays in the list, on a row.
  await expect(page.locator('.article-row:focus')).toHaveCount(1);

  // All of it was saved.
  await page.reload();
  await expect(rows).toHaveCount(4);
  const titles = await list.locator('.row-title').allTextContents();
  for (const gone of doomed) expect(titles).not.toContain(gone);
  await expect(list.locator('.chip', { hasText: 'bulk' })).toHaveCount(2);
  await expect(list.locator('.row-star')).toHaveCount(2);
});

test('Ctrl+click and Shift+click select with the mouse; the bulk bar acts', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const list = page.getByRole('listbox', { name: 'Article list' });
  const rows = list.getByRole('option');
  await expect(rows).toHaveCount(6);
  await rows.nth(0).click();
  await rows.nth(2).click({ modifiers: ['Control'] });
  const bar = page.getByRole('toolbar', { name: 'Selected articles' });
  await expect(bar).toContainText('2 selected');
  await rows.nth(4).click({ modifiers: ['Shift'] });
  await expect(bar).toContainText('3 selected');
  await bar.getByRole('button', { name: 'Archive' }).click();
  await expect(rows).toHaveCount(3);
  await expect(bar).toBeHidden();
  // The button that had the focus is gone; the focus is back in the list, not lost.
  await expect(page.locator('.article-row:focus')).toHaveCount(1);
  await page
    .getByRole('button', { name: /^Archive/ })
    .first()
    .click();
  await expect(page.locator('.list-header h2')).toHaveText('Archive');
  await expect(rows).toHaveCount(3);
  // A selection belongs to its list: another view starts with none.
  await rows.nth(0).click({ modifiers: ['Control'] });
  await rows.nth(1).click({ modifiers: ['Control'] });
  await expect(bar).toContainText('2 selected');
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(rows).toHaveCount(3);
  await expect(bar).toBeHidden();
});
