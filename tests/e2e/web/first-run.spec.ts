import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, projectRoot, test } from './web-server';

test('a new home opens on the sample article with an empty comment thread', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const reader = page.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'ISIS Brings Putin, Obama together',
  );
  const paragraphs = reader.locator('.reader-body p');
  await expect(paragraphs).toHaveCount(10);
  await expect(paragraphs.first()).toContainText(
    'US President Barack Obama and Russian President Vladimir Putin',
  );
  // The seed's closing line is the comment prompt, not story text.
  await expect(reader.locator('.reader-body')).not.toContainText('Be the first to comment');
  await expect(
    reader.getByText('Be the first to comment on “ISIS Brings Putin, Obama together”'),
  ).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Article list' }).getByRole('option')).toHaveCount(
    1,
  );

  // The token leaves the address bar once read.
  expect(page.url()).not.toContain('token=');

  const shots = path.join(projectRoot, 'test-results', 'screenshots');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'first-run-1280x800.png') });
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.screenshot({
        path: path.join(shots, `first-run-${width}x${height}-${colorScheme}.png`),
      });
    }
  }
});

test('a comment written in the reader is kept', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Write a comment').fill('Putin and Obama met for 35 minutes.');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(page.locator('.comment-body')).toHaveText('Putin and Obama met for 35 minutes.');
  await page.reload();
  await expect(page.locator('.comment-body')).toHaveText('Putin and Obama met for 35 minutes.');
  await expect(page.getByText('Be the first to comment')).toHaveCount(0);
});
