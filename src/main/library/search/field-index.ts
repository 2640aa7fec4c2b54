// The inverted index of one field, with FlexSearch's tokenizing and scoring slots ("strict":
// whole words; "forward": every prefix of a word; a word's slot from its place in the field) but
// packed: new postings gather in arrays and are packed into segments (postings.ts) every ~2M
// postings, and into one segment before the index is exported. A document's postings in older
// segments are not rewritten when it changes: they are marked stale until the next full pack.
import { packSegment, Segment, type SegmentData, type SlotReader, type Slots } from './postings';

export type Tokenize = 'strict' | 'forward';

/** Fresh postings held in arrays before they are packed (~60 MB of arrays at most). */
const FLUSH_POSTINGS = 2_000_000;
/** More segments than this are packed into one. */
const MAX_SEGMENTS = 8;

/** FlexSearch's get_score: the slot of the i-th of `length` words. */
function slotOf(resolution: number, length: number, i: number): number {
  if (!i || resolution <= 1) return 0;
  return length <= resolution ? i : (((resolution - 1) / length) * i + 1) | 0;
}

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;

const toBase64 = (a: ArrayBufferView) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function u32(base64: unknown): Uint32Array {
  if (typeof base64 !== 'string') throw new Error('index part: not a string');
  const b = Buffer.from(base64, 'base64');
  if (b.length % 4) throw new Error('index part: bad length');
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
}

interface Head {
  terms: string;
  termStarts: string;
  chunkOf: string;
  starts: string;
  ends: string;
  /** The size of each postings chunk. */
  chunks: number[];
}

export class FieldIndex {
  private segments: Segment[] = [];
  private fresh = new Map<string, Slots>();
  private freshPostings = 0;
  /** Numbers with postings in `fresh`. */
  private freshNums = new Set<number>();
  /** A changed document's number → how many segments (the first n) hold stale postings of it. */
  private staleIn = new Map<number, number>();
  private importing: { data: SegmentData; sizes: number[]; bytes: Buffer; at: number } | null =
    null;

  constructor(
    private readonly tokenize: Tokenize,
    private readonly resolution: number,
    /** Fresh postings packed at a time (tests pack sooner). */
    private readonly flushAt = FLUSH_POSTINGS,
  ) {}

