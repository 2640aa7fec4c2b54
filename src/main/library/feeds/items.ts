// Feed items: their identity across refreshes, how to tell an edited item, and the one conversion
// from a parsed item to a document the Library stores.
import { createHash } from 'node:crypto';
import { sanitizeArticleHtml } from '../capture/sanitize';
import { htmlToText } from '../capture/text';
import type { ParsedDocument } from '../parsed';
import type { ParsedFeed, ParsedFeedItem } from './parse';

const hash = (s: string) => createHash('sha1').update(s).digest('hex');

/** guid, then link, then title and date: the same item on every refresh. */
export function itemKey(item: ParsedFeedItem): string {
  return item.guid ?? item.link ?? `h:${hash(`${item.title}|${item.publishedAt ?? ''}`)}`;
}

/** Changes when the publisher edits the item. */
export function itemFingerprint(item: ParsedFeedItem): string {
  return hash(`${item.title}|${item.contentHtml ?? ''}|${item.summaryHtml ?? ''}`);
}

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
