// Parsed forms: what an importer or extractor produces before it becomes a stored Article.
// The one conversion to Article lives in articles/record.ts.

/** A document extracted from a file, a web page or a feed item, ready to be stored. */
export interface ParsedDocument {
  title: string;
  /** Sanitised article HTML (safe to store and render). */
  html: string;
  /** Plain text of the article, paragraphs separated by blank lines. */
  text: string;
  url: string | null;
  canonicalUrl?: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** Content hashes of images stored in the cache that this document's HTML refers to. */
  images?: string[];
}
