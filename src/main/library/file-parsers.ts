// The parsers the Library uses for local files. HTML files go through the same extraction and
// sanitising as captured pages.
import sanitizeHtml from 'sanitize-html';
import type { FileParsers } from './articles/import-file';
import { parseTextDocument } from './articles/text-document';

function sanitize(html: string): string {
  return sanitizeHtml(html);
}

export const fileParsers: FileParsers = {
  sanitize,
  parseHtml: (html, fileName) => {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
    const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
    const doc = parseTextDocument(text, fileName);
    return title ? { ...doc, title } : doc;
  },
};
