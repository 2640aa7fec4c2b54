// `npm run eval:entities`: entity quality on the sample article and on CoNLL-2003 validation,
// speed per 1,000 words against compromise alone, and hand-labelled real pages (eval/pages.ts).
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '../src/shared/model';
import { extractEntities } from '../src/main/library/entities/extract';
import { pairKey, printScores, readConll, SCORED, type Score, type Scored } from './conll';
import { pagesReport } from './pages';

const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
const TYPE: Record<EntityType, Scored> = { person: 'PER', place: 'LOC', organization: 'ORG' };

function seedReport(): void {
  const expected = JSON.parse(
    readFileSync(path.join(shared, 'eval', 'seed-entities.json'), 'utf8'),
  ) as {
    entities: { name: string; type: EntityType; surface: string[] }[];
  };
  const raw = readFileSync(
    path.join(shared, 'seed', 'isis-brings-putin-obama-together.txt'),
    'utf8',
  );
  const text = raw.trim().split('\n').slice(0, -1).join('\n');
  const found = extractEntities(text);
  console.log('Sample article (seed-entities.json)');
  let ok = 0;
  for (const e of expected.entities) {
    const hit = found.find((f) => f.type === e.type && f.name === e.name);
    const unmerged = hit
      ? e.surface.filter((s) => !hit.aliases.some((a) => a === s || a.endsWith(` ${s}`)))
      : [];
    if (hit && unmerged.length === 0) ok++;
    console.log(
      `  ${hit ? (unmerged.length ? 'partial' : 'ok     ') : 'MISSING'} ${e.type.padEnd(12)} ${e.name}${unmerged.length ? `  (not merged: ${unmerged.join(', ')})` : ''}`,
    );
  }
  const spurious = found.filter(
    (f) => !expected.entities.some((e) => e.type === f.type && e.name === f.name),
  );
  console.log(
    `  ${ok}/${expected.entities.length} found with the right type and forms merged; spurious: ${spurious.map((s) => `${s.name} (${s.type})`).join(', ') || 'none'}`,
  );
}

function conllReport(): void {
  const docs = readConll(path.join(shared, 'eval', 'conll2003', 'valid.txt'));
  const scores = Object.fromEntries(SCORED.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Scored,
    Score
  >;
  let words = 0;
  let ours = 0;
  let theirs = 0;
  for (const doc of docs) {
    words += doc.words;
    let t = performance.now();
    const found = extractEntities(doc.text);
    ours += performance.now() - t;
    t = performance.now();
    const d = nlp(doc.text);
    d.people().out('array');
    d.places().out('array');
    d.organizations().out('array');
    theirs += performance.now() - t;
    const predicted = new Set<string>();
    for (const e of found)
      for (const m of e.mentions) predicted.add(pairKey(TYPE[e.type], m.surface));
    for (const key of predicted) {
      const type = key.split('|')[0] as Scored;
      if (doc.gold.has(key)) scores[type].tp++;
      else scores[type].fp++;
    }
    for (const key of doc.gold) if (!predicted.has(key)) scores[key.split('|')[0] as Scored].fn++;
  }
  console.log(`\nCoNLL-2003 validation: ${docs.length} documents, ${words} words`);
  printScores(scores);
  console.log(
    `\nSpeed: ${((ours / words) * 1000).toFixed(1)} ms per 1,000 words (compromise alone: ${((theirs / words) * 1000).toFixed(1)} ms)`,
  );
}

seedReport();
conllReport();
// `npm run eval:entities -- --verbose` lists each wrong, silly and missed page entity.
pagesReport(shared, process.argv.includes('--verbose'));
