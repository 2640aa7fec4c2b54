// The full-text index: one packed inverted index per field (field-index.ts), which tokenizes and
// scores like FlexSearch's Index did in a tenth of the memory; FlexSearch's encoder folds the words.
// Short fields use the "forward" tokenizer (prefixes, for as-you-type); the body uses "strict"
// (whole words, a fifth of the memory) and gets prefixes and typo corrections from the vocabulary.
// Documents have numeric ids inside the index; a removed one stays there as a dead number.
import { Charset, Encoder } from 'flexsearch';
import {
  BODY_WORDS,
  FIELD_WEIGHTS,
  FIELDS,
  firstWords,
  type EngineResult,
  type EngineStats,
  type ExportedFile,
  type Field,
  type SearchDoc,
  type SearchHit,
} from './doc';
import { QueryScores, WordScores } from './doc-scores';
import { FieldIndex } from './field-index';
import { Vocabulary } from './vocabulary';

/** Bump when the index layout or encoding changes: older saved indexes are rebuilt. */
export const ENGINE_VERSION = 3;
/** Candidates read per field and term; bounds the work of a query on a common word. */
const CANDIDATES = 2000;
const COMPLETIONS = 6;
const CORRECTIONS = 3;

/** Scoring slots per field: where in the field a word sits (earlier scores higher). */
const RESOLUTION: Record<Field, number> = {
  title: 9,
  tags: 3,
  entities: 9,
  meta: 9,
  comments: 9,
  text: 3,
};

interface DocState {
  num: number;
  fingerprint: string;
  /** A hash per field (FIELDS order), so an update touches only the fields that changed. */
  hashes: number[];
}

interface EngineMeta {
  version: number;
  bodyWords: number;
  nextNum: number;
  docs: [id: string, num: number, fingerprint: string, hashes: number[]][];
}

interface Variant {
  term: string;
  factor: number;
  /** Completions only concern the body: the forward-tokenized fields match prefixes anyway. */
  bodyOnly: boolean;
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function contentOf(doc: SearchDoc, field: Field): string {
  switch (field) {
    case 'tags':
    case 'entities':
    case 'comments':
      return doc[field].join('\n');
    case 'text':
      return firstWords(doc.text ?? '', BODY_WORDS);
    default:
      return doc[field];
  }
}

const encoder = new Encoder({ ...Charset.Normalize, cache: false });
// encode(text, dedupeTerms) exists at runtime (encoder.js); the typings only know one argument.
const encodeDistinct = encoder.encode.bind(encoder) as (text: string, dedupe: boolean) => string[];

export class SearchEngine {
  private vocabulary = new Vocabulary();
  private readonly indexes: Record<Field, FieldIndex>;
  private readonly docs = new Map<string, DocState>();
  /** num → article id; null once removed. */
  private ids: (string | null)[] = [null];
  private imported: Partial<EngineMeta> | null = null;
  /** Scratch tables of a query (reused: search is synchronous). */
  private readonly word = new WordScores();
  private readonly query = new QueryScores();

  constructor() {
    const make = (field: Field) =>
      new FieldIndex(field === 'text' ? 'strict' : 'forward', RESOLUTION[field]);
    this.indexes = {
      title: make('title'),
      tags: make('tags'),
      entities: make('entities'),
      meta: make('meta'),
      comments: make('comments'),
      text: make('text'),
    };
  }

