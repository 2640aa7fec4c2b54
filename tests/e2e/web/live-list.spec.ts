import { expect, test } from './web-server';

const text = (title: string) =>
  Buffer.from(`${title}\n\n${'A paragraph long enough to read as an article. '.repeat(40)}`);

test('the list follows changes made elsewhere; a row just read stays in Unread', async ({
  page,
  request,
  app,
}) => {
  // Another window (or the schedule) saves articles through the same API.
  const add = (title: string) =>
    request.post(`${app.origin}/api/articles.addFile`, {
      data: { name: `${title}.txt`, contentBase64: text(title).toString('base64') },
      headers: { Authorization: `Bearer ${app.token}` },
    });
  await page.goto(app.url);
  const list = page.getByRole('listbox', { name: 'Article list' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await add('Harbour report');
  await add('Tide tables');
  await expect(list.getByRole('option')).toHaveCount(3);

  const nav = page.getByRole('navigation', { name: 'Library' });
  await nav.getByRole('button', { name: /^Unread/ }).click();
  // The sample was read on the first run.
  await expect(list.getByRole('option')).toHaveCount(2);
  await list.getByRole('option', { name: /Tide tables/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tide tables');
  // Opened means read; the row stays where it is until the person moves on.
  await expect(nav.getByRole('button', { name: /^Unread\s*1/ })).toBeVisible();
  await page.waitForTimeout(1000); // past the list's settle time: nothing may vanish
  await expect(list.getByRole('option')).toHaveCount(2);
  await nav.getByRole('button', { name: /^Starred/ }).click();
  await nav.getByRole('button', { name: /^Unread/ }).click();
  await expect(list.getByRole('option')).toHaveCount(1);
});

test("a view's late answer does not land in the view chosen after it", async ({ page, app }) => {
  await page.goto(app.url);
  const list = page.getByRole('listbox', { name: 'Article list' });
  await expect(list.getByRole('option')).toHaveCount(1);
  const nav = page.getByRole('navigation', { name: 'Library' });

  // Archive's list answers late; Starred, chosen right after, at once.
  let lateAnswered!: () => void;
  const late = new Promise<void>((resolve) => (lateAnswered = resolve));
  await page.route('**/api/articles.list', async (route) => {
    const { archived } = route.request().postDataJSON() as { archived?: boolean };
    if (!archived) return route.continue();
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // The archive as the late answer has it: one article.
    const body = (await response.json()) as { result: { items: unknown[] } };
    const sample = await (
      await route.fetch({ postData: JSON.stringify({ archived: false, limit: 1 }) })
    ).json();
    await route.fulfill({
      response,
      json: { ...body, result: { total: 1, items: (sample as typeof body).result.items } },
    });
    lateAnswered();
  });
  await nav.getByRole('button', { name: /^Archive/ }).click();
  await nav.getByRole('button', { name: /^Starred/ }).click();
  await expect(page.locator('.list-header .count')).toHaveText('0');
  await late;
  await page.waitForTimeout(300);
  await expect(list.getByRole('option')).toHaveCount(0);
});
