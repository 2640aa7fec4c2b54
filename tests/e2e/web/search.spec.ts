import { expect, test } from './web-server';

test('results as you type, with prefixes, typos, filters and marked words', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  const box = page.getByLabel('Search articles');
  await expect(box).toBeFocused();
  // The empty box, focused, reminds of the filters; typing hides the reminder.
  const hint = page.getByText('Filters: tag: feed: entity:');
  await expect(hint).toBeVisible();
  await expect(box).toHaveAccessibleDescription(/Filters: tag:/);
  const list = page.getByRole('listbox', { name: 'Article list' });

  await page.keyboard.type('obam');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.locator('mark').first()).toHaveText(/Obama/);
  await expect(hint).toBeHidden();

  await box.fill('Putn');
  await expect(list.getByRole('option', { name: /ISIS Brings Putin/ })).toBeVisible();

  await box.fill('antalya is:unread');
  await expect(page.getByText('No articles match “antalya is:unread”.')).toBeVisible();

  // No word matches anything, even with a typo ("crossing" would find "closing": when no article
  // has every word, the engine shows those with the most).
  await box.fill('zebra quokka');
  await expect(page.getByText('No articles match “zebra quokka”.')).toBeVisible();

  await box.press('Escape');
  await expect(list.getByRole('option')).toHaveCount(1);
});
