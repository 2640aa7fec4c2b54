import { describe, expect, it } from 'vitest';
import { FieldIndex } from '../../../../../src/main/library/search/field-index';

/** What `read` visits, as [num, slot] pairs. */
function read(index: FieldIndex, term: string, limit = 1000): [number, number][] {
  const out: [number, number][] = [];
  index.read(term, limit, (num, slot) => out.push([num, slot]));
  return out;
}

function reloaded(index: FieldIndex, tokenize: 'strict' | 'forward', resolution: number) {
  const copy = new FieldIndex(tokenize, resolution);
  for (const [key, text] of index.parts()) copy.importPart(key, text);
  copy.finishImport();
  return copy;
}

describe('field index', () => {
  it('scores a word by its place in the field', () => {
    const index = new FieldIndex('strict', 3);
    index.add(1, ['alpha', 'beta', 'gamma', 'epsilon', 'delta']);
    index.add(2, ['delta']);
    expect(read(index, 'alpha')).toEqual([[1, 0]]);
    expect(read(index, 'delta')).toEqual([
      [2, 0],
      [1, 2],
    ]);
    expect(read(index, 'alp')).toEqual([]);
  });

  it('keeps the first place of a prefix shared by words', () => {
    const index = new FieldIndex('forward', 9);
    index.add(1, ['art', 'bee', 'artist']);
    expect(read(index, 'art')).toEqual([[1, 0]]);
    expect(read(index, 'arti')).toEqual([[1, 2]]);
  });

  it('indexes every prefix of a word with the forward tokenizer', () => {
    const index = new FieldIndex('forward', 9);
    index.add(1, ['obama', 'putin']);
    expect(read(index, 'ob')).toEqual([[1, 0]]);
    expect(read(index, 'putin')).toEqual([[1, 1]]);
    expect(read(index, 'x')).toEqual([]);
  });

  it('answers the same once packed into segments, after changes, and reloaded', () => {
    const small = new FieldIndex('forward', 3, 5); // packs every ~5 postings
    const arrays = new FieldIndex('forward', 3, Number.MAX_SAFE_INTEGER);
    const words = ['red', 'green', 'blue', 'rose', 'grey', 'bluebell'];
    for (let num = 1; num <= 60; num++) {
      const terms = [words[num % 6], words[(num * 7) % 6], words[(num * 5) % 4]];
      small.add(num, terms);
      arrays.add(num, terms);
    }
    for (const num of [3, 10, 44]) {
      small.update(num, ['violet']);
      arrays.update(num, ['violet']);
    }
    small.remove(20);
    arrays.remove(20);
    for (const term of ['r', 'red', 'blue', 'bluebell', 'g', 'violet']) {
      expect(read(small, term)).toEqual(read(arrays, term));
      expect(read(small, term, 7)).toEqual(read(arrays, term, 7));
      expect(read(reloaded(small, 'forward', 3), term)).toEqual(read(arrays, term));
    }
    expect(read(small, 'red').some(([num]) => num === 20)).toBe(false);
    expect(read(small, 'violet').map(([num]) => num)).toEqual([3, 10, 44]);
  });

  it('reloads an empty index', () => {
    const copy = reloaded(new FieldIndex('strict', 3), 'strict', 3);
    expect(read(copy, 'anything')).toEqual([]);
    copy.add(1, ['anything']);
    expect(read(copy, 'anything')).toEqual([[1, 0]]);
  });

  it('refuses a damaged part', () => {
    const index = new FieldIndex('strict', 3);
    index.add(1, ['alpha']);
    const parts = [...index.parts()];
    const copy = new FieldIndex('strict', 3);
    copy.importPart(parts[0][0], parts[0][1]);
    expect(() => copy.finishImport()).toThrow(/damaged/);
  });
});
