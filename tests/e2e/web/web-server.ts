// Starts `broadsheet serve` on a temp home, the way a person would, and hands the printed URL to tests.
import { test as base } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const cliPath = path.join(projectRoot, 'bin', 'broadsheet.js');

export interface ServedApp {
  url: string;
  origin: string;
  token: string;
  home: string;
  stop(): Promise<void>;
}

/** A home with the sample and one article per text (its first line the title), added in order
 * with the CLI as a person would. */
export function homeWithTexts(texts: string[]): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-e2e-'));
  const files = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-e2e-files-'));
  const names = texts.map((text, i) => {
    const name = path.join(files, `article-${String(i + 1).padStart(4, '0')}.txt`);
    writeFileSync(name, text);
    return name;
  });
  for (let i = 0; i < names.length; i += 200) {
    const result = spawnSync(
      process.execPath,
      [cliPath, '--home', home, 'add', ...names.slice(i, i + 200)],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(result.stderr);
  }
  rmSync(files, { recursive: true, force: true });
  return home;
}

/** A home with the sample and `count` more articles. */
export function seededHome(count: number): string {
  return homeWithTexts(
    Array.from(
      { length: count },
      (_, i) =>
        `Seeded article ${i + 1}\n\n${`Paragraph about topic ${(i + 1) % 7} in the harbour town. `.repeat(40)}`,
    ),
  );
}

export async function serve(home?: string): Promise<ServedApp> {
  const dir = home ?? mkdtempSync(path.join(os.tmpdir(), 'broadsheet-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [cliPath, '--home', dir, 'serve'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    home: dir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!home) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A test with a web-mode app on a home made by `makeHome` (a fresh empty one when not given). */
export function testOnHome(makeHome?: () => string) {
  return base.extend<{ app: ServedApp }>({
    // Playwright reads the fixture list from the first argument, so it must be an object pattern.
    // eslint-disable-next-line no-empty-pattern
    app: async ({}, use) => {
      const app = await serve(makeHome?.());
      await use(app);
      await app.stop();
    },
  });
}

/** A test with a fresh web-mode app on its own temp home. */
export const test = testOnHome();

export { expect } from '@playwright/test';
