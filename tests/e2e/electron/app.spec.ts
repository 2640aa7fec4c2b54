// The desktop app itself, through Playwright's Electron driver. Electron's binary is not part of the
// npm package; where it is missing these tests skip with one line saying so.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

function electronBinary(): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(bin) ? bin : null;
}

const binary = electronBinary();
const SKIP_REASON =
  "Electron's binary is not installed here (npx install-electron); desktop tests skipped.";

test.skip(!binary, SKIP_REASON);

test('the desktop app opens on the sample article, sandboxed', async () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [root, '--no-sandbox'],
    env: { ...process.env, BROADSHEET_HOME: home },
  });
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
