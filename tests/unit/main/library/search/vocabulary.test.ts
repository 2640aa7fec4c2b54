import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../../../src/main/library/search/vocabulary';
import { seeded } from './synthetic';

/** The plain definition: terms with the prefix in sorted order, the first `scan`, by count. */
function expected(counts: Map<string, number>, prefix: string, limit: number, scan: number) {
  return [...counts.keys()]
    .sort()
    .filter((t) => t.startsWith(prefix))
    .slice(0, scan)
    .filter((t) => t !== prefix)
    .map((t) => [t, counts.get(t)!] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([t]) => t);
}

function randomWords(n: number, seed: number): string[] {
  const r = seeded(seed);
  return Array.from({ length: n }, () => {
    const length = 1 + Math.floor(r() * 5);
    return Array.from({ length }, () => 'abcde'[Math.floor(r() * 5)]).join('');
  });
}

describe('Vocabulary', () => {
  it('completes a prefix with the most used words, a tie in the words’ order', () => {
    const v = new Vocabulary();
    v.addAll(['art', 'artist', 'arts', 'arc']);
    v.addAll(['artist', 'arts', 'arc']);
    v.addAll(['arts']);
    expect(v.completions('art', 6)).toEqual(['arts', 'artist']);
    expect(v.completions('ar', 6)).toEqual(['arts', 'arc', 'artist', 'art']);
    expect(v.completions('ar', 2)).toEqual(['arts', 'arc']);
    expect(v.completions('b', 6)).toEqual([]);
    expect(v.completions('arts', 6)).toEqual([]);
  });

  it('answers as the plain definition does, as words arrive and after a reload', () => {
    const v = new Vocabulary();
    const counts = new Map<string, number>();
    const words = randomWords(6000, 3);
    for (let i = 0; i < words.length; i += 40) {
      const batch = [...new Set(words.slice(i, i + 40))];
      v.addAll(batch);
      for (const w of batch) counts.set(w, (counts.get(w) ?? 0) + 1);
      if (i % 400 === 0) expect(v.completions('ab', 6, 50)).toEqual(expected(counts, 'ab', 6, 50));
    }
    const reloaded = Vocabulary.fromJSON(JSON.parse(JSON.stringify(v)));
    for (const prefix of ['', 'a', 'b', 'ce', 'dab', 'eeee', 'x']) {
      for (const [limit, scan] of [
        [6, 5000],
        [1, 200],
        [3, 7],
      ]) {
        const want = expected(counts, prefix, limit, scan);
        expect(v.completions(prefix, limit, scan)).toEqual(want);
        expect(reloaded.completions(prefix, limit, scan)).toEqual(want);
      }
    }
    expect(reloaded.size).toBe(counts.size);
    expect(reloaded.count('abc')).toBe(counts.get('abc') ?? 0);
  });

  it('corrects a typo to the most used word one edit away', () => {
    const v = new Vocabulary();
    v.addAll(['obama', 'osama', 'obamacare']);
    v.addAll(['obama']);
    expect(v.corrections('obsma', false, 3)).toEqual([{ term: 'obama', prefix: false }]);
    expect(v.corrections('osamx', false, 3).map((c) => c.term)).toEqual(['osama']);
    // As-you-type, a candidate may be the start of a known word.
    expect(v.corrections('obamxc', true, 3)).toEqual([{ term: 'obamac', prefix: true }]);
  });
});
