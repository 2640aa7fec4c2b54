// Capture throughput: the real pages of ../shared/eval/pages served from loopback, each saved
// through the whole pipeline (fetch, extract, sanitise, images, entities, index, store). The clock
// stops when the background work (entities, search index) has caught up too.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Library } from '../../src/main/library/library';
import type { LoopbackServer } from '../loopback-server';

export const evalDir = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'eval');

export interface CaptureResult {
  pages: number;
  saved: number;
  pagesPerSec: number;
  errors: string[];
}

export async function measureCapture(lib: Library, server: LoopbackServer): Promise<CaptureResult> {
  const pagesDir = path.join(evalDir, 'pages');
  const pages = readdirSync(pagesDir).sort();
  for (const name of pages) {
    server.serve(
      `/pages/${name}/`,
      readFileSync(path.join(pagesDir, name, 'source.html')),
      'text/html',
    );
  }
  const errors: string[] = [];
  let saved = 0;
  const started = performance.now();
  for (const name of pages) {
    try {
      await lib.addUrl(server.url(`/pages/${name}/`));
      saved++;
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message}`);
    }
  }
  await lib.idle();
  const seconds = (performance.now() - started) / 1000;
  return { pages: pages.length, saved, pagesPerSec: saved / seconds, errors };
}
