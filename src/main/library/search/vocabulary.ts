// Every encoded term the index has seen, with how many documents used it. FlexSearch has no public
// view of its terms, and we need one for two things it does not do for a "strict" body index:
// completing the word being typed ("obam" → "obama") and correcting a typo ("obsma" → "obama").
// Each term has a number: its text and count sit in arrays under that number, and the sorted list
// holds numbers. Completing a one-letter prefix reads thousands of counts; from a typed array that
// is ~20 times faster than asking a Map of 100k+ terms for each.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Completions scanned per prefix, so a one-letter prefix stays cheap. */
const SCAN_LIMIT = 5000;

export interface Correction {
  term: string;
  /** The candidate is only the start of known words (the user is still typing). */
  prefix: boolean;
}

export class Vocabulary {
  /** term → its number. */
  private readonly numbers = new Map<string, number>();
  private readonly terms: string[] = [];
  private counts = new Uint32Array(1024);
  /** Term numbers in the terms' order. */
  private sorted: number[] = [];
  /** Terms added since `sorted` was last brought up to date. */
  private pending: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  /** Record the distinct terms of one document field. */
  addAll(terms: readonly string[]): void {
    for (const term of terms) {
      const n = this.numbers.get(term);
      if (n === undefined) this.pending.push(this.insert(term, 1));
      else this.counts[n]++;
    }
  }

  private insert(term: string, count: number): number {
    const n = this.terms.length;
    if (n === this.counts.length) {
      const grown = new Uint32Array(n * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
    this.numbers.set(term, n);
    this.terms.push(term);
    this.counts[n] = count;
    return n;
  }

  count(term: string): number {
    const n = this.numbers.get(term);
    return n === undefined ? 0 : this.counts[n];
  }

  private list(): number[] {
    if (this.pending.length) {
      if (this.pending.length > 2000) this.sortAll();
      else for (const n of this.pending) this.sorted.splice(this.lowerBound(this.terms[n]), 0, n);
      this.pending = [];
    }
    return this.sorted;
  }

  private sortAll(): void {
    const terms = this.terms;
    this.sorted = terms
      .map((_, n) => n)
      .sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  }

  private lowerBound(key: string): number {
    const { sorted, terms } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[sorted[mid]] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  hasPrefix(prefix: string): boolean {
    const list = this.list();
    const at = this.lowerBound(prefix);
    return at < list.length && this.terms[list[at]].startsWith(prefix);
  }

  /** The `limit` most used known words that start with `prefix` (the prefix itself excluded). */
  completions(prefix: string, limit: number, scan = SCAN_LIMIT): string[] {
    const { terms, counts } = this;
    const list = this.list();
    const start = this.lowerBound(prefix);
    // The words with the prefix are a run of the sorted list: only counts are read within it.
    const end = Math.min(this.endOfPrefix(prefix, start), start + scan);
    // The best so far, most used first; a tie keeps the earlier term (in the terms' order) first.
    const best: number[] = [];
    for (let i = terms[list[start]] === prefix ? start + 1 : start; i < end; i++) {
      const n = list[i];
      const count = counts[n];
      if (best.length === limit && counts[best[limit - 1]] >= count) continue;
      let at = best.length;
      while (at > 0 && counts[best[at - 1]] < count) at--;
      best.splice(at, 0, n);
      if (best.length > limit) best.pop();
    }
    return best.map((n) => terms[n]);
  }

  /** Where the run of terms starting with `prefix` (from `start`) ends in the sorted list. */
  private endOfPrefix(prefix: string, start: number): number {
    const { sorted, terms } = this;
    let lo = start;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[sorted[mid]].startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Known terms one edit (a letter missing, extra, wrong or two swapped) away from `term`, best
   * first. With `prefix`, a candidate may be the start of a known word (as-you-type). Edits that
   * keep the length are preferred over dropping a letter, which makes too many short words.
   */
  corrections(term: string, prefix: boolean, limit: number): Correction[] {
    const chars = [...new Set(ALPHABET + term)];
    const scored = new Map<string, number>();
    const consider = (candidate: string, weight: number) => {
      if (candidate === term || !candidate || scored.has(candidate)) return;
      let score = this.count(candidate);
      if (score === 0 && prefix && candidate.length >= 3 && this.hasPrefix(candidate)) {
        const top = this.completions(candidate, 1, 200)[0];
        score = top ? this.count(top) : 0;
      }
      if (score > 0) scored.set(candidate, score * weight);
    };
    for (let i = 0; i < term.length; i++) {
      for (const c of chars) {
        consider(term.slice(0, i) + c + term.slice(i + 1), 1); // wrong letter
        consider(term.slice(0, i) + c + term.slice(i), 1); // missing letter
      }
      if (i + 1 < term.length) {
        consider(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2), 1.5); // swapped
      }
      consider(term.slice(0, i) + term.slice(i + 1), 0.2); // extra letter
    }
    for (const c of chars) consider(term + c, 1);
    return [...scored.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([t]) => ({ term: t, prefix: this.count(t) === 0 }));
  }

  toJSON(): [string, number][] {
    return this.terms.map((term, n) => [term, this.counts[n]]);
  }

  static fromJSON(data: unknown): Vocabulary {
    if (!Array.isArray(data)) throw new Error('vocabulary: not a list');
    const vocabulary = new Vocabulary();
    for (const entry of data) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number') {
        throw new Error('vocabulary: bad entry');
      }
      const n = vocabulary.numbers.get(entry[0]);
      if (n === undefined) vocabulary.insert(entry[0], entry[1]);
      else vocabulary.counts[n] = entry[1];
    }
    vocabulary.sortAll();
    return vocabulary;
  }
}
