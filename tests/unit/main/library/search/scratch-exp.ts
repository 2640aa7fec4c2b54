import { Index, Charset } from 'flexsearch';
import { syntheticCorpus } from './synthetic';

const [n, mode, words] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4] || 0)];
const corpus = syntheticCorpus();
const gc = (globalThis as { gc?: () => void }).gc!;
const docs = Array.from({ length: n }, (_, i) => corpus.article(i));
gc();
const before = process.memoryUsage().heapUsed;
const t0 = performance.now();
const tokenize = mode.startsWith('fwd') ? 'forward' : 'strict';
const res = mode.endsWith('r3') ? 3 : mode.endsWith('r1') ? 1 : 9;
const idx = new Index({ tokenize, encoder: Charset.Normalize, resolution: res, fastupdate: mode.includes('fast') });
for (let i = 0; i < n; i++) {
  const t = words ? docs[i].text.split(' ', words).join(' ') : docs[i].text;
  idx.add(i, t);
}
const t1 = performance.now();
gc();
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ n, mode, words, ms: Math.round(t1 - t0), mb: Math.round((after - before) / 1e6) }));
const q = ['th', 'sta', 'obam', 'putin'];
for (const s of q) { const a = performance.now(); const r = idx.search(s, { limit: 50 }); console.log(s, r.length, (performance.now() - a).toFixed(2)); }
const a = performance.now(); idx.remove(5); console.log('remove ms', (performance.now() - a).toFixed(1));
