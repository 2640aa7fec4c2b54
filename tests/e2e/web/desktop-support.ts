// Shared by the desktop-UI specs: a home with a long article, and reaching a control by Tab.
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliPath, seededHome } from './web-server';

export const LONG_TITLE = 'A long walk along the harbour';

/** `seededHome(count)` plus one long Markdown article, the newest, to scroll through. */
export function homeWithLongArticle(count: number): string {
  const home = seededHome(count);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-e2e-long-'));
  const file = path.join(dir, 'long-walk.md');
  const paragraphs = Array.from(
    { length: 60 },
    (_, i) =>
      `Paragraph ${i + 1}. The tide came in slowly along the old harbour wall, and the ` +
      `fishermen mended their nets while the gulls argued over the morning catch.`,
  );
  writeFileSync(file, `# ${LONG_TITLE}\n\n${paragraphs.join('\n\n')}\n`);
  const result = spawnSync(process.execPath, [cliPath, '--home', home, 'add', file], {
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(result.stderr);
  return home;
}

/** Tab until `name`d element has focus: reaching it by keyboard alone is part of the proof. */
export async function tabTo(page: Page, accessibleName: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
    });
    if (name === accessibleName) return;
  }
  throw new Error(`Tab never reached "${accessibleName}"`);
}
