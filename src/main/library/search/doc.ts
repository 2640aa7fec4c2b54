// What the search index holds per article, and how much of it. Shared by the engine (wherever it
// runs) and the service that feeds it; imports nothing heavy.

export const FIELDS = ['title', 'tags', 'entities', 'meta', 'comments', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * How much a hit in each field counts: title and tags first, then entities, byline/site and
 * comments, then the body.
 */
export const FIELD_WEIGHTS: Record<Field, number> = {
  title: 10,
  tags: 8,
  entities: 5,
  meta: 4,
  comments: 3,
  text: 1,
};

/**
 * Only the first BODY_WORDS words of an article body are indexed. Memory is the limit: every
 * distinct word of every body is a posting, ~1.4 bytes packed (field-index.ts): at 100k synthetic
 * articles of 500–3,000 words, 66M postings and 92 MB. News puts the who, what and where first,
 * and titles, tags, entities and comments are indexed in full.
 */
export const BODY_WORDS = 3000;

export interface SearchDoc {
  id: string;
  /** Changes whenever a field other than the body changes; kept with the index to reconcile. */
  fingerprint: string;
  title: string;
  tags: string[];
  entities: string[];
  /** Byline and site name. */
  meta: string;
  comments: string[];
  /** The body; leave it out of an update to keep the body already indexed. */
  text?: string;
}

export interface SearchHit {
  id: string;
  score: number;
  fields: Field[];
}

export interface EngineResult {
  hits: SearchHit[];
  /** The words that matched, including completions and typo corrections, for highlighting. */
  terms: string[];
}

export interface EngineStats {
  docs: number;
  /** Removed documents whose entries are still in the index (until the next full build). */
  dead: number;
  terms: number;
}

export interface ExportedFile {
  name: string;
  data: string;
}

/** The first `limit` whitespace-separated words of `text`, as written. */
export function firstWords(text: string, limit: number): string {
  const word = /\S+/g;
  let end = 0;
  for (let n = 0; n < limit; n++) {
    const m = word.exec(text);
    if (!m) return text;
    end = word.lastIndex;
  }
  return text.slice(0, end);
}
