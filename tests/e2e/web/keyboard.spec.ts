import { seriousViolations } from './page-checks';
import { expect, seededHome, testOnHome } from './web-server';

const test = testOnHome(() => seededHome(3));

test('the whole loop by keyboard alone', async ({ page, app }) => {
  await page.goto(app.url);
  const reader = page.getByRole('main', { name: 'Reader' });
  const h1 = reader.getByRole('heading', { level: 1 });
  // The first run opens the sample, which is the oldest article: the last row.
  await expect(h1).toHaveText('ISIS Brings Putin, Obama together');
  const titles = await page.locator('.row-title').allTextContents();
  expect(titles).toHaveLength(4);
  expect(titles[3]).toBe('ISIS Brings Putin, Obama together');

  // k moves the cursor up the list, Enter opens; j moves down, o opens.
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await expect(h1).toHaveText(titles[1]);
  await page.keyboard.press('j');
  await page.keyboard.press('o');
  await expect(h1).toHaveText(titles[2]);

  // s stars, m marks unread again.
  await page.keyboard.press('s');
  await expect(reader.getByRole('button', { name: '★ Starred' })).toBeVisible();
  await expect(page.getByRole('option', { name: new RegExp(titles[2]) })).toContainText('★');
  await page.keyboard.press('m');
  await expect(reader.getByRole('button', { name: 'Mark read' })).toBeVisible();

  // t tags, c comments; typing never fires shortcuts.
  await page.keyboard.press('t');
  await page.keyboard.type('harbour');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Tags' })).toContainText('harbour');
  await page.keyboard.press('Escape');
  await page.keyboard.press('c');
  await page.keyboard.type('Typed with j and k and s inside.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.comment-body')).toHaveText('Typed with j and k and s inside.');
  await expect(reader.getByRole('button', { name: '★ Starred' })).toBeVisible();

  // n focuses the save field; ? shows every shortcut; Escape closes and focus returns.
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await expect(page.getByLabel('Save a web address')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Next article');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('main screens have no serious accessibility violations', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Entities' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
