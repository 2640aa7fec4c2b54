// CoNLL-2003 documents as plain text with their gold entities, and the scoring rule of
// ../shared/eval/README.md: per document, unique (type, surface) pairs after lower-casing,
// dropping a trailing possessive and collapsing punctuation to spaces; micro-averaged.
import { readFileSync } from 'node:fs';

export type Scored = 'PER' | 'LOC' | 'ORG';
export const SCORED: Scored[] = ['PER', 'LOC', 'ORG'];

export interface ConllDocument {
  text: string;
  gold: Set<string>;
  words: number;
}

export function pairKey(type: Scored, surface: string): string {
  const normal = surface
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${type}|${normal}`;
}

export function readConll(file: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentences: string[][] = [];
  let gold = new Set<string>();
  let sentence: string[] = [];
  let entity: { type: Scored | null; words: string[] } | null = null;
  const closeEntity = (): void => {
    if (entity?.type) gold.add(pairKey(entity.type, entity.words.join(' ')));
    entity = null;
  };
  const closeSentence = (): void => {
    closeEntity();
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const closeDoc = (): void => {
    closeSentence();
    if (sentences.length) {
      const text = sentences.map((s) => s.join(' ')).join('\n');
      docs.push({ text, gold, words: sentences.reduce((n, s) => n + s.length, 0) });
    }
    sentences = [];
    gold = new Set();
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, tag] = line.trim().split(/\s+/);
    if (!word) {
      closeSentence();
      continue;
    }
    if (word === '-DOCSTART-') {
      closeDoc();
      continue;
    }
    sentence.push(word);
    const [bio, kind] = (tag ?? 'O').split('-') as [string, string | undefined];
    const type = kind === 'PER' || kind === 'LOC' || kind === 'ORG' ? kind : null;
    if (bio === 'B' || (bio === 'I' && (!entity || entity.type !== type))) {
      closeEntity();
      entity = { type, words: [word] };
    } else if (bio === 'I' && entity) entity.words.push(word);
    else closeEntity();
  }
  closeDoc();
  return docs;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** P/R/F1 per type, then micro-averaged over all of them, one line each. */
export function printScores(scores: Record<Scored, Score>): void {
  const total: Score = { tp: 0, fp: 0, fn: 0 };
  for (const type of SCORED) {
    const { p, r, f1 } = prf(scores[type]);
    total.tp += scores[type].tp;
    total.fp += scores[type].fp;
    total.fn += scores[type].fn;
    console.log(`  ${type}  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  }
  const all = prf(total);
  console.log(`  all  P ${all.p.toFixed(3)}  R ${all.r.toFixed(3)}  F1 ${all.f1.toFixed(3)}`);
}
