// Search measurements (not part of the test suite):
//   npx tsx tests/unit/main/library/search/measure.ts [SIZE...] [--body N]
// For each library size (default 1,000 and 10,000 synthetic articles of 500–3,000 words): build
// time and heap, heap after save + reload (the compact form the app keeps), as-you-type query
// latency (p50/p95), typo queries, save (export) and load (import) time and size on disk.
// --body N indexes only the first N words of each body (to compare caps at or below BODY_WORDS).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BODY_WORDS, firstWords } from '../../../../../src/main/library/search/doc';
import { SearchEngine } from '../../../../../src/main/library/search/engine';
import { loadIndex, saveIndex } from '../../../../../src/main/library/search/index-files';
import { seeded, syntheticCorpus, type SyntheticArticle } from './synthetic';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const args = process.argv.slice(2);
const bodyAt = args.indexOf('--body');
const bodyWords = bodyAt >= 0 ? Number(args.splice(bodyAt, 2)[1]) : BODY_WORDS;
const sizes = args.length ? args.map(Number) : [1000, 10_000];

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

function heap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function asDoc(a: SyntheticArticle) {
  return {
    id: a.id,
    fingerprint: a.id,
    title: a.title,
    tags: a.tags,
    entities: a.entities,
    meta: `${a.byline}\n${a.siteName}`,
    comments: a.comments,
    text: firstWords(a.text, bodyWords),
  };
}

/** Every prefix of a word from length 1 up, as someone typing it. */
function typed(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) for (let n = 1; n <= w.length; n++) out.push(w.slice(0, n));
  return out;
}

function timeQueries(engine: SearchEngine, queries: string[]) {
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t = performance.now();
    hits += engine.search(q, 1000).hits.length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { n: queries.length, p50: percentile(times, 50), p95: percentile(times, 95), hits };
}

async function measure(size: number): Promise<void> {
  const corpus = syntheticCorpus();
  let words = 0;
  const t0 = performance.now();
  const docs = Array.from({ length: size }, (_, i) => {
    const a = asDoc(corpus.article(i));
    words += a.text.split(' ').length;
    return a;
  });
  const generated = performance.now() - t0;
  const before = heap();
  const buildStart = performance.now();
  let engine: SearchEngine | null = new SearchEngine();
  for (const d of docs) engine.add(d);
  const buildMs = performance.now() - buildStart;
  const built = heap() - before;
  const stats = engine.stats();

  // As-you-type: words of every frequency band, and names, typed one letter at a time.
  const r = seeded(size);
  const pick = (from: number, to: number) =>
    corpus.vocabulary[from + Math.floor(r() * (to - from))];
  const sampleWords = [
    ...Array.from({ length: 10 }, () => pick(0, 100)),
    ...Array.from({ length: 20 }, () => pick(100, 2000)),
    ...Array.from({ length: 20 }, () => pick(2000, 50_000)),
    'obama',
    'putin',
    'merkel',
  ];
  const prefixQueries = typed(sampleWords);
  const twoWord = typed(sampleWords.slice(10, 30)).map((p, i) => `${sampleWords[i % 10]} ${p}`);
  const typos = sampleWords
    .filter((w) => w.length >= 5)
    .map((w) => w.slice(0, 2) + w[3] + w[2] + w.slice(4)); // two letters swapped
  const warm = timeQueries(engine, prefixQueries.slice(0, 50));
  void warm;
  const prefix = timeQueries(engine, prefixQueries);
  const pair = timeQueries(engine, twoWord);
  const typo = timeQueries(engine, typos);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-search-measure-'));
  const saved = await saveIndex(engine, dir);
  // Drop the built index so the heap figure below counts only the reloaded one.
  // eslint-disable-next-line no-useless-assignment
  engine = null;
  const beforeLoad = heap();
  const loadStart = performance.now();
  const loaded = await loadIndex(dir, async () => undefined);
  const loadMs = performance.now() - loadStart;
  if (!loaded.engine) throw new Error(loaded.reason);
  const compact = heap() - beforeLoad;
  const reloaded = timeQueries(loaded.engine, prefixQueries);
  rmSync(dir, { recursive: true, force: true });

  console.log(`\n== ${size.toLocaleString()} articles, first ${bodyWords} body words indexed ==`);
  console.log(
    `  corpus: ${(words / size).toFixed(0)} indexed body words/article (generated in ${ms(generated)})`,
  );
  console.log(
    `  build: ${ms(buildMs)} (${ms(buildMs / size)}/article), ${stats.terms.toLocaleString()} distinct terms`,
  );
  console.log(
    `  heap: ${mb(built)} as built, ${mb(compact)} after save + reload (${mb((compact / size) * 1000)} per 1k articles)`,
  );
  console.log(
    `  save: ${ms(saved.ms)}, ${mb(saved.bytes)} in ${saved.files} file(s); load: ${ms(loadMs)}`,
  );
  for (const [name, t] of [
    ['prefix (typed word)', prefix],
    ['second word typed', pair],
    ['one swap typo', typo],
    ['prefix, reloaded index', reloaded],
  ] as const) {
    console.log(
      `  query ${name}: n=${t.n} p50 ${ms(t.p50)} p95 ${ms(t.p95)} (avg ${(t.hits / t.n).toFixed(0)} hits)`,
    );
  }
}

for (const size of sizes) await measure(size);
