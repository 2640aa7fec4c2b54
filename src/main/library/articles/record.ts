// The one place where a parsed document becomes a stored Article.
import type { Article, ArticleSource } from '../../../shared/model';
import type { ParsedDocument } from '../parsed';

const EXCERPT_CHARS = 240;

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS - 40)).trimEnd()}…`;
}

export function toArticle(
  doc: ParsedDocument,
  meta: {
    id: string;
    source: ArticleSource;
    savedAt: string;
    feedId?: string | null;
    tags?: string[];
  },
): Article {
  return {
    id: meta.id,
    url: doc.canonicalUrl ?? doc.url,
    title: doc.title.trim() || 'Untitled',
    byline: doc.byline,
    siteName: doc.siteName,
    publishedAt: doc.publishedAt,
    savedAt: meta.savedAt,
    tags: meta.tags ?? [],
    read: false,
    starred: false,
    archived: false,
    excerpt: doc.excerpt?.trim() || excerptOf(doc.text),
    wordCount: countWords(doc.text),
    commentCount: 0,
    feedId: meta.feedId ?? null,
    source: meta.source,
    lang: doc.lang,
    dir: doc.dir,
    progress: 0,
  };
}
