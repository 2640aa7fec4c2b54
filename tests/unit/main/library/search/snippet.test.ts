import { describe, expect, it } from 'vitest';
import { snippetOf } from '../../../../../src/main/library/search/snippet';
import { foldWord, highlightRanges } from '../../../../../src/shared/search-query';
import { seeded } from './synthetic';

/** The plain definition: collapse all the white space, find the first match, cut around it. */
function plainSnippet(text: string, terms: readonly string[], max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const [match] = highlightRanges(flat, terms, 1);
  const first = match ? match[0] : -1;
  let start = first >= 0 ? Math.max(0, first - 60) : 0;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : first;
  }
  const lead = start > 0 ? '…' : '';
  let end = start + max - lead.length;
  if (end >= flat.length) return lead + flat.slice(start);
  end -= 1;
  const space = flat.lastIndexOf(' ', end);
  if (space > start + max / 2) end = space;
  return `${lead}${flat.slice(start, end).trimEnd()}…`;
}

const WORDS = [
  'harbour',
  'Harbours',
  'town',
  'obama',
  'OBAMA',
  'putin',
  'tea',
  'Erdoğan',
  'x1',
  '“it’s”',
];
const SPACES = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\n\n',
  '\t',
  ' \n ',
  '\u00a0',
  '\u3000',
  '\n'.repeat(300),
  ' '.repeat(90),
];

function randomText(r: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)];
  const words = Array.from({ length: Math.floor(r() * r() * (r() < 0.5 ? 60 : 400)) }, () =>
    r() < 0.15 ? pick(WORDS) : `w${Math.floor(r() * 50)}${r() < 0.1 ? '.' : ''}`,
  );
  let text = r() < 0.3 ? pick(SPACES) : '';
  for (const w of words) text += w + pick(SPACES);
  return r() < 0.5 ? text.trimEnd() : text;
}

describe('snippetOf', () => {
  it('cuts around the first match as the plain definition does, whatever the white space', () => {
    const r = seeded(11);
    const queries = [
      ['harbour'],
      ['obama', 'putin'],
      ['tea'],
      ['nowhere'],
      [],
      ['x1'],
      ['erdogan'],
    ];
    for (let i = 0; i < 3000; i++) {
      const text = randomText(r);
      const terms = queries[i % queries.length];
      const max = [240, 40, 120][i % 3];
      expect(snippetOf(text, terms, max), JSON.stringify({ text, terms, max })).toBe(
        plainSnippet(text, terms, max),
      );
    }
  });

  it('finds the word deep in a long body, with the words before it', () => {
    const text = `${'Quiet day in town. '.repeat(500)}\n\nAt last the lighthouse keeper waved.`;
    const snippet = snippetOf(text, ['lighthouse']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('the lighthouse keeper waved.');
    expect(foldWord('Lighthouse')).toBe('lighthouse');
  });
});
