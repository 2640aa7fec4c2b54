// From an address to a stored-ready document: fetch, check it is a page, decode, then extract and
// sanitise (page-document.ts, run by the caller's documents worker). Images are cached in a second
// step, once the caller knows the page is new.
import { parseTextDocument } from '../articles/text-document';
import type { ParsedDocument } from '../parsed';
import { decodeDocument } from './decode';
import { CaptureError } from './errors';
import { fetchResource, type FetchOptions } from './fetch';

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

/** HTML to a stored-ready document: the documents worker's job (documents/jobs.ts). */
export type PageToDocument = (html: string, url: string) => Promise<ParsedDocument>;

export async function fetchPage(
  url: string,
  options: FetchOptions & {
    toDocument: PageToDocument;
    onStage?: (stage: 'fetching' | 'extracting') => void;
  },
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
    doc: await options.toDocument(text, resource.finalUrl),
  };
}
