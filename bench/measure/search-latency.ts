// Search as you type: every prefix of a set of words (common, rare, names), as someone typing them.
// Timed three ways over the same library: the engine itself (the saved index loaded here, as the
// search worker holds it), the search operation the UI calls (worker round trip, filters, snippets
// of the first 200 results), and the naive comparison, a linear scan over every title and body.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Library } from '../../src/main/library/library';
import { loadIndex } from '../../src/main/library/search/index-files';
import { seeded, type Corpus } from '../corpus/synthetic-corpus';
import { spread, timeEach, type Spread } from './percentiles';

export interface SearchLatency {
  engine: Spread;
  operation: Spread;
  /** The same operation asking for 50 results instead of the 200 the UI asks for. */
  operation50: Spread;
  linearScan: Spread;
  engineLoadMs: number;
}

/** The words typed: a spread of frequencies (the vocabulary is Zipf-ordered) and two names. */
export function typedWords(corpus: Corpus): string[] {
  const r = seeded(42);
  const pick = (from: number, to: number) =>
    corpus.vocabulary[from + Math.floor(r() * (to - from))];
  return [
    ...Array.from({ length: 5 }, () => pick(0, 100)),
    ...Array.from({ length: 8 }, () => pick(100, 2000)),
    ...Array.from({ length: 8 }, () => pick(2000, 50_000)),
    'obama',
    'putin',
  ];
}

/** Every prefix of each word, one letter at a time. */
export function prefixesOf(words: readonly string[]): string[] {
  return words.flatMap((w) => Array.from({ length: w.length }, (_, n) => w.slice(0, n + 1)));
}

/** The naive search: every term must start a word of the title or the body. */
function linearScan(docs: readonly string[], query: string): number {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  let hits = 0;
  for (const doc of docs) if (terms.every((t) => doc.includes(` ${t}`))) hits++;
  return hits;
}

function scanDocs(lib: Library, ids: readonly string[]): string[] {
  return ids.map((id) => {
    const text = readFileSync(path.join(lib.layout.bodies, `${id}.txt`), 'utf8');
    return ` ${lib.get(id).title} ${text}`.toLowerCase().replaceAll('\n', ' ');
  });
}

/** The engine alone, loaded here from the saved index (and unreachable once this returns). */
async function timeEngine(dir: string, queries: readonly string[]) {
  const loadStarted = performance.now();
  const loaded = await loadIndex(dir, async () => undefined);
  const loadMs = performance.now() - loadStarted;
  if (!loaded.engine) throw new Error(`the saved search index did not load: ${loaded.reason}`);
  const engine = loaded.engine;
  // Warm up JIT and caches as a session would be, then time.
  for (const q of queries.slice(0, 20)) engine.search(q, 1000);
  return { loadMs, times: await timeEach(queries, (q) => engine.search(q, 1000)) };
}

export async function measureSearch(
  lib: Library,
  ids: readonly string[],
  corpus: Corpus,
): Promise<SearchLatency> {
  const queries = prefixesOf(typedWords(corpus));
  const engine = await timeEngine(path.join(lib.layout.cache, 'search'), queries);
  const service = lib.search();
  await service.whenReady();
  const operationTimes = await timeEach(queries, (q) => service.search(q, { limit: 200 }));
  const operation50Times = await timeEach(queries, (q) => service.search(q, { limit: 50 }));
  // The scan holds every body in memory (its best case); a dozen queries suffice at ~1 GB/query.
  const docs = scanDocs(lib, ids);
  const scanQueries = queries.filter((q) => q.length >= 3).filter((_, i) => i % 4 === 0);
  const scanTimes = await timeEach(scanQueries.slice(0, 12), (q) => linearScan(docs, q));
  return {
    engine: spread(engine.times),
    operation: spread(operationTimes),
    operation50: spread(operation50Times),
    linearScan: spread(scanTimes),
    engineLoadMs: engine.loadMs,
  };
}
