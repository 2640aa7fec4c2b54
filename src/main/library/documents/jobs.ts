// The CPU-heavy half of bringing in feeds and pages: parsing feed XML and turning HTML into
// sanitised documents. Run in the documents worker (worker.ts), or in process without one.
import type { ParsedDocument } from '../parsed';
import { imageSources, rewriteImages } from '../capture/images';
import { documentFromHtml } from '../capture/page-document';
import { itemToDocument, isSummaryOnlyText } from '../feeds/item-documents';
import { parseFeedBytes, type ParsedFeed, type ParsedFeedItem } from '../feeds/parse';

export interface ItemDocument {
  doc: ParsedDocument;
  /** The feed gives only a teaser of this item: its page is worth fetching. */
  summaryOnly: boolean;
}

export const documentJobs = {
  feed: (bytes: Uint8Array, contentType: string | null, feedUrl: string): ParsedFeed =>
    parseFeedBytes(bytes, contentType, feedUrl),
  items: (items: ParsedFeedItem[], feedTitle: string): ItemDocument[] =>
    items.map((item) => {
      const doc = itemToDocument(item, feedTitle);
      return { doc, summaryOnly: isSummaryOnlyText(item, doc.text) };
    }),
  page: (html: string, url: string): ParsedDocument => documentFromHtml(html, url, url),
  imageSources,
  rewriteImages,
};

export type DocumentJobs = typeof documentJobs;
export type DocumentJob = keyof DocumentJobs;
