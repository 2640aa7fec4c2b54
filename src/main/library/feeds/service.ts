// Subscriptions: add (by feed or by site), refresh (bounded concurrency, conditional GET, one
// feed's failure never blocks the others), items become articles once and are updated when edited.
// Parsing a feed and converting its items are document jobs (the documents worker in the app): a
// refresh of hundreds of feeds would otherwise stall the Library's thread.
import type { Low } from 'lowdb';
import type { Article } from '../../../shared/model';
import { decodeDocument } from '../capture/decode';
import { fetchResource } from '../capture/fetch';
import type { LibraryContext } from '../context';
import type { DocumentParser } from '../documents/client';
import type { ItemDocument } from '../documents/jobs';
import { notFound } from '../errors';
import type { ParsedDocument } from '../parsed';
import type { FeedCandidate } from './discover';
import { FeedError, MAX_FEED_BYTES } from './feed-error';
import { itemFingerprint, itemKey } from './items';
import type { ParsedFeed, ParsedFeedItem } from './parse';
import {
  newFeedRecord,
  publicFeed,
  type FeedRecord,
  type FeedsFile,
  type FeedView,
  type FullText,
} from './store';

export const REFRESH_CONCURRENCY = 6;
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface FeedDeps {
  ctx: LibraryContext;
  /** Store new articles (body, images, entities) the way every source does. */
  addDocuments(
    docs: ParsedDocument[],
    meta: { source: 'feed'; feedId: string },
  ): Promise<Article[]>;
  /** Replace an article's body and metadata, keeping the person's flags, tags and comments. */
  replaceDocument(id: string, doc: ParsedDocument): Promise<void>;
  cacheImages(html: string): Promise<string>;
  deleteArticle(id: string): Promise<boolean>;
  documents: DocumentParser;
  allow?: (url: URL) => boolean;
}

// Fetching an item's page is needed only for teaser feeds; loaded once, not per item.
let capture: Promise<typeof import('../capture/capture')> | null = null;
const captureModule = () => (capture ??= import('../capture/capture'));

export interface RefreshResult {
  id: string;
  status: 'updated' | 'not-modified' | 'error';
  added: number;
  updated: number;
  error?: string;
}

export class FeedService {
  private readonly running = new Map<string, Promise<RefreshResult>>();

  constructor(
    private readonly deps: FeedDeps,
    private readonly db: Low<FeedsFile>,
  ) {}

  private get ctx(): LibraryContext {
    return this.deps.ctx;
  }

  private record(id: string): FeedRecord {
    const feed = this.db.data.feeds.find((f) => f.id === id);
    if (!feed) throw notFound('feed', id);
    return feed;
  }

  list(): FeedView[] {
    const unread = new Map<string, number>();
    for (const a of this.ctx.articles.all()) {
      if (a.feedId && !a.read) unread.set(a.feedId, (unread.get(a.feedId) ?? 0) + 1);
    }
    return this.db.data.feeds.map((f) => publicFeed(f, unread.get(f.id) ?? 0));
  }

  view(id: string): FeedView {
    const feed = this.record(id);
    return this.list().find((f) => f.id === feed.id)!;
  }

  /** Subscribe by feed address, or by a site's address when it names exactly one feed. */
  async add(
    url: string,
    options: { folder?: string | null; title?: string } = {},
  ): Promise<{ feed: FeedView | null; choices: FeedCandidate[] }> {
    this.ctx.assertWritable();
    const known = this.db.data.feeds.find((f) => f.url === url);
    if (known) return { feed: this.view(known.id), choices: [] };
    const res = await fetchResource(url, {
      accept: FEED_ACCEPT,
      maxBytes: MAX_FEED_BYTES,
      allow: this.deps.allow,
    });
    let parsed: ParsedFeed;
    try {
      parsed = await this.deps.documents.run('feed', res.bytes, res.contentType, res.finalUrl);
    } catch (error) {
      const html = decodeDocument(res.bytes, res.contentType);
      const { discoverFeeds } = await import('./discover');
      const choices = /<html|<!doctype html/i.test(html.slice(0, 2000))
        ? discoverFeeds(html, res.finalUrl)
        : [];
      if (choices.length === 1) return this.add(choices[0].url, options);
      if (choices.length > 1) return { feed: null, choices };
      if (choices.length === 0 && /<html|<!doctype html/i.test(html.slice(0, 2000))) {
        throw new FeedError('That page names no feed; paste the address of its RSS or Atom feed.');
      }
      throw error;
    }
    const feed = newFeedRecord({
      url,
      title: options.title ?? parsed.title,
      siteUrl: parsed.siteUrl,
      folder: options.folder ?? null,
    });
    this.db.data.feeds.push(feed);
    await this.db.write();
    await this.absorb(feed, parsed, res.headers.get('etag'), res.headers.get('last-modified'));
    return { feed: this.view(feed.id), choices: [] };
  }

