import { expect, homeWithTexts, testOnHome } from './web-server';

const ARTICLES = 90;

/** Articles whose matching word is far into the body: only a snippet shows it, not the excerpt. */
const homeWithLateWords = () =>
  homeWithTexts(
    Array.from(
      { length: ARTICLES },
      (_, i) =>
        `Report ${i + 1}\n\n${`Quiet paragraph about the weather in town ${i + 1}. `.repeat(30)}\n\nAt last the lighthouse keeper waved.`,
    ),
  );

const test = testOnHome(homeWithLateWords);

test.describe.configure({ timeout: 120_000 });

test('every result shows its snippet, the first screen at once and the rest when scrolled to', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const list = page.getByRole('listbox', { name: 'Article list' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await page.getByLabel('Search articles').fill('lighthouse');
  await expect(page.locator('.list-header .count')).toHaveText(String(ARTICLES));
  const snippetOf = (n: number) =>
    list.locator(`[role="option"][aria-posinset="${n}"] mark`, { hasText: 'lighthouse' });
  await expect(snippetOf(1)).toBeVisible();
  // Past the first page (and the second), each row still has the words around its match.
  for (const n of [30, ARTICLES]) {
    const row = list.locator(`[role="option"][aria-posinset="${n}"]`);
    for (let i = 0; i < 20 && !(await row.count()); i++) {
      await list.evaluate((el) => el.scrollBy(0, el.clientHeight));
      await page.waitForTimeout(100);
    }
    await expect(snippetOf(n)).toBeVisible();
  }
});
