// From an address to a stored-ready document: fetch, check it is a page, decode, extract,
// sanitise. Images are cached in a second step, once the caller knows the page is new.
import { parseTextDocument } from '../articles/text-document';
import type { ParsedDocument } from '../parsed';
import { decodeDocument } from './decode';
import { CaptureError } from './errors';
import { extractArticle } from './extract';
import { fetchResource, type FetchOptions } from './fetch';
import { sanitizeArticleHtml } from './sanitize';
import { htmlToText } from './text';

export interface CapturedPage {
  finalUrl: string;
  doc: ParsedDocument;
}

const NOT_PAGES: [RegExp, string][] = [
  [/^image\//, 'an image'],
  [/^application\/pdf/, 'a PDF file'],
  [/json/, 'JSON data'],
  [/^video\//, 'a video'],
  [/^audio\//, 'an audio file'],
  [/zip|octet-stream|msword|officedocument/, 'a download'],
  [/(rss|atom)\+xml/, 'a feed (subscribe to it under Feeds)'],
];

function describeType(contentType: string): string {
  const type = contentType.split(';')[0].trim().toLowerCase();
  return (
    NOT_PAGES.find(([pattern]) => pattern.test(type))?.[1] ?? `${type || 'an unknown kind of'} file`
  );
}

function isHtml(contentType: string, text: string): boolean {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  return type === '' && /^\s*(<!doctype html|<html|<head|<body)/i.test(text);
}

/** A page document from HTML, used for fetched pages and for local .html files alike. */
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

export async function fetchPage(
  url: string,
  options: FetchOptions & { onStage?: (stage: 'fetching' | 'extracting') => void } = {},
): Promise<CapturedPage> {
  options.onStage?.('fetching');
  const resource = await fetchResource(url, options);
  const text = decodeDocument(resource.bytes, resource.contentType);
  options.onStage?.('extracting');
  const type = resource.contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/plain') {
    const name = new URL(resource.finalUrl).pathname.split('/').pop() || 'page.txt';
    return {
      finalUrl: resource.finalUrl,
      doc: { ...parseTextDocument(text, name), url: resource.finalUrl },
    };
  }
  if (!isHtml(resource.contentType, text)) {
    throw new CaptureError(
      'not-html',
      `That address is ${describeType(resource.contentType)}, not a web page.`,
    );
  }
  if (!text.trim()) throw new CaptureError('not-article', 'The page is empty.');
  return {
    finalUrl: resource.finalUrl,
    doc: documentFromHtml(text, resource.finalUrl, resource.finalUrl),
  };
}
