// Entity quality on real web pages: the Readability text of pages under ../shared/eval/pages (as
// the app captures it) against the hand-labelled sidebar of eval/pages-entities.json. An output
// entity matches a label when the type agrees and any of its forms equals any labelled form, by the
// CoNLL rule (pairKey). "Silly" output is what the labels mark as no proper name at all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '../src/shared/model';
import { documentFromHtml } from '../src/main/library/capture/page-document';
import { extractEntities, type ExtractedEntity } from '../src/main/library/entities/extract';
import { pairKey, printScores, SCORED, type Score, type Scored } from './conll';

interface Label {
  type: EntityType;
  name: string;
  aliases?: string[];
  alsoType?: EntityType;
  optional?: boolean;
}
interface PageLabels {
  entities: Label[];
  notNames: string[];
}

const TYPE: Record<EntityType, Scored> = { person: 'PER', place: 'LOC', organization: 'ORG' };
const form = (s: string): string => pairKey('PER', s).slice(4);

function forms(names: string[]): Set<string> {
  return new Set(names.map(form));
}

function matches(e: ExtractedEntity, label: Label): boolean {
  if (e.type !== label.type && e.type !== label.alsoType) return false;
  const theirs = forms([label.name, ...(label.aliases ?? [])]);
  return [e.name, ...e.aliases].some((s) => theirs.has(form(s)));
}

export function pagesReport(shared: string, verbose: boolean): void {
  const file = path.join(import.meta.dirname, 'pages-entities.json');
  const { pages } = JSON.parse(readFileSync(file, 'utf8')) as {
    pages: Record<string, PageLabels>;
  };
  const scores = Object.fromEntries(SCORED.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Scored,
    Score
  >;
  let silly = 0;
  let output = 0;
  const notes: string[] = [];
  for (const [name, labels] of Object.entries(pages)) {
    const html = readFileSync(path.join(shared, 'eval', 'pages', name, 'source.html'), 'utf8');
    const { text } = documentFromHtml(html, 'http://fakehost/test/page.html', null);
    const found = extractEntities(text);
    output += found.length;
    const notNames = forms(labels.notNames);
    const matched = new Set<Label>();
    for (const e of found) {
      const label = labels.entities.find((l) => matches(e, l));
      if (label?.optional) continue;
      // A second entity for an already matched label is a duplicate in the sidebar: wrong too.
      if (label && !matched.has(label)) {
        matched.add(label);
        scores[TYPE[label.type]].tp++;
        continue;
      }
      scores[TYPE[e.type]].fp++;
      const isSilly = [e.name, ...e.aliases].some((s) => notNames.has(form(s)));
      if (isSilly) silly++;
      notes.push(`  ${name}: ${isSilly ? 'SILLY' : 'wrong'} ${e.type} ${e.name} (${e.count})`);
    }
    for (const l of labels.entities) {
      if (l.optional || matched.has(l)) continue;
      scores[TYPE[l.type]].fn++;
      notes.push(`  ${name}: missed ${l.type} ${l.name}`);
    }
  }
  console.log(`\nReal pages (eval/pages-entities.json): ${Object.keys(pages).length} pages`);
  printScores(scores);
  console.log(`  ${output} entities shown, ${silly} silly (not a proper name at all)`);
  if (verbose) console.log(notes.join('\n'));
}
