import { expect, test } from './web-server';

test('settings show the offline cache size and change the reading appearance', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByLabel('Offline cache size')).toHaveText(/\d+(\.\d)? (KB|MB)/);
  await dialog.getByLabel('Theme').selectOption('sepia');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await dialog.getByLabel('Reading font').selectOption('sans');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  const family = await page
    .locator('.reader-body')
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain('Inter');
  // Kept across a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
});