  stats(): EngineStats {
    return {
      docs: this.docs.size,
      dead: this.ids.length - 1 - this.docs.size,
      terms: this.vocabulary.size,
    };
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  fingerprints(): [string, string][] {
    return [...this.docs].map(([id, state]) => [id, state.fingerprint]);
  }

  /** Add a document, or update it if it is indexed already. */
  add(doc: SearchDoc): void {
    const existing = this.docs.get(doc.id);
    if (existing) return this.update(doc);
    const num = this.ids.length;
    this.ids.push(doc.id);
    const hashes = FIELDS.map(() => 0);
    FIELDS.forEach((field, i) => {
      const content = contentOf(doc, field);
      hashes[i] = hash(content);
      if (content) this.indexes[field].add(num, this.termsOf(content));
    });
    this.docs.set(doc.id, { num, fingerprint: doc.fingerprint, hashes });
  }

  /** Re-index the fields that changed; without `text` the indexed body stays. */
  update(doc: SearchDoc): void {
    const state = this.docs.get(doc.id);
    if (!state) return this.add(doc);
    const body = doc.text === undefined ? null : contentOf(doc, 'text');
    if (body !== null && hash(body) !== state.hashes[FIELDS.indexOf('text')]) {
      // A new body: index the article afresh under a new number.
      this.remove(doc.id);
      return this.add(doc);
    }
    FIELDS.forEach((field, i) => {
      if (field === 'text') return;
      const content = contentOf(doc, field);
      const h = hash(content);
      if (h === state.hashes[i]) return;
      if (content) this.indexes[field].update(state.num, this.termsOf(content));
      else this.indexes[field].remove(state.num);
      state.hashes[i] = h;
    });
    state.fingerprint = doc.fingerprint;
  }

  /** The encoded, distinct words of a field's text, recorded in the vocabulary. */
  private termsOf(content: string): string[] {
    const terms = encodeDistinct(content, true);
    this.vocabulary.addAll(terms);
    return terms;
  }

  /**
   * Forget a document. Its entries stay in the index as dead numbers, skipped by search (packed
   * postings are not rewritten). They go at the next full build (see stats().dead).
   */
  remove(id: string): void {
    const state = this.docs.get(id);
    if (!state) return;
    this.ids[state.num] = null;
    this.docs.delete(id);
  }

  /**
   * Documents matching every word of `text` (or, when none does, the most words), best first. The
   * last word counts as a prefix; a word found nowhere is tried with one typo corrected.
   */
  search(text: string, limit: number): EngineResult {
    const tokens = encodeDistinct(text, true);
    const { word, query } = this;
    word.prepare(this.ids.length);
    query.prepare(this.ids.length);
    const matched: string[] = [];
    try {
      tokens.forEach((token, i) => {
        const last = i === tokens.length - 1;
        const variants: Variant[] = [{ term: token, factor: 1, bodyOnly: false }];
        if (last) variants.push(...this.completionsOf(token, 0.7));
        word.reset();
        this.searchVariants(variants);
        if (word.count) matched.push(token);
        else if (token.length >= 4) {
          const corrections = this.vocabulary.corrections(token, last, CORRECTIONS);
          const corrected: Variant[] = [];
          for (const c of corrections) {
            corrected.push({ term: c.term, factor: 0.5, bodyOnly: false });
            if (c.prefix) corrected.push(...this.completionsOf(c.term, 0.4));
          }
          this.searchVariants(corrected);
          if (word.count) matched.push(...corrections.map((c) => c.term));
        }
        query.addWord(word);
      });
      const hits: SearchHit[] = query
        .ranked(limit)
        .map((d) => ({ id: this.ids[d.num]!, score: d.score, fields: d.fields }));
      return { hits, terms: matched };
    } finally {
      word.reset();
      query.reset();
    }
  }

  private completionsOf(prefix: string, factor: number): Variant[] {
    return this.vocabulary
      .completions(prefix, COMPLETIONS)
      .map((term) => ({ term, factor, bodyOnly: true }));
  }

  /** One query word (with its variants) across all fields, into `this.word`. */
  private searchVariants(variants: Variant[]): void {
    const { word, ids } = this;
    // Variants are encoded words already; encoding again only guards against an odd one.
    const keys = variants.map((v) => encodeDistinct(v.term, true));
    FIELDS.forEach((field, f) => {
      const index = this.indexes[field];
      const resolution = RESOLUTION[field];
      variants.forEach((v, i) => {
        if ((v.bodyOnly && field !== 'text') || keys[i].length !== 1) return;
        index.read(keys[i][0], CANDIDATES, (num, slot) => {
          if (!ids[num]) return;
          // An earlier position in the field scores higher (FlexSearch's resolution slots).
          word.add(num, f, FIELD_WEIGHTS[field] * v.factor * (1 - (0.5 * slot) / (resolution - 1)));
        });
      });
    });
  }

  // ---- export and import ----

  private header(): ExportedFile[] {
    const meta: EngineMeta = {
      version: ENGINE_VERSION,
      bodyWords: BODY_WORDS,
      nextNum: this.ids.length,
      docs: [...this.docs].map(([id, s]) => [id, s.num, s.fingerprint, s.hashes]),
    };
    return [
      { name: 'engine', data: JSON.stringify(meta) },
      { name: 'vocabulary', data: JSON.stringify(this.vocabulary) },
    ];
  }

  /** Hand every part of the index to `write`, in order (the engine part first), one at a time. */
  async exportTo(write: (name: string, data: string) => Promise<void>): Promise<void> {
    for (const part of this.header()) await write(part.name, part.data);
    for (const field of FIELDS) {
      for (const [key, data] of this.indexes[field].parts()) await write(`${field}.${key}`, data);
    }
  }

  export(): ExportedFile[] {
    const files = this.header();
    for (const field of FIELDS) {
      for (const [key, data] of this.indexes[field].parts()) {
        files.push({ name: `${field}.${key}`, data });
      }
    }
    return files;
  }

  /** Read one exported part into this (new, empty) engine; throws on anything unexpected. */
  importPart(name: string, data: string): void {
    if (name === 'engine') {
      const meta = JSON.parse(data) as Partial<EngineMeta>;
      if (meta.version !== ENGINE_VERSION) throw new Error(`index version ${meta.version}`);
      if (meta.bodyWords !== BODY_WORDS) throw new Error('index built with another body limit');
      if (!Number.isInteger(meta.nextNum) || !Array.isArray(meta.docs)) throw new Error('engine');
      this.imported = meta;
      return;
    }
    if (!this.imported) throw new Error('index parts out of order');
    if (name === 'vocabulary') {
      this.vocabulary = Vocabulary.fromJSON(JSON.parse(data));
      return;
    }
    const dot = name.indexOf('.');
    const field = name.slice(0, dot) as Field;
    if (!FIELDS.includes(field)) throw new Error(`unknown index part ${name}`);
    this.indexes[field].importPart(name.slice(dot + 1), data);
  }

  /** After the last part: rebuild the id tables. */
  finishImport(): void {
    const meta = this.imported;
    if (!meta?.docs || !meta.nextNum) throw new Error('index has no engine part');
    for (const field of FIELDS) this.indexes[field].finishImport();
    this.ids = new Array<string | null>(meta.nextNum).fill(null);
    for (const entry of meta.docs) {
      const [id, num, fingerprint, hashes] = entry;
      if (typeof id !== 'string' || !Number.isInteger(num) || num < 1 || num >= meta.nextNum) {
        throw new Error('index document table is damaged');
      }
      this.ids[num] = id;
      this.docs.set(id, { num, fingerprint: String(fingerprint), hashes: hashes.map(Number) });
    }
    this.imported = null;
  }

  import(files: ExportedFile[]): void {
    for (const f of files) this.importPart(f.name, f.data);
    this.finishImport();
  }
}
