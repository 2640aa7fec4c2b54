// A page document from HTML, used for fetched pages (in the documents worker) and for local .html
// files alike: the article extracted, sanitised, and its plain text.
import type { ParsedDocument } from '../parsed';
import { extractArticle } from './extract';
import { sanitizeArticleHtml } from './sanitize';
import { htmlToText } from './text';

export function documentFromHtml(
  html: string,
  url: string,
  sourceUrl: string | null,
): ParsedDocument {
  const page = extractArticle(html, url);
  const clean = sanitizeArticleHtml(page.contentHtml);
  return {
    title: page.title,
    html: clean,
    text: htmlToText(clean),
    url: sourceUrl,
    canonicalUrl: page.canonicalUrl,
    byline: page.byline,
    siteName: page.siteName,
    publishedAt: page.publishedAt,
    excerpt: page.excerpt,
    lang: page.lang,
    dir: page.dir,
  };
}
