import { expect, seededHome, testOnHome } from './web-server';
import { seriousViolations } from './page-checks';

const test = testOnHome(() => seededHome(3));

test('the row menu by mouse and by keyboard', async ({ page, app }) => {
  await page.goto(app.url);
  const list = page.getByRole('listbox', { name: 'Article list' });
  const rows = list.getByRole('option');
  await expect(rows).toHaveCount(4);
  const menu = page.getByRole('menu');

  // Right-click: the menu opens at the pointer with its first item focused.
  await rows.nth(1).click({ button: 'right' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Open Enter/ })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await menu.getByRole('menuitem', { name: 'Star' }).click();
  await expect(menu).toBeHidden();
  await expect(rows.nth(1).locator('.row-star')).toBeVisible();
  await rows.nth(1).click({ button: 'right' });
  await expect(menu.getByRole('menuitem', { name: 'Unstar' })).toBeVisible();
  // Escape closes it and the row has the focus again.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(rows.nth(1)).toBeFocused();
  // A click elsewhere closes it too.
  await rows.nth(1).click({ button: 'right' });
  await page.locator('.reader-pane').click({ position: { x: 20, y: 20 } });
  await expect(menu).toBeHidden();

  // Keyboard: Shift+F10 on the focused row, arrows, Enter.
  await rows.nth(2).focus();
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await page.keyboard.press('m'); // type-ahead to "Mark read"
  await expect(menu.getByRole('menuitem', { name: 'Mark read' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows.nth(2)).not.toHaveClass(/unread/);
  await expect(rows.nth(2)).toBeFocused();

  // Tag… opens the tag dialog for that row.
  await page.keyboard.press('ContextMenu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  const tagDialog = page.getByRole('dialog', { name: 'Tag this article' });
  await expect(tagDialog).toBeVisible();
  await page.keyboard.type('menu-tag');
  await page.keyboard.press('Enter');
  await expect(rows.nth(2).locator('.chip')).toHaveText('menu-tag');
  await expect(rows.nth(2)).toBeFocused();
  // The same dialog removes a tag (input, Cancel, Remove tag, Add tag).
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await expect(tagDialog.locator('input')).toBeFocused();
  await page.keyboard.type('menu-tag');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(tagDialog.getByRole('button', { name: 'Remove tag' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tagDialog).toBeHidden();
  await expect(rows.nth(2).locator('.chip')).toHaveCount(0);
  await expect(rows.nth(2)).toBeFocused();

  // Open from the menu.
  const title = await rows.nth(0).locator('.row-title').textContent();
  await rows.nth(0).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /^Open Enter/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);

  // Delete… asks, then removes the row.
  await rows.nth(3).click({ button: 'right' });
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: /^Delete…/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(3);
});