  async refresh(id?: string): Promise<RefreshResult[]> {
    this.ctx.assertWritable();
    const feeds = id ? [this.record(id)] : [...this.db.data.feeds];
    const results: RefreshResult[] = [];
    let done = 0;
    const queue = [...feeds];
    const progress = () =>
      this.ctx.events.emitEvent({
        type: 'progress',
        task: 'feeds',
        stage: 'refreshing',
        done,
        total: feeds.length,
      });
    progress();
    const worker = async (): Promise<void> => {
      for (let feed = queue.shift(); feed; feed = queue.shift()) {
        results.push(await this.refreshOnce(feed));
        done++;
        progress();
      }
    };
    await Promise.all(Array.from({ length: Math.min(REFRESH_CONCURRENCY, feeds.length) }, worker));
    return results;
  }

  /**
   * A feed already refreshing (the schedule and a click at once) is joined, not fetched again:
   * two overlapping refreshes would both see an item as new and save it twice.
   */
  private refreshOnce(feed: FeedRecord): Promise<RefreshResult> {
    let run = this.running.get(feed.id);
    if (!run) {
      run = this.refreshOne(feed).finally(() => this.running.delete(feed.id));
      this.running.set(feed.id, run);
    }
    return run;
  }

  private async refreshOne(feed: FeedRecord): Promise<RefreshResult> {
    const now = new Date().toISOString();
    try {
      const headers: Record<string, string> = {};
      if (feed.etag) headers['If-None-Match'] = feed.etag;
      if (feed.lastModified) headers['If-Modified-Since'] = feed.lastModified;
      const res = await fetchResource(feed.url, {
        accept: FEED_ACCEPT,
        maxBytes: MAX_FEED_BYTES,
        headers,
        allow: this.deps.allow,
      });
      if (res.status === 304) {
        Object.assign(feed, { lastFetchedAt: now, lastSuccessAt: now, error: null });
        await this.db.write();
        return { id: feed.id, status: 'not-modified', added: 0, updated: 0 };
      }
      const parsed = await this.deps.documents.run(
        'feed',
        res.bytes,
        res.contentType,
        res.finalUrl,
      );
      const counts = await this.absorb(
        feed,
        parsed,
        res.headers.get('etag'),
        res.headers.get('last-modified'),
      );
      return { id: feed.id, status: 'updated', ...counts };
    } catch (error) {
      Object.assign(feed, { lastFetchedAt: now, error: (error as Error).message });
      await this.db.write();
      return {
        id: feed.id,
        status: 'error',
        added: 0,
        updated: 0,
        error: (error as Error).message,
      };
    }
  }

  /** New items become articles; edited ones update theirs; nothing is duplicated. */
  private async absorb(
    feed: FeedRecord,
    parsed: ParsedFeed,
    etag: string | null,
    lastModified: string | null,
  ) {
    const changed: {
      item: ParsedFeedItem;
      key: string;
      fingerprint: string;
      known?: FeedRecord['items'][string];
    }[] = [];
    const freshLinks = new Set<string>();
    for (const item of parsed.items) {
      const key = itemKey(item);
      const fingerprint = itemFingerprint(item);
      const known = feed.items[key];
      if (known && known.fingerprint === fingerprint) continue;
      if (known && this.ctx.articles.get(known.articleId)) {
        changed.push({ item, key, fingerprint, known });
        continue;
      }
      const link = item.link;
      if (link) {
        const saved = this.ctx.articles
          .withUrl(link)
          .some((a) => a.url === link && a.feedId === feed.id);
        if (saved || freshLinks.has(link)) continue;
        freshLinks.add(link);
      }
      changed.push({ item, key, fingerprint });
    }
    // All of a feed's new and edited items converted in one job.
    const converted = changed.length
      ? await this.deps.documents.run(
          'items',
          changed.map((c) => c.item),
          parsed.title,
        )
      : [];
    let updated = 0;
    const fresh: { key: string; fingerprint: string; doc: ParsedDocument }[] = [];
    for (const [i, c] of changed.entries()) {
      const doc = await this.documentFor(feed, c.item, converted[i]);
      if (c.known) {
        await this.deps.replaceDocument(c.known.articleId, doc);
        c.known.fingerprint = c.fingerprint;
        updated++;
      } else fresh.push({ key: c.key, fingerprint: c.fingerprint, doc });
    }
    // The feed's new items are saved together: one index write per feed, not one per item.
    const articles = await this.deps.addDocuments(
      fresh.map((f) => f.doc),
      { source: 'feed', feedId: feed.id },
    );
    fresh.forEach(
      (f, i) => (feed.items[f.key] = { articleId: articles[i].id, fingerprint: f.fingerprint }),
    );
    const added = articles.length;
    const now = new Date().toISOString();
    Object.assign(feed, {
      etag,
      lastModified,
      lastFetchedAt: now,
      lastSuccessAt: now,
      error: null,
      siteUrl: feed.siteUrl ?? parsed.siteUrl,
      itemCount: Object.keys(feed.items).length,
    });
    await this.db.write();
    return { added, updated };
  }

