// The painted measurements: `broadsheet serve` on the seeded home (a fresh process), Debian's
// Chromium driven by Playwright. Cold open to the list painted, scrolling, opening articles,
// keystroke to search results painted, and the memory of both processes at the end.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/chromium';
import { spread, type Spread } from '../measure/percentiles';
import { rendererRssMb, rssMb } from '../measure/process-memory';
import {
  firstListPaintedAt,
  forgetSearches,
  installPaintProbe,
  installSearchProbe,
  openRowPaintedMs,
  scrollFrames,
  searchPaintedMs,
} from './page-probes';

const cli = path.resolve(import.meta.dirname, '..', '..', 'bin', 'broadsheet.js');
const FRAME_MS = 1000 / 60;

/** Quiet time before the Library's memory is read. */
const REST_BEFORE_MEMORY_MS = 6000;
export interface WebModeResult {
  coldOpenPaintedMs: number;
  openArticlePainted: Spread;
  searchPainted: Spread;
  scrollFps: number;
  droppedFrames: number;
  scrolledRows: number;
  libraryRssMb: number | null;
  rendererRssMb: number | null;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
}

function serve(home: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [cli, '--home', home, 'serve'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Wait until web mode's search index is loaded (the search operation stops saying "indexing"). */
async function searchReady(url: string, timeoutMs: number): Promise<void> {
  const parsed = new URL(url);
  const token = parsed.hash.replace('#token=', '');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await fetch(`${parsed.origin}/api/search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'the', limit: 1 }),
    });
    const body = (await res.json()) as { ok: boolean; result?: { indexing: boolean } };
    if (body.ok && body.result && !body.result.indexing) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the search index was not ready in time');
}

async function measureScroll(page: Page) {
  const stamps = await page.evaluate(scrollFrames, { pxPerFrame: 200, ms: 5000 });
  const seconds = (stamps[stamps.length - 1] - stamps[0]) / 1000;
  let dropped = 0;
  for (let i = 1; i < stamps.length; i++) {
    dropped += Math.max(0, Math.round((stamps[i] - stamps[i - 1]) / FRAME_MS) - 1);
  }
  const rows = await page
    .locator('[role="listbox"] [role="option"]')
    .last()
    .getAttribute('aria-posinset');
  return { fps: (stamps.length - 1) / seconds, dropped, rows: Number(rows ?? 0) };
}

async function measureOpen(page: Page): Promise<number[]> {
  await page.evaluate(() => document.querySelector('.article-list')?.scrollTo(0, 0));
  await page.waitForTimeout(300);
  const times: number[] = [];
  // 40 timed opens: the p95 of 10 was their slowest, one stall of a loaded machine.
  for (let i = 0; i < 42; i++) times.push(await page.evaluate(openRowPaintedMs, 1 + (i % 6)));
  return times.slice(2); // the first opens warm up the reader's code paths
}

async function measureTyping(page: Page, words: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  const box = page.locator('#search');
  for (const word of words) {
    await box.fill('');
    await box.focus();
    await page.evaluate(forgetSearches);
    for (let n = 1; n <= word.length; n++) {
      await page.keyboard.type(word[n - 1]);
      const query = word.slice(0, n);
      const handle = await page.waitForFunction(searchPaintedMs, query, { timeout: 10_000 });
      times.push((await handle.jsonValue()) as number);
      await page.waitForTimeout(120); // a person's pace: every keystroke's results show
    }
  }
  await box.fill('');
  return times;
}

export async function measureWebMode(
  home: string,
  typed: readonly string[],
  browser: Browser,
): Promise<WebModeResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx names functions with a helper the page does not have; give the page one.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await context.addInitScript(installSearchProbe);
  await context.addInitScript(installPaintProbe);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('requestfailed', (r) => pageErrors.push(`${r.url()}: ${r.failure()?.errorText}`));
  // On the epoch's clock, as the page reports when the list was on screen.
  const started = performance.timeOrigin + performance.now();
  const server = serve(home);
  try {
    const url = await server.url;
    await page.goto(url);
    await page
      .locator('[role="listbox"] [role="option"]')
      .first()
      .waitFor({ timeout: 120_000 })
      .catch((error: Error) => {
        throw new Error(
          `${error.message.split('\n')[0]} (page: ${pageErrors.join('; ') || 'no errors'})`,
        );
      });
    const coldOpenPaintedMs = (await page.evaluate(firstListPaintedAt)) - started;
    await searchReady(url, 30 * 60_000);
    const scroll = await measureScroll(page);
    const open = await measureOpen(page);
    const typing = await measureTyping(page, typed);
    // Memory as the app sits between actions: the serve process's housekeeping (parsers warmed,
    // one full collection) waits for 2 s without calls (src/main/after-startup.ts).
    await new Promise((resolve) => setTimeout(resolve, REST_BEFORE_MEMORY_MS));
    return {
      coldOpenPaintedMs,
      openArticlePainted: spread(open),
      searchPainted: spread(typing),
      scrollFps: scroll.fps,
      droppedFrames: scroll.dropped,
      scrolledRows: scroll.rows,
      libraryRssMb: server.child.pid ? rssMb(server.child.pid) : null,
      rendererRssMb: rendererRssMb(),
    };
  } finally {
    await context.close();
    await stop(server.child);
  }
}
