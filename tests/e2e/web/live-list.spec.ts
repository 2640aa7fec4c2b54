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
