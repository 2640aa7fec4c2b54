// The scores of one query per document, in typed arrays indexed by document number and reused
// from query to query. A one-letter prefix touches thousands of documents: a Map of objects (and a
// Set of fields) per document cost more in allocation and collection than reading the postings.
import { FIELDS, type Field } from './doc';

/**
 * The fields a document matched, in the order they first matched, packed three bits a field
 * (field index + 1), the first in the lowest bits; `mask` says which are in already.
 */
function appendField(order: number, mask: number, field: number): number {
  let shift = 0;
  for (let m = mask; m; m &= m - 1) shift += 3;
  return order | ((field + 1) << shift);
}

export function fieldsOf(order: number): Field[] {
  const fields: Field[] = [];
  for (let o = order; o; o >>>= 3) fields.push(FIELDS[(o & 7) - 1]);
  return fields;
}

/** Grows `a` to hold `n` entries (contents kept). */
function grown<T extends Float64Array | Uint32Array | Uint8Array | Int32Array>(a: T, n: number): T {
  if (a.length >= n) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** Documents touched so far, each once; `mask` (non-zero once touched) is cleared by reset(). */
class Touched {
  nums = new Int32Array(0);
  count = 0;
  mask = new Uint8Array(0);
  order = new Uint32Array(0);

  protected ensure(n: number): void {
    this.nums = grown(this.nums, n);
    this.mask = grown(this.mask, n);
    this.order = grown(this.order, n);
  }

  /** Note field `f` for `num`; true if `num` was not touched before. */
  protected mark(num: number, f: number): boolean {
    const mask = this.mask[num];
    if (mask === 0) {
      this.nums[this.count++] = num;
      this.mask[num] = 1 << f;
      this.order[num] = f + 1;
      return true;
    }
    if (!(mask & (1 << f))) {
      this.order[num] = appendField(this.order[num], mask, f);
      this.mask[num] = mask | (1 << f);
    }
    return false;
  }

  reset(): void {
    for (let i = 0; i < this.count; i++) this.mask[this.nums[i]] = 0;
    this.count = 0;
  }
}

/**
 * One query word (with its variants) across the fields: per document, its best field counts fully
 * and every further field a tenth.
 */
export class WordScores extends Touched {
  private best = new Float64Array(0);
  private sum = new Float64Array(0);

  /** Room for document numbers below `n`. */
  prepare(n: number): void {
    this.ensure(n);
    this.best = grown(this.best, n);
    this.sum = grown(this.sum, n);
  }

  add(num: number, field: number, score: number): void {
    if (this.mark(num, field)) {
      this.best[num] = score;
      this.sum[num] = score;
    } else {
      this.sum[num] += score;
      if (score > this.best[num]) this.best[num] = score;
    }
  }

  scoreOf(num: number): number {
    const best = this.best[num];
    return best + 0.1 * (this.sum[num] - best);
  }

  fieldOrderOf(num: number): number {
    return this.order[num];
  }
}

export interface RankedDoc {
  num: number;
  score: number;
  fields: Field[];
}

/** The whole query: per document, the sum of its words' scores and how many words it has. */
export class QueryScores extends Touched {
  private score = new Float64Array(0);
  private words = new Uint32Array(0);

  prepare(n: number): void {
    this.ensure(n);
    this.score = grown(this.score, n);
    this.words = grown(this.words, n);
  }

  /** Add one word's scores (its fields join each document's in their order). */
  addWord(word: WordScores): void {
    for (let i = 0; i < word.count; i++) {
      const num = word.nums[i];
      const wordScore = word.scoreOf(num);
      for (let o = word.fieldOrderOf(num); o; o >>>= 3) {
        if (this.mark(num, (o & 7) - 1)) {
          this.score[num] = 0;
          this.words[num] = 0;
        }
      }
      this.score[num] += wordScore;
      this.words[num]++;
    }
  }

  /**
   * The `limit` best of the documents with the most words, best first (the higher number first on
   * a tie).
   */
  ranked(limit: number): RankedDoc[] {
    let most = 0;
    for (let i = 0; i < this.count; i++) most = Math.max(most, this.words[this.nums[i]]);
    let order: number[] = [];
    for (let i = 0; i < this.count; i++) {
      const num = this.nums[i];
      if (this.words[num] === most) order.push(num);
    }
    const score = this.score;
    // Sorting thousands with a comparator costs more than finding the limit-th score first with
    // a numeric sort and sorting only the documents that score at least that.
    if (order.length > 2 * limit) {
      const scores = new Float64Array(order.length);
      for (let i = 0; i < order.length; i++) scores[i] = score[order[i]];
      const least = scores.sort()[order.length - limit];
      order = order.filter((num) => score[num] >= least);
    }
    order.sort((a, b) => score[b] - score[a] || b - a);
    const out: RankedDoc[] = [];
    for (let i = 0; i < order.length && i < limit; i++) {
      const num = order[i];
      out.push({ num, score: score[num], fields: fieldsOf(this.order[num]) });
    }
    return out;
  }
}
