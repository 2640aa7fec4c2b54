// The one conversion from a parsed feed item to a document the Library stores, and whether the item
// is only a teaser. Run with the other document jobs (documents/jobs.ts), off the Library's thread.
import { sanitizeArticleHtml } from '../capture/sanitize';
import { htmlToText } from '../capture/text';
import type { ParsedDocument } from '../parsed';
import type { ParsedFeedItem } from './parse';

/**
 * A feed that gives only a teaser: the full article is fetched through the capture pipeline.
 * `text` is the item's document text (itemToDocument), so the HTML is not converted twice.
 */
export function isSummaryOnlyText(item: ParsedFeedItem, text: string): boolean {
  if (item.contentHtml) return false;
  const words = text.split(/\s+/).filter(Boolean).length;
  return words < 150 || /(…|\.\.\.|read more|continue reading)\s*$/i.test(text);
}

export function itemToDocument(item: ParsedFeedItem, feedTitle: string): ParsedDocument {
  const html = sanitizeArticleHtml(item.contentHtml ?? item.summaryHtml ?? '');
  return {
    title: item.title || 'Untitled',
    html,
    text: htmlToText(html),
    url: item.link,
    byline: item.author,
    siteName: feedTitle,
    publishedAt: item.publishedAt,
    excerpt: null,
    lang: null,
    dir: null,
  };
}
