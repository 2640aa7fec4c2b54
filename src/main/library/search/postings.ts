// A packed segment of an inverted index: its terms sorted in one string, and each term's postings
// (per scoring slot, the document numbers in the order they were added) as varint deltas in byte
// chunks. About 1.5 bytes a posting, where FlexSearch's arrays of numbers took ~14 (8 per
// number plus an array per term and slot): at 100k articles, ~100 MB instead of ~1.4 GB.

/** Postings bytes per chunk; a term's record never spans two chunks. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** Document numbers per slot, in the order they were added (slots may be empty). */
export type Slots = (number[] | undefined)[];

export interface SegmentData {
  /** The terms, sorted, concatenated. */
  terms: string;
  /** Where each term starts in `terms`, and one more entry for the end. */
  termStarts: Uint32Array;
  /** Per term: the chunk of its record, and the record's start and end in that chunk. */
  chunkOf: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  chunks: Uint8Array[];
}

/** Writes records into chunks, starting a new chunk when a record would not fit. */
class RecordWriter {
  readonly chunks: Uint8Array[] = [];
  private chunk = new Uint8Array(CHUNK_BYTES);
  private at = 0;
  private record: number[] = [];

  private byte(b: number): void {
    this.record.push(b);
  }

  varint(n: number): void {
    while (n >= 0x80) {
      this.byte((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.byte(n);
  }

  /** Close the record: returns [chunk, start, end]. */
  end(): [number, number, number] {
    const bytes = this.record;
    this.record = [];
    if (this.at + bytes.length > this.chunk.length) {
      if (this.at) this.seal();
      this.chunk = new Uint8Array(Math.max(CHUNK_BYTES, bytes.length));
    }
    const start = this.at;
    this.chunk.set(bytes, start);
    this.at += bytes.length;
    return [this.chunks.length, start, this.at];
  }

  private seal(): void {
    this.chunks.push(this.chunk.slice(0, this.at));
    this.at = 0;
  }

  finish(): Uint8Array[] {
    if (this.at) this.seal();
    this.chunk = new Uint8Array(0);
    return this.chunks;
  }
}

export class Segment {
  constructor(readonly data: SegmentData) {}

  get size(): number {
    return this.data.termStarts.length - 1;
  }

  termAt(i: number): string {
    return this.data.terms.slice(this.data.termStarts[i], this.data.termStarts[i + 1]);
  }

  /** The position of `term`, or -1. */
  find(term: string): number {
    const { terms, termStarts } = this.data;
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compareAt(terms, termStarts[mid], termStarts[mid + 1], term);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** A reader of term `i`'s record, one slot after another. */
  reader(i: number): SlotReader {
    const d = this.data;
    return new SlotReader(d.chunks[d.chunkOf[i]], d.starts[i], d.ends[i]);
  }
}

export class SlotReader {
  constructor(
    private readonly bytes: Uint8Array,
    private at: number,
    private readonly end: number,
  ) {}

  private varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.at++];
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  }

  /** Visit the next slot's numbers until `visit` returns false; false if it stopped. */
  nextSlot(visit: (num: number) => boolean): boolean {
    if (this.at >= this.end) return true;
    const count = this.varint();
    let num = 0;
    for (let k = 0; k < count; k++) {
      const z = this.varint();
      num += z % 2 ? -(z + 1) / 2 : z / 2;
      if (!visit(num)) return false;
    }
    return true;
  }
}

/** Compare terms[start, end) with `term`, like `<` on strings, without making a substring. */
function compareAt(terms: string, start: number, end: number, term: string): number {
  const n = Math.min(end - start, term.length);
  for (let k = 0; k < n; k++) {
    const d = terms.charCodeAt(start + k) - term.charCodeAt(k);
    if (d) return d;
  }
  return end - start - term.length;
}

/**
 * One segment of `terms`: `slotsOf` puts a term's numbers for one slot into `out` (it is called
 * for slot 0, 1, … of a term in turn). A term left with no numbers is dropped.
 */
export function packSegment(
  terms: Iterable<string>,
  resolution: number,
  slotsOf: (term: string, slot: number, out: number[]) => void,
): Segment {
  const sorted = [...new Set(terms)].sort();
  const termStarts = new Uint32Array(sorted.length + 1);
  const chunkOf = new Uint32Array(sorted.length);
  const starts = new Uint32Array(sorted.length);
  const ends = new Uint32Array(sorted.length);
  const writer = new RecordWriter();
  const kept: string[] = [];
  const nums: number[] = [];
  let chars = 0;
  for (const term of sorted) {
    let any = false;
    for (let slot = 0; slot < resolution; slot++) {
      nums.length = 0;
      slotsOf(term, slot, nums);
      writer.varint(nums.length);
      let prev = 0;
      for (const num of nums) {
        const d = num - prev;
        writer.varint(d >= 0 ? d * 2 : -d * 2 - 1);
        prev = num;
      }
      any ||= nums.length > 0;
    }
    const [chunk, start, end] = writer.end();
    if (!any) continue; // every number of this term was dropped
    const i = kept.length;
    kept.push(term);
    termStarts[i] = chars;
    chars += term.length;
    chunkOf[i] = chunk;
    starts[i] = start;
    ends[i] = end;
  }
  const n = kept.length;
  termStarts[n] = chars;
  return new Segment({
    terms: kept.join(''),
    termStarts: termStarts.slice(0, n + 1),
    chunkOf: chunkOf.slice(0, n),
    starts: starts.slice(0, n),
    ends: ends.slice(0, n),
    chunks: writer.finish(),
  });
}
