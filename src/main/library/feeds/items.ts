// Feed items: their identity across refreshes and how to tell an edited item (their conversion to
// documents, which needs the HTML parsers, is in item-documents.ts).
import { createHash } from 'node:crypto';
import type { ParsedFeedItem } from './parse';

const hash = (s: string) => createHash('sha1').update(s).digest('hex');

/** guid, then link, then title and date: the same item on every refresh. */
export function itemKey(item: ParsedFeedItem): string {
  return item.guid ?? item.link ?? `h:${hash(`${item.title}|${item.publishedAt ?? ''}`)}`;
}

/** Changes when the publisher edits the item. */
export function itemFingerprint(item: ParsedFeedItem): string {
  return hash(`${item.title}|${item.contentHtml ?? ''}|${item.summaryHtml ?? ''}`);
}
