import { expect, seededHome, testOnHome } from './web-server';

const test = testOnHome(() => seededHome(210));

// Seeding 210 articles through the CLI is part of the test's time.
test.describe.configure({ timeout: 180_000 });

test('select all pages in the rest of the list, but not into a view chosen meanwhile', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const list = page.getByRole('listbox', { name: 'Article list' });
  const count = page.locator('.list-header .count');
  await expect(count).toHaveText('211');
  const bar = page.getByRole('toolbar', { name: 'Selected articles' });

  // The rest of the list (past the first 200 rows) answers late.
  let lateAnswered!: () => void;
  const late = new Promise<void>((resolve) => (lateAnswered = resolve));
  await page.route('**/api/articles.list', async (route) => {
    const { offset } = route.request().postDataJSON() as { offset?: number };
    if (!offset) return route.continue();
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.fulfill({ response });
    lateAnswered();
  });
  await list.getByRole('option').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  // Before the rest arrives, the person goes to Starred (nothing there).
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /^Starred/ })
    .click();
  await expect(count).toHaveText('0');
  await late;
  await page.waitForTimeout(300);
  await expect(list.getByRole('option')).toHaveCount(0);
  await expect(bar).toHaveCount(0);

  // In its own list, select all takes every row, the late ones too.
  await page.unroute('**/api/articles.list');
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /^All/ })
    .click();
  await expect(count).toHaveText('211');
  await list.getByRole('option').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(bar).toContainText('211 selected');
});
