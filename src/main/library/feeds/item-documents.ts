// The one conversion from a parsed feed item to a document the Library stores, and whether the item
// is only a teaser. Loaded on first use by the feed service (it needs sanitize-html and linkedom).
import { sanitizeArticleHtml } from '../capture/sanitize';
import { htmlToText } from '../capture/text';
import type { ParsedDocument } from '../parsed';
import type { ParsedFeed, ParsedFeedItem } from './parse';

/** A feed that gives only a teaser: the full article is fetched through the capture pipeline. */
export function isSummaryOnly(item: ParsedFeedItem): boolean {
  const html = item.contentHtml ?? item.summaryHtml ?? '';
  const text = htmlToText(sanitizeArticleHtml(html));
  const words = text.split(/\s+/).filter(Boolean).length;
  return (
    !item.contentHtml && (words < 150 || /(…|\.\.\.|read more|continue reading)\s*$/i.test(text))
  );
}

export function itemToDocument(item: ParsedFeedItem, feed: ParsedFeed): ParsedDocument {
  const html = sanitizeArticleHtml(item.contentHtml ?? item.summaryHtml ?? '');
  return {
    title: item.title || 'Untitled',
    html,
    text: htmlToText(html),
    url: item.link,
    byline: item.author,
    siteName: feed.title,
    publishedAt: item.publishedAt,
    excerpt: null,
    lang: null,
    dir: null,
  };
}