  /** The item's own text, or its page's when the feed gives a teaser (and the page can be read). */
  private async documentFor(
    feed: FeedRecord,
    item: ParsedFeedItem,
    { doc: fromFeed, summaryOnly }: ItemDocument,
  ): Promise<ParsedDocument> {
    const wantFull = feed.fullText === 'always' || (feed.fullText === 'auto' && summaryOnly);
    if (wantFull && item.link) {
      try {
        const { fetchPage } = await captureModule();
        const page = await fetchPage(item.link, {
          allow: this.deps.allow,
          toDocument: (html, url) => this.deps.documents.run('page', html, url),
        });
        return {
          ...page.doc,
          title: fromFeed.title || page.doc.title,
          html: await this.deps.cacheImages(page.doc.html),
          url: item.link,
          publishedAt: fromFeed.publishedAt ?? page.doc.publishedAt,
          siteName: page.doc.siteName ?? fromFeed.siteName,
        };
      } catch {
        // The feed's own text is better than nothing; the item still reads offline.
      }
    }
    return { ...fromFeed, html: await this.deps.cacheImages(fromFeed.html) };
  }

  async update(
    id: string,
    patch: { title?: string; folder?: string | null; fullText?: FullText },
  ): Promise<FeedView> {
    this.ctx.assertWritable();
    Object.assign(
      this.record(id),
      Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    );
    await this.db.write();
    return this.view(id);
  }

  async remove(id: string, keepItems: boolean): Promise<{ removedArticles: number }> {
    this.ctx.assertWritable();
    const feed = this.record(id);
    const articles = this.ctx.articles.all().filter((a) => a.feedId === feed.id);
    if (keepItems) await this.ctx.articles.putMany(articles.map((a) => ({ ...a, feedId: null })));
    else for (const a of articles) await this.deps.deleteArticle(a.id);
    this.db.data.feeds = this.db.data.feeds.filter((f) => f.id !== id);
    await this.db.write();
    return { removedArticles: keepItems ? 0 : articles.length };
  }

  async markAllRead(id: string): Promise<number> {
    this.ctx.assertWritable();
    const unread = this.ctx.articles
      .all()
      .filter((a) => a.feedId === this.record(id).id && !a.read);
    await this.ctx.articles.putMany(unread.map((a) => ({ ...a, read: true })));
    for (const a of unread) this.ctx.events.emitEvent({ type: 'article-changed', id: a.id });
    return unread.length;
  }

  /** Add an OPML list's feeds (not fetched yet: the next refresh does that). */
  async importOpml(text: string): Promise<{ added: number; skipped: number; folders: string[] }> {
    this.ctx.assertWritable();
    const { parseOpml } = await import('./opml');
    const listed = parseOpml(text);
    let added = 0;
    for (const f of listed) {
      if (this.db.data.feeds.some((x) => x.url === f.url)) continue;
      this.db.data.feeds.push(newFeedRecord(f));
      added++;
    }
    if (added) await this.db.write();
    const folders = [
      ...new Set(listed.map((f) => f.folder).filter((f): f is string => Boolean(f))),
    ];
    return { added, skipped: listed.length - added, folders };
  }

  async exportOpml(): Promise<string> {
    const { buildOpml } = await import('./opml');
    return buildOpml(
      this.db.data.feeds.map((f) => ({
        url: f.url,
        title: f.title,
        siteUrl: f.siteUrl,
        folder: f.folder,
      })),
    );
  }
}
