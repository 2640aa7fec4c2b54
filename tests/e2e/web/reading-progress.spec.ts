import { expect, testOnHome } from './web-server';
import { homeWithLongArticle, LONG_TITLE } from './desktop-support';

const test = testOnHome(() => homeWithLongArticle(1));

test('reading progress is remembered and restored', async ({ page, app }) => {
  await page.goto(app.url);
  const reader = page.getByRole('main', { name: 'Reader' });
  await page.getByRole('option', { name: new RegExp(LONG_TITLE) }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(LONG_TITLE);
  // The header shows the reading time.
  await expect(reader.locator('.reader-meta')).toContainText(/\d+ min read/);

  const fraction = () =>
    reader.evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight));
  await reader.evaluate((el) => el.scrollTo(0, (el.scrollHeight - el.clientHeight) / 2));
  await page.waitForTimeout(2000); // saved at most every 1.5 s while scrolling
  await page.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(LONG_TITLE);
  await expect.poll(fraction).toBeGreaterThan(0.45);
  expect(await fraction()).toBeLessThan(0.55);

  // Another article opens at its own place (the top), and coming back restores this one.
  await page.getByRole('option', { name: /Seeded article 1/ }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Seeded article 1');
  await expect.poll(fraction).toBeLessThan(0.05);
  await page.getByRole('option', { name: new RegExp(LONG_TITLE) }).click();
  await expect.poll(fraction).toBeGreaterThan(0.45);
});

test('an article opened at its top is laid out whole right after its first frame', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const reader = page.getByRole('main', { name: 'Reader' });
  await page.getByRole('option', { name: new RegExp(LONG_TITLE) }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(LONG_TITLE);
  // The first frame lays out only the first screen; the scroll bar and the saved progress need
  // the real height, so nothing may stay estimated after it.
  await expect(reader.locator('.reader-body')).not.toHaveClass(/first-screen/);
  const heights = await reader.evaluate((pane) => {
    const before = pane.scrollHeight;
    for (const block of pane.querySelectorAll<HTMLElement>('.reader-body > *'))
      block.style.contentVisibility = 'visible';
    return { before, whole: pane.scrollHeight };
  });
  expect(heights.before).toBe(heights.whole);
});
