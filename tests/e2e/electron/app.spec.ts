// The desktop app itself, through Playwright's Electron driver. Electron's binary is not part of the
// npm package; where it is missing these tests skip with one line saying so.
import { expect, test } from '@playwright/test';
import { launchApp, skipWithoutElectron, tempHome } from './electron-app';

skipWithoutElectron();

test('the desktop app opens on the sample article, sandboxed', async () => {
  const app = await launchApp(tempHome());
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { level: 1 })).toHaveText(
    'ISIS Brings Putin, Obama together',
  );
  await expect(
    window.getByText('Be the first to comment on “ISIS Brings Putin, Obama together”'),
  ).toBeVisible();
  // No Node in the page: the renderer reaches the Library only through the bridge.
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
  await app.close();
});
