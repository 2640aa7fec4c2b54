import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, projectRoot, seededHome, testOnHome } from './web-server';

const test = testOnHome(() => seededHome(300));

// Seeding 300 articles through the CLI is part of the test's time.
test.describe.configure({ timeout: 240_000 });

test('a list of hundreds of articles keeps only a window of rows and loads more on scroll', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const list = page.getByRole('listbox', { name: 'Article list' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await expect(page.locator('.list-header .count')).toHaveText('301');
  const rendered = await list.getByRole('option').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(40);
  // Scroll to the bottom: further pages load and the last article (the sample) appears.
  for (let i = 0; i < 20; i++) {
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(100);
    if (await list.getByRole('option', { name: /ISIS Brings Putin/ }).count()) break;
  }
  await expect(list.getByRole('option', { name: /ISIS Brings Putin/ })).toBeVisible();
  expect(await list.getByRole('option').count()).toBeLessThan(40);

  const shots = path.join(projectRoot, 'test-results', 'screenshots');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'list-300-1280x800.png') });
  // Another view, and a search, show their lists from the top, however far down it was scrolled.
  await page.getByRole('button', { name: /^Unread/ }).click();
  await expect(page.locator('.list-header h2')).toHaveText('Unread');
  await expect(list.locator('[role="option"][aria-posinset="1"]')).toBeVisible();
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.getByLabel('Search articles').fill('seeded');
  await expect(page.locator('.list-header .count')).toHaveText('300');
  await expect(list.locator('[role="option"][aria-posinset="1"]')).toBeVisible();
});

test('search results come a page at a time, the next ones as the list scrolls', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const list = page.getByRole('listbox', { name: 'Article list' });
  await expect(list.getByRole('option').first()).toBeVisible();
  const box = page.getByLabel('Search articles');
  const count = page.locator('.list-header .count');
  // Select all takes every result, the pages not loaded yet too.
  await box.fill('seeded');
  await expect(count).toHaveText('300');
  await list.getByRole('option').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.getByRole('toolbar', { name: 'Selected articles' })).toContainText(
    '300 selected',
  );

  await box.fill('harbour');
  await expect(page.locator('.list-header h2')).toHaveText('Search');
  await expect(count).toHaveText('300');
  const last = list.locator('[role="option"][aria-posinset="300"]');
  for (let i = 0; i < 20; i++) {
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(100);
    if (await last.count()) break;
  }
  await expect(last).toBeVisible();
  expect(await list.getByRole('option').count()).toBeLessThan(40);
});
