import { expect, testOnHome } from './web-server';
import { homeWithLongArticle } from './desktop-support';
import { seriousViolations, shoot } from './page-checks';

const test = testOnHome(() => homeWithLongArticle(250));

// Seeding 250 articles through the CLI is part of the test's time.
test.describe.configure({ timeout: 240_000 });

const SIZES = [
  [1280, 800],
  [1920, 1080],
] as const;

test('screens with the sample open, the palette, the row menu and the bulk bar', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const reader = page.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'ISIS Brings Putin, Obama together',
  );
  await expect(page.locator('.list-header .count')).toHaveText('252');
  await expect(page.getByRole('complementary', { name: 'Entities' })).toBeVisible();

  // With the theme following the system, a switch of the system's mode shows at once.
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).not.toBe(light);
  expect(await seriousViolations(page)).toEqual([]);

  const rows = page.getByRole('listbox', { name: 'Article list' }).getByRole('option');
  for (const [width, height] of SIZES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const name = (what: string) => `desktop-${what}-${width}x${height}-${colorScheme}`;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await shoot(page, name('sample'));

      await page.keyboard.press('Control+k');
      await page.keyboard.type('st');
      await shoot(page, name('palette'));
      await page.keyboard.press('Escape');

      await rows.nth(2).click({ button: 'right', position: { x: 120, y: 30 } });
      await expect(page.getByRole('menu')).toBeVisible();
      await shoot(page, name('row-menu'));
      await page.keyboard.press('Escape');

      await rows.nth(1).click({ modifiers: ['Control'] });
      await rows.nth(3).click({ modifiers: ['Shift'] });
      await expect(page.getByRole('toolbar', { name: 'Selected articles' })).toBeVisible();
      await shoot(page, name('bulk'));
      if (width === 1280) expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await shoot(page, 'desktop-shortcuts-1920x1080-dark');
});
