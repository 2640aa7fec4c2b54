import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/chromium';

// Electron's binary is not part of its npm package; say once, up front, when its tests will skip.
const electronPathFile = path.join(import.meta.dirname, 'node_modules', 'electron', 'path.txt');
if (!existsSync(electronPathFile) && !process.env.TEST_WORKER_INDEX) {
  console.log(
    "electron: Electron's binary is not installed (npx install-electron); desktop tests skip.",
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? 'list' : 'line',
  use: { trace: 'off', screenshot: 'off' },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e/web',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
      },
    },
    { name: 'electron', testDir: 'tests/e2e/electron' },
  ],
});
