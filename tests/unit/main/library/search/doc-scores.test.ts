import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../../../src/main/library/search/doc';
import { QueryScores, WordScores } from '../../../../../src/main/library/search/doc-scores';
import { seeded } from './synthetic';

const f = (name: (typeof FIELDS)[number]) => FIELDS.indexOf(name);

function tables(n: number) {
  const word = new WordScores();
  const query = new QueryScores();
  word.prepare(n);
  query.prepare(n);
  return { word, query };
}

describe('document scores of a query', () => {
  it('counts a word’s best field fully and the others a tenth, fields in the order they matched', () => {
    const { word, query } = tables(10);
    word.add(3, f('text'), 1);
    word.add(3, f('title'), 10);
    word.add(3, f('text'), 0.5);
    expect(word.scoreOf(3)).toBeCloseTo(10 + 0.1 * 1.5);
    query.addWord(word);
    word.reset();
    word.add(3, f('tags'), 8);
    word.add(5, f('meta'), 4);
    query.addWord(word);
    // Document 3 has both words: document 5, with one, is left out.
    expect(query.ranked(10)).toEqual([
      { num: 3, score: 10 + 0.1 * 1.5 + 8, fields: ['text', 'title', 'tags'] },
    ]);
  });

  it('ranks as a full sort would, ties by the higher number, with or without the shortcut', () => {
    const r = seeded(5);
    const { word, query } = tables(5000);
    const plain: { num: number; score: number }[] = [];
    for (let num = 1; num < 5000; num++) {
      // Few distinct scores: many ties, some at the cut.
      const score = 1 + Math.floor(r() * 20);
      word.add(num, f('text'), score);
      plain.push({ num, score });
    }
    query.addWord(word);
    plain.sort((a, b) => b.score - a.score || b.num - a.num);
    for (const limit of [1, 7, 100, 2499, 2500, 5000]) {
      const ranked = query.ranked(limit).map(({ num, score }) => ({ num, score }));
      expect(ranked).toEqual(plain.slice(0, limit));
    }
  });

  it('starts afresh after a reset', () => {
    const { word, query } = tables(4);
    word.add(1, f('title'), 10);
    query.addWord(word);
    word.reset();
    query.reset();
    word.add(2, f('text'), 1);
    query.addWord(word);
    expect(query.ranked(10)).toEqual([{ num: 2, score: 1, fields: ['text'] }]);
  });

  it('grows for documents added after the first query', () => {
    const { word } = tables(2);
    word.prepare(5000);
    word.add(4999, f('title'), 10);
    expect(word.scoreOf(4999)).toBe(10);
  });
});
