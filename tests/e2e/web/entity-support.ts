// Shared by the entity, comments and tag end-to-end tests: a home with the sample and two short
// articles that mention the same people, screenshots in both schemes, and the axe check.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliPath, projectRoot } from './web-server';

const ARTICLES: [string, string, string[]][] = [
  [
    'summit.txt',
    'Putin and Obama meet again\n\nVladimir Putin and Barack Obama spoke in Paris on Monday. Putin later flew to Moscow.',
    ['world', 'russia'],
  ],
  [
    'talks.txt',
    'Talks in Geneva\n\nVladimir Putin sent a letter to the United Nations in Geneva about Syria.',
    ['world'],
  ],
];

/** The sample plus two articles mentioning Vladimir Putin, tagged, made with the CLI. */
export function homeWithPutin(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-e2e-'));
  const files = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-e2e-files-'));
  for (const [name, text, tags] of ARTICLES) {
    const file = path.join(files, name);
    writeFileSync(file, text);
    const tagArgs = tags.flatMap((t) => ['--tag', t]);
    const result = spawnSync(process.execPath, [cliPath, '--home', home, 'add', file, ...tagArgs], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
  }
  rmSync(files, { recursive: true, force: true });
  return home;
}

/** Screenshots at 1280×800 in the light and the dark scheme, named NAME-light.png / -dark.png. */
export async function screenshots(page: Page, name: string): Promise<void> {
  // Several people run tests in one checkout, and each run empties test-results/: a folder of
  // one's own keeps the pictures until they are looked at.
  const shots =
    process.env.BROADSHEET_SCREENSHOTS ?? path.join(projectRoot, 'test-results', 'screenshots');
  mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: path.join(shots, `${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Serious or critical axe violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}
