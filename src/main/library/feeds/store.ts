// Subscriptions as stored: the public Feed shape plus what refreshing needs to remember.
import type { Feed } from '../../../shared/model';
import { newId } from '../ids';

export type FullText = 'auto' | 'always' | 'never';

export interface FeedRecord extends Feed {
  folder: string | null;
  fullText: FullText;
  etag: string | null;
  lastModified: string | null;
  lastSuccessAt: string | null;
  /** item key → the article it became, and the fingerprint it had */
  items: Record<string, { articleId: string; fingerprint: string }>;
}

export interface FeedsFile {
  version: number;
  feeds: FeedRecord[];
}

/** A subscription not fetched yet. */
export function newFeedRecord(f: {
  url: string;
  title: string;
  siteUrl: string | null;
  folder: string | null;
}): FeedRecord {
  return {
    id: newId(),
    ...f,
    itemCount: 0,
    lastFetchedAt: null,
    error: null,
    fullText: 'auto',
    etag: null,
    lastModified: null,
    lastSuccessAt: null,
    items: {},
  };
}

/** What the doors see: no refresh bookkeeping. */
export function publicFeed(f: FeedRecord, unread: number) {
  return {
    id: f.id,
    url: f.url,
    title: f.title,
    siteUrl: f.siteUrl,
    itemCount: Object.keys(f.items).length,
    lastFetchedAt: f.lastFetchedAt,
    error: f.error,
    folder: f.folder,
    fullText: f.fullText,
    lastSuccessAt: f.lastSuccessAt,
    unread,
  };
}
export type FeedView = ReturnType<typeof publicFeed>;
