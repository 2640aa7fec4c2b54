import { expect, testOnHome } from './web-server';
import { homeWithPutin } from './entity-support';
import { screenshots, seriousViolations } from './page-checks';

const test = testOnHome(() => homeWithPutin());

test('filter by several tags: click one, Ctrl-click to add or remove', async ({ page, app }) => {
  await page.goto(app.url);
  const nav = page.getByRole('navigation', { name: 'Library' });
  const tags = nav.getByRole('region', { name: 'Tags' });
  const rows = page.getByRole('listbox', { name: 'Article list' }).getByRole('option');
  const title = page.locator('.list-header h2');

  await tags.getByRole('button', { name: /^# world/ }).click();
  await expect(rows).toHaveCount(2);
  await expect(title).toHaveText('# world');
  await tags.getByRole('button', { name: /^# russia/ }).click({ modifiers: ['ControlOrMeta'] });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Putin and Obama meet again');
  await expect(title).toHaveText('# world + # russia');
  await expect(tags.locator('[aria-current="page"]')).toHaveCount(2);

  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, 'tag-filter');

  // Ctrl-click again takes a tag out of the filter; a plain click keeps only that one.
  await tags.getByRole('button', { name: /^# world/ }).click({ modifiers: ['ControlOrMeta'] });
  await expect(title).toHaveText('# russia');
  await expect(rows).toHaveCount(1);
  await tags.getByRole('button', { name: /^# world/ }).click();
  await expect(rows).toHaveCount(2);

  // By keyboard: Ctrl/Cmd+Enter on a tag adds it, as Ctrl/Cmd-click does.
  await tags.getByRole('button', { name: /^# russia/ }).focus();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(title).toHaveText('# world + # russia');
});

test('rename, merge and delete a tag from the navigation; it holds after a reload', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const nav = page.getByRole('navigation', { name: 'Library' });
  const tags = nav.getByRole('region', { name: 'Tags' });
  const rows = page.getByRole('listbox', { name: 'Article list' }).getByRole('option');
  const tagNames = () => tags.locator('.nav-item span:first-child').allTextContents();
  const tagActions = (name: string) =>
    tags
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: new RegExp(`^# ${name} `) }) })
      .getByRole('button', { name: 'Tag actions' });

  // Rename "russia" to a new name; the filter on it follows.
  await tags.getByRole('button', { name: /^# russia/ }).click();
  await tagActions('russia').click();
  await page.getByRole('menuitem', { name: 'Rename or merge…' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Rename “russia” to').fill('kremlin');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect.poll(tagNames).toEqual(['# world', '# kremlin']);
  await expect(page.locator('.list-header h2')).toHaveText('# kremlin');
  await expect(rows).toHaveCount(1);

  // Renaming onto an existing tag merges the two.
  await tagActions('world').click();
  await page.getByRole('menuitem', { name: 'Rename or merge…' }).click();
  await page.getByLabel('Rename “world” to').fill('Kremlin');
  await expect(page.getByText('“kremlin” exists')).toBeVisible();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect.poll(tagNames).toEqual(['# kremlin']);
  await expect(tags.getByRole('button', { name: /^# kremlin/ })).toContainText('2');

  // Delete it everywhere; the articles stay.
  await tagActions('kremlin').click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  await expect(page.getByText('Remove “kremlin” from 2 articles?')).toBeVisible();
  await page.getByRole('button', { name: 'Delete tag' }).click();
  await expect(tags).toHaveCount(0);
  await expect(rows).toHaveCount(3);

  await page.reload();
  await expect(rows).toHaveCount(3);
  await expect(nav.getByRole('region', { name: 'Tags' })).toHaveCount(0);
  await expect(page.locator('.row-extra .chip')).toHaveCount(0);
});
