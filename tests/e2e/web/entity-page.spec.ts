import { expect, testOnHome } from './web-server';
import { homeWithPutin } from './entity-support';
import { screenshots, seriousViolations } from './page-checks';

const test = testOnHome(() => homeWithPutin());

test('the entity page: articles newest first, its company, and notes that persist', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const main = page.getByRole('main', { name: 'Reader' });
  const sidebar = page.getByRole('complementary', { name: 'Entities' });
  await expect(sidebar.getByRole('button', { name: /^Vladimir Putin/ }).first()).toBeVisible();
  // From the sidebar: "Also in N articles" opens the entity's page.
  await sidebar.getByRole('button', { name: 'Also in 2 articles: Vladimir Putin' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Vladimir Putin');
  await expect(main.getByText('Person', { exact: true })).toBeVisible();
  const articles = main.getByRole('region', { name: 'Articles' }).locator('.entity-article-title');
  await expect(articles).toHaveText([
    'Talks in Geneva',
    'Putin and Obama meet again',
    'ISIS Brings Putin, Obama together',
  ]);
  const company = main.getByRole('region', { name: 'Often appears with' });
  await expect(company.getByRole('button', { name: /^Barack Obama/ })).toBeVisible();
  // The list beside it is filtered to the same entity.
  await expect(page.getByRole('listbox', { name: 'Article list' }).getByRole('option')).toHaveCount(
    3,
  );

  // A note; markup in it stays text, and an entity: link leads to that entity's page.
  const box = main.getByLabel('Write a note on Vladimir Putin');
  await box.fill('<b>not bold</b> met [Obama](<entity:Barack Obama>) in *Paris*');
  await main.getByRole('button', { name: 'Add note' }).click();
  const note = main.locator('.entity-notes .comment-body');
  await expect(note).toContainText('<b>not bold</b> met Obama in Paris');
  await expect(note.locator('b')).toHaveCount(0);
  await expect(note.locator('em')).toHaveText('Paris');
  await expect(main.getByRole('button', { name: 'Add note' })).toBeDisabled();

  // An empty note cannot be sent.
  await box.fill('   ');
  await expect(main.getByRole('button', { name: 'Add note' })).toBeDisabled();

  expect(await seriousViolations(page)).toEqual([]);
  await box.blur();
  await page.locator('.reader-pane').evaluate((pane) => pane.scrollTo(0, 0));
  await screenshots(page, 'entity-page');

  await note.getByRole('link', { name: 'Obama' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Barack Obama');

  // After a reload, the nav's top people lead back, and the note is there.
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('region', { name: 'People' })
    .getByRole('button', { name: /^Vladimir Putin/ })
    .click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Vladimir Putin');
  await expect(main.locator('.entity-notes .comment-body')).toContainText('<b>not bold</b>');

  // Edit, delete with undo.
  await main.locator('.entity-notes').getByRole('button', { name: 'Edit' }).click();
  await main.getByLabel('Edit note').fill('Edited note');
  await main.getByRole('button', { name: 'Save' }).click();
  await expect(main.locator('.entity-notes .comment-body')).toHaveText('Edited note');
  await expect(main.locator('.entity-notes')).toContainText('edited');
  await main.locator('.entity-notes').getByRole('button', { name: 'Delete' }).click();
  await expect(main.locator('.entity-notes .comment-body')).toHaveCount(0);
  await main.getByRole('button', { name: 'Undo' }).click();
  await expect(main.locator('.entity-notes .comment-body')).toHaveText('Edited note');

  // Opening an article from the page shows it in the reader.
  await articles.filter({ hasText: 'Talks in Geneva' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Talks in Geneva');
});

test('corrections: rename, change type, merge by type-ahead, split an alias, hide; all persist', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const main = page.getByRole('main', { name: 'Reader' });
  const sidebar = page.getByRole('complementary', { name: 'Entities' });
  const h1 = main.getByRole('heading', { level: 1 });
  const openPage = async (name: string | RegExp) => {
    await sidebar.getByRole('button', { name }).click();
    await expect(main.locator('.entity-page-header')).toBeVisible();
  };
  const actions = main.getByRole('toolbar', { name: 'Correct this entity' });

  // Rename.
  await openPage('Notes & details: White House');
  await actions.getByRole('button', { name: 'Rename' }).click();
  await main.getByLabel('New name').fill('The White House');
  await main.getByRole('button', { name: 'Rename', exact: true }).last().click();
  await expect(h1).toHaveText('The White House');
  // The navigation's top entities follow without a reload.
  await expect(
    page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('region', { name: 'Organisations' }),
  ).toContainText('The White House');

  // Change type.
  await page.getByRole('option', { name: /ISIS Brings Putin/ }).click();
  await openPage('Notes & details: Group of 20');
  await actions.getByRole('button', { name: 'Change type' }).click();
  await main.getByLabel('Type').selectOption('place');
  await main.getByRole('button', { name: 'Change type' }).last().click();
  await expect(main.locator('.entity-kind')).toHaveText('Place');

  // Merge Moscow into Russia, chosen by type-ahead.
  await page.getByRole('option', { name: /ISIS Brings Putin/ }).click();
  await openPage(/^Also in \d+ articles?: Moscow$/);
  await actions.getByRole('button', { name: 'Merge into…' }).click();
  const picker = main.getByRole('combobox', { name: 'Merge into' });
  await picker.fill('rus');
  await expect(main.getByRole('option', { name: /Russia/ })).toBeVisible();
  await screenshots(page, 'entity-merge');
  expect(await seriousViolations(page)).toEqual([]);
  await picker.press('ArrowDown');
  await picker.press('ArrowUp');
  await picker.press('Enter');
  await main.getByRole('button', { name: 'Merge into Russia' }).click();
  await expect(h1).toHaveText('Russia');
  await expect(main.getByRole('region', { name: 'Articles' }).locator('li')).toHaveCount(2);

  // Split "ISIL" off Islamic State.
  await page.getByRole('option', { name: /ISIS Brings Putin/ }).click();
  await openPage('Notes & details: Islamic State');
  await actions.getByRole('button', { name: 'Split an alias off' }).click();
  await main.getByLabel('Alias').selectOption('ISIL');
  await main.getByLabel('Name of the new entity').fill('ISIL (old name)');
  await main.getByRole('button', { name: 'Split off' }).click();
  await expect(main.locator('.entity-page-meta')).not.toContainText('ISIL');

  // Hide France, undo, hide again.
  await page.getByRole('option', { name: /ISIS Brings Putin/ }).click();
  await openPage('Notes & details: France');
  await actions.getByRole('button', { name: 'Hide' }).click();
  await main.getByRole('button', { name: 'Hide', exact: true }).last().click();
  await expect(main.getByText('“France” is hidden.')).toBeVisible();
  await main.getByRole('button', { name: 'Undo' }).click();
  await expect(h1).toHaveText('France');
  await actions.getByRole('button', { name: 'Hide' }).click();
  await main.getByRole('button', { name: 'Hide', exact: true }).last().click();
  await expect(main.getByText('“France” is hidden.')).toBeVisible();

  // Every correction is there after a reload.
  await page.reload();
  await page.getByRole('option', { name: /ISIS Brings Putin/ }).click();
  await expect(sidebar.getByRole('button', { name: /^The White House/ }).first()).toBeVisible();
  await expect(sidebar.getByRole('button', { name: /^ISIL \(old name\)/ }).first()).toBeVisible();
  await expect(sidebar.getByRole('button', { name: /^Moscow/ })).toHaveCount(0);
  await expect(sidebar.getByRole('button', { name: /^France/ })).toHaveCount(0);
  const places = sidebar.locator('.entity-group').filter({ hasText: 'Places' });
  await expect(places.getByRole('button', { name: /^Group of 20/ }).first()).toBeVisible();
  await openPage(/^Also in \d+ articles?: Russia$/);
  await expect(main.getByRole('region', { name: 'Articles' }).locator('li')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);

  // Settings lists what was hidden, and shows it again.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('list', { name: 'Hidden entities' })).toContainText('France');
  await screenshots(page, 'settings-hidden-entities');
  await settings.getByRole('button', { name: 'Show France again' }).click();
  await expect(settings.getByRole('list', { name: 'Hidden entities' })).toHaveCount(0);
  await settings.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('option', { name: /ISIS Brings Putin/ }).click();
  await expect(sidebar.getByRole('button', { name: /^France/ }).first()).toBeVisible();
});

test('going on to another entity before the last one has loaded: the late answer is ignored', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const main = page.getByRole('main', { name: 'Reader' });
  const h1 = main.getByRole('heading', { level: 1 });
  await page
    .getByRole('complementary', { name: 'Entities' })
    .getByRole('button', { name: 'Also in 2 articles: Vladimir Putin' })
    .click();
  await expect(h1).toHaveText('Vladimir Putin');

  // Barack Obama's page answers late; Paris, asked for after it, answers at once.
  let lateAnswered!: () => void;
  const late = new Promise<void>((resolve) => (lateAnswered = resolve));
  await page.route('**/api/entities.get', async (route) => {
    const { id } = route.request().postDataJSON() as { id: string };
    if (!/obama/i.test(id)) return route.continue();
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.fulfill({ response });
    lateAnswered();
  });
  const company = main.getByRole('region', { name: 'Often appears with' });
  await company.getByRole('button', { name: /^Barack Obama/ }).click();
  await company.getByRole('button', { name: /^Paris/ }).click();
  await expect(h1).toHaveText('Paris');
  await late;
  // Obama's answer came in after Paris's: the page (and the list's filter) stay on Paris.
  await page.waitForTimeout(300);
  await expect(h1).toHaveText('Paris');
  await expect(main.getByLabel('Write a note on Paris')).toBeVisible();
});

test('a note whose edit cannot be saved stays open with the text written', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const main = page.getByRole('main', { name: 'Reader' });
  await page
    .getByRole('complementary', { name: 'Entities' })
    .getByRole('button', { name: 'Also in 2 articles: Vladimir Putin' })
    .click();
  await main.getByLabel('Write a note on Vladimir Putin').fill('First thoughts');
  await main.getByRole('button', { name: 'Add note' }).click();
  const notes = main.locator('.entity-notes');
  await expect(notes.locator('.comment-body')).toHaveText('First thoughts');

  // The library refuses the edit (as a second, read-only window would).
  await page.route('**/api/entityNotes.edit', (route) =>
    route.fulfill({
      json: { ok: false, error: { code: 'read-only', message: 'The library is open read-only.' } },
    }),
  );
  await notes.getByRole('button', { name: 'Edit' }).click();
  await main.getByLabel('Edit note').fill('Second thoughts, at length');
  await main.getByRole('button', { name: 'Save' }).click();
  await expect(notes.getByText('The library is open read-only.')).toBeVisible();
  await expect(main.getByLabel('Edit note')).toHaveValue('Second thoughts, at length');

  // Once it can be saved, it is.
  await page.unroute('**/api/entityNotes.edit');
  await main.getByRole('button', { name: 'Save' }).click();
  await expect(notes.locator('.comment-body')).toHaveText('Second thoughts, at length');
  await expect(notes.getByText('The library is open read-only.')).toHaveCount(0);
});
