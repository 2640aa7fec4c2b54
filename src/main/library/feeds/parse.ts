// Feeds in every common format (RSS 0.9x/1.0/2.0, Atom, JSON Feed) through feedsmith, which parsed
// the most of the feedparser test files and real feeds (DESIGN.md), as our own parsed form.
import { parseFeed as parseAny } from 'feedsmith';
import { decodeDocument } from '../capture/decode';
import { FeedError, MAX_FEED_BYTES, MAX_FEED_ITEMS } from './feed-error';

export { FeedError, MAX_FEED_BYTES, MAX_FEED_ITEMS } from './feed-error';

export interface ParsedFeedItem {
  guid: string | null;
  link: string | null;
  title: string;
  author: string | null;
  publishedAt: string | null;
  summaryHtml: string | null;
  contentHtml: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string;
  siteUrl: string | null;
  items: ParsedFeedItem[];
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return str(o.value ?? o['#text'] ?? o.href ?? o.name ?? o.url ?? null);
  }
  return null;
}

function iso(value: unknown): string | null {
  const s = str(value);
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function absolute(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    const abs = new URL(url, base);
    return abs.protocol === 'http:' || abs.protocol === 'https:' ? abs.href : null;
  } catch {
    return null;
  }
}

/** External entities and entity expansion are refused by never giving the parser a DOCTYPE. */
function withoutDoctype(xml: string): string {
  return xml.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
}

type Loose = Record<string, unknown>;

function atomLink(links: unknown, rel = 'alternate'): string | null {
  if (!Array.isArray(links)) return str(links);
  const match = (links as Loose[]).find((l) => !l.rel || l.rel === rel) ?? (links as Loose[])[0];
  return str(match?.href);
}

function fromItem(item: Loose, format: ParsedFeed['format'], base: string): ParsedFeedItem {
  const content = item.content as Loose | string | undefined;
  const dc = (item.dc ?? {}) as Loose;
  const link =
    format === 'atom'
      ? atomLink(item.links)
      : format === 'json'
        ? str(item.url ?? item.external_url)
        : str(item.link);
  const authors = (item.authors ?? item.author) as unknown;
  const author = Array.isArray(authors)
    ? str(authors[0])
    : str(authors ?? dc.creator ?? (dc.creators as unknown[] | undefined)?.[0]);
  const contentHtml =
    format === 'json'
      ? (str(item.content_html) ??
        (str(item.content_text) ? `<p>${str(item.content_text)}</p>` : null))
      : typeof content === 'string'
        ? content
        : str(
            (content as Loose | undefined)?.encoded ??
              (content as Loose | undefined)?.value ??
              null,
          );
  return {
    guid: str(format === 'atom' || format === 'json' ? item.id : item.guid),
    link: absolute(link, base),
    title: str(item.title) ?? '',
    author,
    publishedAt: iso(
      item.pubDate ?? item.published ?? item.date_published ?? dc.date ?? item.updated,
    ),
    summaryHtml: str(item.description ?? item.summary),
    contentHtml,
  };
}

export function parseFeedBytes(
  bytes: Uint8Array,
  contentType: string | null,
  feedUrl: string,
): ParsedFeed {
  if (bytes.length === 0) throw new FeedError('The feed is empty.');
  if (bytes.length > MAX_FEED_BYTES) throw new FeedError('The feed is larger than 10 MB.');
  const text = withoutDoctype(decodeDocument(bytes, contentType)).trim();
  if (/^<!doctype html|^<html/i.test(text))
    throw new FeedError('That address returned an HTML page, not a feed.');
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseAny(text.startsWith('{') ? JSON.parse(text) : text) as {
      format: string;
      feed: unknown;
    };
  } catch {
    throw new FeedError(
      'That is not a feed Broadsheet can read (not RSS, Atom or JSON Feed, or malformed).',
    );
  }
  const format = parsed.format as ParsedFeed['format'];
  const feed = parsed.feed as Loose;
  const rawItems = ((feed.items ?? feed.entries ?? []) as Loose[]).slice(0, MAX_FEED_ITEMS);
  const siteUrl =
    format === 'atom'
      ? atomLink(feed.links)
      : format === 'json'
        ? str(feed.home_page_url)
        : str(feed.link);
  return {
    format,
    title: str(feed.title) ?? new URL(feedUrl).hostname,
    siteUrl: absolute(siteUrl, feedUrl),
    items: rawItems.map((item) => fromItem(item, format, siteUrl ?? feedUrl)),
  };
}