  /** Index document `num` with its encoded terms in order, each once (the encoder dedupes). */
  add(num: number, terms: readonly string[]): void {
    // Prefixes repeat across words ("art", "artist"): a prefix counts at its first word.
    const seen = this.tokenize === 'forward' ? new Set<string>() : null;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i];
      if (!term || seen?.has(term)) continue;
      const slot = slotOf(this.resolution, terms.length, i);
      if (seen && term.length > 1) {
        for (let x = 1; x <= term.length; x++) {
          const prefix = term.slice(0, x);
          if (!seen.has(prefix)) this.push(prefix, slot, num);
          seen.add(prefix);
        }
      } else {
        this.push(term, slot, num);
        seen?.add(term);
      }
    }
    if (this.freshPostings >= this.flushAt) this.flush();
  }

  private push(token: string, slot: number, num: number): void {
    let slots = this.fresh.get(token);
    if (!slots) this.fresh.set(token, (slots = []));
    (slots[slot] ??= []).push(num);
    this.freshNums.add(num);
    this.freshPostings++;
  }

  remove(num: number): void {
    if (this.segments.length) this.staleIn.set(num, this.segments.length);
    if (!this.freshNums.delete(num)) return;
    for (const [term, slots] of this.fresh) {
      let left = 0;
      for (const nums of slots) {
        const at = nums ? nums.indexOf(num) : -1;
        if (at >= 0) {
          nums!.splice(at, 1);
          this.freshPostings--;
        }
        left += nums?.length ?? 0;
      }
      if (!left) this.fresh.delete(term);
    }
  }

  update(num: number, terms: readonly string[]): void {
    this.remove(num);
    this.add(num, terms);
  }

  /**
   * Visit the documents of `term`, best slot first and in the order they were added within a
   * slot, until `limit` have been visited.
   */
  read(term: string, limit: number, visit: (num: number, slot: number) => void): void {
    const readers: [number, SlotReader][] = [];
    this.segments.forEach((segment, s) => {
      const i = segment.find(term);
      if (i >= 0) readers.push([s, segment.reader(i)]);
    });
    const fresh = this.fresh.get(term);
    let read = 0;
    for (let slot = 0; slot < this.resolution && read < limit; slot++) {
      for (const [s, reader] of readers) {
        reader.nextSlot((num) => {
          if (read >= limit) return false;
          if (!this.isStale(num, s)) {
            visit(num, slot);
            read++;
          }
          return true;
        });
      }
      for (const num of fresh?.[slot] ?? []) {
        if (read >= limit) break;
        visit(num, slot);
        read++;
      }
    }
  }

  private isStale(num: number, segment: number): boolean {
    if (!this.staleIn.size) return false;
    const n = this.staleIn.get(num);
    return n !== undefined && segment < n;
  }

  /** Pack the fresh postings into a segment (and the segments into one if there are many). */
  private flush(): void {
    this.segments.push(this.pack([]));
    if (this.segments.length > MAX_SEGMENTS) this.compact();
  }

  /** Everything in one segment, stale postings dropped. */
  compact(): void {
    if (!this.fresh.size && this.segments.length <= 1 && !this.staleIn.size) return;
    this.segments = [this.pack(this.segments)];
    this.staleIn.clear();
  }

  /** One segment of `sources` and the fresh postings, which are then let go. */
  private pack(sources: Segment[]): Segment {
    const terms: string[] = [];
    for (const segment of sources) {
      for (let i = 0; i < segment.size; i++) terms.push(segment.termAt(i));
    }
    for (const term of this.fresh.keys()) terms.push(term);
    let readers: (SlotReader | null)[] = [];
    const packed = packSegment(terms, this.resolution, (term, slot, out) => {
      if (slot === 0) {
        readers = sources.map((segment) => {
          const i = segment.find(term);
          return i >= 0 ? segment.reader(i) : null;
        });
      }
      readers.forEach((reader, s) =>
        reader?.nextSlot((num) => {
          if (!this.isStale(num, s)) out.push(num);
          return true;
        }),
      );
      for (const num of this.fresh.get(term)?.[slot] ?? []) out.push(num);
    });
    this.fresh = new Map();
    this.freshNums = new Set();
    this.freshPostings = 0;
    return packed;
  }

  // ---- export and import ----

  /** The index as [key, text] parts (packing it into one segment first). */
  *parts(): Generator<[string, string]> {
    this.compact();
    const d = this.segments[0]?.data ?? packSegment([], this.resolution, () => undefined).data;
    const head: Head = {
      terms: d.terms,
      termStarts: toBase64(d.termStarts),
      chunkOf: toBase64(d.chunkOf),
      starts: toBase64(d.starts),
      ends: toBase64(d.ends),
      chunks: d.chunks.map((c) => c.length),
    };
    yield ['head', JSON.stringify(head)];
    for (let k = 0; k < d.chunks.length; k++) yield [`c${k}`, toBase64(d.chunks[k])];
  }

  /** Read one exported part into this (new, empty) index; throws on anything unexpected. */
  importPart(key: string, text: string): void {
    if (key === 'head') {
      const head = JSON.parse(text) as Partial<Head>;
      const sizes = head.chunks;
      if (typeof head.terms !== 'string' || !Array.isArray(sizes) || !sizes.every(isCount)) {
        throw new Error('field index head');
      }
      // One buffer for all chunks: read into piece by piece, it leaves no holes in the heap.
      this.importing = {
        sizes,
        bytes: Buffer.allocUnsafeSlow(sizes.reduce((sum, n) => sum + n, 0)),
        at: 0,
        data: {
          terms: head.terms,
          termStarts: u32(head.termStarts),
          chunkOf: u32(head.chunkOf),
          starts: u32(head.starts),
          ends: u32(head.ends),
          chunks: [],
        },
      };
      return;
    }
    const imp = this.importing;
    const k = imp?.data.chunks.length ?? -1;
    if (!imp || key !== `c${k}` || k >= imp.sizes.length) {
      throw new Error(`field index part ${key}`);
    }
    const size = imp.sizes[k];
    if (imp.bytes.write(text, imp.at, size, 'base64') !== size) {
      throw new Error(`field index part ${key} is short`);
    }
    imp.data.chunks.push(imp.bytes.subarray(imp.at, imp.at + size));
    imp.at += size;
  }

  finishImport(): void {
    const imported = this.importing;
    if (!imported) throw new Error('field index has no head');
    const d = imported.data;
    const n = d.termStarts.length - 1;
    const sound =
      n >= 0 &&
      d.chunks.length === imported.sizes.length &&
      d.termStarts[n] === d.terms.length &&
      d.chunkOf.length === n &&
      d.starts.length === n &&
      d.ends.length === n &&
      d.chunkOf.every((c, i) => c < d.chunks.length && d.ends[i] <= d.chunks[c].length);
    if (!sound) throw new Error('field index is damaged');
    this.segments = n ? [new Segment(d)] : [];
    this.importing = null;
  }
}
