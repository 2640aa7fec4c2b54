// Every encoded term the index has seen, with how many documents used it. FlexSearch has no public
// view of its terms, and we need one for two things it does not do for a "strict" body index:
// completing the word being typed ("obam" → "obama") and correcting a typo ("obsma" → "obama").
// A sorted array and a Map cost ~25 MB at 200k terms; a FlexSearch "tolerant" index over the same
// terms would cost ten times that.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Completions scanned per prefix, so a one-letter prefix stays cheap. */
const SCAN_LIMIT = 5000;

export interface Correction {
  term: string;
  /** The candidate is only the start of known words (the user is still typing). */
  prefix: boolean;
}

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private sorted: string[] = [];
  /** Terms added since `sorted` was last brought up to date. */
  private pending: string[] = [];

  get size(): number {
    return this.counts.size;
  }

  /** Record the distinct terms of one document field. */
  addAll(terms: readonly string[]): void {
    for (const term of terms) {
      const n = this.counts.get(term);
      if (n === undefined) {
        this.counts.set(term, 1);
        this.pending.push(term);
      } else this.counts.set(term, n + 1);
    }
  }

  count(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  private list(): string[] {
    if (this.pending.length) {
      if (this.pending.length > 2000) this.sorted = [...this.counts.keys()].sort();
      else for (const term of this.pending) this.sorted.splice(this.lowerBound(term), 0, term);
      this.pending = [];
    }
    return this.sorted;
  }

  private lowerBound(key: string): number {
    const list = this.sorted;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  hasPrefix(prefix: string): boolean {
    const list = this.list();
    const at = this.lowerBound(prefix);
    return at < list.length && list[at].startsWith(prefix);
  }

  /** The `limit` most used known words that start with `prefix` (the prefix itself excluded). */
  completions(prefix: string, limit: number, scan = SCAN_LIMIT): string[] {
    const list = this.list();
    const found: [string, number][] = [];
    for (let i = this.lowerBound(prefix), n = 0; i < list.length && n < scan; i++, n++) {
      const term = list[i];
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) found.push([term, this.count(term)]);
    }
    return found
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([t]) => t);
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
    return [...this.counts.entries()];
  }

  static fromJSON(data: unknown): Vocabulary {
    if (!Array.isArray(data)) throw new Error('vocabulary: not a list');
    const vocabulary = new Vocabulary();
    for (const entry of data) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number') {
        throw new Error('vocabulary: bad entry');
      }
      vocabulary.counts.set(entry[0], entry[1]);
    }
    vocabulary.sorted = [...vocabulary.counts.keys()].sort();
    return vocabulary;
  }
}
