// One benchmark size, start to end: seed a temp home, build its search index, then each
// measurement in turn. A measurement that fails leaves its fields null with the reason.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { afterStartup } from '../src/main/after-startup';
import { homeLayout } from '../src/main/library/home';
import { Library } from '../src/main/library/library';
import { workers } from '../src/main/paths';
import { measureWebMode } from './browser/web-mode';
import { seedHome } from './corpus/seed-home';
import type { Corpus } from './corpus/synthetic-corpus';
import { loopbackOnly, startLoopbackServer } from './loopback-server';
import { measureCapture } from './measure/capture';
import { coldOpenMs } from './measure/cold-open';
import { measureFeedRefresh } from './measure/feed-refresh';
import { measureLibraryOps } from './measure/library-ops';
import { measureNaiveStore } from './measure/naive-lowdb';
import { measureSearch, typedWords } from './measure/search-latency';
import { emptyResult, type SizeResult } from './results-shape';

export interface SizeOptions {
  corpus: Corpus;
  /** null: the painted measurements are skipped (reason given). */
  browser: Browser | null;
  /** Why there is no browser, for the notes. */
  noBrowser: string;
  log: (line: string) => void;
}

async function step(
  r: SizeResult,
  name: string,
  log: (l: string) => void,
  run: () => Promise<void>,
) {
  const started = performance.now();
  try {
    await run();
    log(`  ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    r.notes[name] = `failed: ${(error as Error).message.split('\n')[0]}`;
    log(`  ${name}: FAILED ${(error as Error).stack ?? String(error)}`);
  }
}

async function inProcess(r: SizeResult, home: string, ids: string[], o: SizeOptions) {
  const lib = await Library.open({ home, workers, allowFetch: loopbackOnly });
  // As the app and web mode do: parsers warmed, then one full collection. Measured once it is done,
  // as a person's actions come after start-up settled; before, the engine row timed queries while
  // the Library was still loading and building its indexes in the same process.
  await afterStartup(lib);
  const server = await startLoopbackServer();
  try {
    await step(r, 'search', o.log, async () => {
      const s = await measureSearch(lib, ids, o.corpus);
      r.searchP50Ms = s.engine.p50;
      r.searchP95Ms = s.engine.p95;
      r.searchOperationP95Ms = s.operation.p95;
      r.searchOperation50P95Ms = s.operation50.p95;
      r.linearScanP50Ms = s.linearScan.p50;
      r.linearScanP95Ms = s.linearScan.p95;
    });
    await step(r, 'library ops', o.log, async () => {
      const ops = await measureLibraryOps(lib, ids);
      r.firstOpenArticleMs = ops.firstOpenMs;
      r.openArticleP50Ms = ops.openArticle.p50;
      r.openArticleP95Ms = ops.openArticle.p95;
      r.commentP50Ms = ops.comment.p50;
      r.commentP95Ms = ops.comment.p95;
      r.tagP50Ms = ops.tag.p50;
      r.tagP95Ms = ops.tag.p95;
      r.markReadP50Ms = ops.markRead.p50;
      r.markReadP95Ms = ops.markRead.p95;
    });
    await step(r, 'capture', o.log, async () => {
      const c = await measureCapture(lib, server);
      r.capturePagesPerSec = c.pagesPerSec;
      if (c.errors.length) r.notes.capturePagesPerSec = `${c.errors.length} failed: ${c.errors[0]}`;
    });
    await step(r, 'feed refresh', o.log, async () => {
      const f = await measureFeedRefresh(lib, server);
      r.feedRefresh200Ms = f.totalMs;
      r.feedMaxStallMs = f.maxStallMs;
      r.feedItemsAdded = f.itemsAdded;
      if (f.failed) r.notes.feedRefresh200Ms = `${f.failed} of ${f.feeds} feeds failed`;
    });
  } finally {
    await server.close();
    await lib.shutdown();
  }
}

export async function measureSize(size: number, o: SizeOptions): Promise<SizeResult> {
  const r = emptyResult(size);
  const home = mkdtempSync(path.join(os.tmpdir(), `broadsheet-bench-${size}-`));
  const emptyHome = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-bench-0-'));
  o.log(`${size.toLocaleString()} articles in ${home}`);
  try {
    await seedHome(emptyHome, 0, o.corpus);
    const seeded = await seedHome(home, size, o.corpus);
    r.seedMs = seeded.seedMs;
    o.log(
      `  seed: ${(seeded.seedMs / 1000).toFixed(1)} s, ${(seeded.bodyBytes / 1e6).toFixed(0)} MB of bodies`,
    );
    await step(r, 'index build', o.log, async () => {
      const started = performance.now();
      const lib = await Library.open({ home, workers });
      await lib.search().whenReady();
      await lib.shutdown();
      r.indexBuildMs = performance.now() - started;
    });
    await step(r, 'naive lowdb', o.log, async () => {
      const naive = await measureNaiveStore(homeLayout(home), seeded.bodyBytes);
      r.naiveLowdbWriteMs = naive.metadataWriteMs;
      r.naiveLowdbMb = naive.metadataMb;
      r.naiveLowdbWithBodiesWriteMs = naive.withBodiesWriteMs;
      if (naive.withBodiesNote) r.notes.naiveLowdbWithBodiesWriteMs = naive.withBodiesNote;
    });
    await step(r, 'cold open', o.log, async () => {
      r.coldOpenMs = await coldOpenMs(home);
      r.coldOpenEmptyMs = await coldOpenMs(emptyHome);
    });
    if (o.browser) {
      const browser = o.browser;
      await step(r, 'web mode', o.log, async () => {
        const w = await measureWebMode(home, typedWords(o.corpus).slice(0, 6), browser);
        r.coldOpenPaintedMs = w.coldOpenPaintedMs;
        r.openArticlePaintedP95Ms = w.openArticlePainted.p95;
        r.searchPaintedP95Ms = w.searchPainted.p95;
        r.scrollFps = w.scrollFps;
        r.scrollDroppedFrames = w.droppedFrames;
        r.libraryRssMb = w.libraryRssMb;
        r.rendererRssMb = w.rendererRssMb;
        r.notes.scrollFps = `${w.droppedFrames} dropped frames in 5 s; list scrolled to row ${w.scrolledRows}`;
      });
    } else {
      for (const k of [
        'coldOpenPaintedMs',
        'openArticlePaintedP95Ms',
        'searchPaintedP95Ms',
        'scrollFps',
        'libraryRssMb',
        'rendererRssMb',
      ]) {
        r.notes[k] = o.noBrowser;
      }
    }
    await inProcess(r, home, seeded.ids, o);
  } finally {
    rmSync(home, { recursive: true, force: true });
    rmSync(emptyHome, { recursive: true, force: true });
  }
  return r;
}
