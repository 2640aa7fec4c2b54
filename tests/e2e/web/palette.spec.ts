import { expect, testOnHome } from './web-server';
import { homeWithLongArticle } from './desktop-support';
import { seriousViolations } from './page-checks';

const test = testOnHome(() => homeWithLongArticle(3));

test('the command palette reaches actions by keyboard alone', async ({ page, app }) => {
  await page.goto(app.url);
  const reader = page.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Type a command' });

  // Open it, see every command with its shortcut, and filter fuzzily.
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await expect(palette.getByRole('option', { name: /Next article/ })).toContainText('j');
  await page.keyboard.type('strths');
  await expect(palette.getByRole('option').first()).toContainText('Star this article');
  await expect(palette.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(reader.getByRole('button', { name: '★ Starred' })).toBeVisible();

  // Export as Markdown downloads the open article.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('export markdown');
  await expect(palette.getByRole('option').first()).toContainText('Export as Markdown');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('isis-brings-putin-obama-together.md');

  // Arrow keys choose among matches; Enter runs the chosen one.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('theme');
  await expect(palette.getByRole('option')).toHaveCount(5); // four themes + search for "theme"
  const options = palette.getByRole('option');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  const labels = await options.allTextContents();
  const dark = labels.findIndex((l) => l.startsWith('Theme: Dark'));
  for (let i = 0; i < dark; i++) await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('option', { name: /Theme: Dark/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // A command that moves focus: the tag field of the open article.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('add a tag');
  await expect(palette.getByRole('option').first()).toContainText('Add a tag…');
  await page.keyboard.press('Enter');
  await expect(reader.getByLabel('Add a tag')).toBeFocused();
  await page.keyboard.type('from-palette');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Tags' })).toContainText('from-palette');
  await page.keyboard.press('Escape');

  // Views: the new tag is offered as a place to go.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('go to tag from');
  await expect(palette.getByRole('option').first()).toContainText('Go to tag # from-palette');
  await page.keyboard.press('Enter');
  await expect(page.locator('.list-header h2')).toHaveText('# from-palette');

  // Any text can be searched for from the palette, even from inside a text field.
  await page.getByLabel('Search articles').focus();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.keyboard.type('gulls');
  await expect(palette.getByRole('option').last()).toContainText('Search articles for “gulls”');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Search articles')).toHaveValue('gulls');
  await expect(page.locator('.list-header h2')).toHaveText('Search');

  // Escape closes it and focus goes back where it was.
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  const row = page.locator('.article-row:focus');
  await expect(row).toHaveCount(1);
  const rowId = await row.getAttribute('id');
  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(page.locator(`#${rowId}`)).toBeFocused();

  // Settings chosen from the palette are kept.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
