// Electron's binary is not part of its npm package. Where it is installed the desktop specs launch
// the built app on a temp home; where it is not they skip with one line saying so.
import { _electron as electron, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..', '..');

function electronBinary(): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(bin) ? bin : null;
}

const binary = electronBinary();

/** Call at the top of a desktop spec: its tests skip where the binary is missing. */
export function skipWithoutElectron(): void {
  test.skip(
    !binary,
    "Electron's binary is not installed here (npx install-electron); desktop tests skipped.",
  );
}

export function tempHome(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'broadsheet-electron-'));
}

export function launchApp(home: string) {
  return electron.launch({
    executablePath: binary!,
    args: [root, '--no-sandbox'],
    env: { ...process.env, BROADSHEET_HOME: home },
  });
}
