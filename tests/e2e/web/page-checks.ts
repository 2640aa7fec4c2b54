// What the web specs check on a page besides behaviour: axe's serious violations, and
// screenshots for a person to look at.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './web-server';

/** axe's serious and critical violations on the page as it is now, one line each. */
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

/**
 * Where screenshots go: test-results/screenshots, which every Playwright run empties, unless
 * BROADSHEET_SCREENSHOTS (or SCREENSHOTS_DIR) names a folder of one's own to keep them in.
 */
function screenshotsDir(): string {
  const dir =
    process.env.BROADSHEET_SCREENSHOTS ??
    process.env.SCREENSHOTS_DIR ??
    path.join(projectRoot, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** One screenshot of the page as it is, NAME.png. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotsDir(), `${name}.png`) });
}

/** Screenshots at 1280×800 in the light and the dark scheme, named NAME-light.png / -dark.png. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const dir = screenshotsDir();
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: path.join(dir, `${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
