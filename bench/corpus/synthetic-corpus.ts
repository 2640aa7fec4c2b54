// Deterministic synthetic articles for the benchmark and the search measurements: Zipf-distributed
// pseudo-words (so the vocabulary grows with the library roughly like real news text), a few
// hundred recurring names, 500–3,000 words each. Same seed, same library.

export interface SyntheticArticle {
  id: string;
  title: string;
  tags: string[];
  byline: string;
  siteName: string;
  entities: string[];
  comments: string[];
  text: string;
}

/** mulberry32: a tiny seeded PRNG, good enough for test data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['', 'b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w'];
const CLUSTERS = ['br', 'cl', 'dr', 'gr', 'pl', 'pr', 'st', 'tr', 'sh', 'ch', 'th', 'sp'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'ng', 'rt', 'ck'];

function pseudoWord(rand: () => number, syllables: number): string {
  let word = '';
  for (let s = 0; s < syllables; s++) {
    const onset =
      rand() < 0.2
        ? CLUSTERS[Math.floor(rand() * CLUSTERS.length)]
        : ONSETS[Math.floor(rand() * ONSETS.length)];
    word += onset + VOWELS[Math.floor(rand() * VOWELS.length)];
    if (s === syllables - 1 || rand() < 0.3) word += CODAS[Math.floor(rand() * CODAS.length)];
  }
  return word;
}

function capitalise(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

export interface Corpus {
  vocabulary: string[];
  names: string[];
  article(n: number): SyntheticArticle;
}

/** A corpus over a vocabulary of `vocabularySize` words; article(n) is the same for the same n. */
export function syntheticCorpus(seed = 1, vocabularySize = 200_000): Corpus {
  const rand = seeded(seed);
  const seen = new Set<string>();
  const vocabulary: string[] = [];
  while (vocabulary.length < vocabularySize) {
    // Common words are short, rare ones long, as in real text.
    const rank = vocabulary.length;
    const syllables = rank < 200 ? 1 + Math.floor(rand() * 2) : 2 + Math.floor(rand() * 3);
    const word = pseudoWord(rand, syllables);
    if (!seen.has(word)) {
      seen.add(word);
      vocabulary.push(word);
    }
  }
  const names = ['Barack Obama', 'Vladimir Putin', 'Angela Merkel', 'Recep Tayyip Erdoğan'];
  while (names.length < 600) {
    names.push(`${capitalise(pseudoWord(rand, 2))} ${capitalise(pseudoWord(rand, 3))}`);
  }
  // Zipf (s = 1.15: 1,750 words give ~670 distinct ones, 40k give ~7.8k, as in CoNLL-2003 news) cumulative weights over the vocabulary, sampled by binary search.
  const cdf = new Float64Array(vocabularySize);
  let sum = 0;
  for (let i = 0; i < vocabularySize; i++) cdf[i] = sum += 1 / Math.pow(i + 1, 1.15);
  const zipf = (r: () => number): string => {
    const x = r() * sum;
    let lo = 0;
    let hi = vocabularySize - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo];
  };
  const tags = Array.from({ length: 40 }, () => pseudoWord(rand, 2));
  const sites = Array.from({ length: 60 }, () => `The ${capitalise(pseudoWord(rand, 2))} Post`);

  const article = (n: number): SyntheticArticle => {
    const r = seeded(seed * 1_000_003 + n);
    const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)];
    const cast = Array.from({ length: 2 + Math.floor(r() * 5) }, () => pick(names));
    const wordCount = 500 + Math.floor(r() * 2501);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) {
      if (r() < 0.02) words.push(pick(cast));
      else words.push(zipf(r));
      if (r() < 0.06) words[words.length - 1] += '.';
    }
    const titleWords = Array.from({ length: 5 + Math.floor(r() * 7) }, () => zipf(r));
    titleWords.splice(Math.floor(r() * titleWords.length), 0, cast[0]);
    return {
      id: `syn${n.toString(36).padStart(6, '0')}`,
      title: capitalise(titleWords.join(' ')),
      tags: Array.from({ length: Math.floor(r() * 4) }, () => pick(tags)),
      byline: pick(names),
      siteName: pick(sites),
      entities: [...new Set(cast)],
      comments:
        r() < 0.1
          ? Array.from({ length: 1 + Math.floor(r() * 3) }, () => zipf(r) + ' ' + zipf(r))
          : [],
      text: words.join(' '),
    };
  };
  return { vocabulary, names, article };
}
