// The parsers the Library uses for local files. HTML files go through the same extraction and
// sanitising as captured pages; nothing is fetched for them (their images become placeholders).
import { parseHTML } from 'linkedom';
import type { FileParsers } from './articles/import-file';
import { documentFromHtml } from './capture/page-document';
import { CaptureError } from './capture/errors';
import { cacheImages } from './capture/images';
import { sanitizeArticleHtml } from './capture/sanitize';
import { htmlToText } from './capture/text';
import type { ParsedDocument } from './parsed';

function wholeBody(html: string, fileName: string): ParsedDocument {
  const { document } = parseHTML(html);
  const clean = sanitizeArticleHtml(document.body?.innerHTML || html);
  const title = document.title?.trim() || /<title[^>]*>([^<]*)</i.exec(html)?.[1]?.trim();
  return {
    title: title || fileName.replace(/\.[^.]+$/, ''),
    html: clean,
    text: htmlToText(clean),
    url: null,
    byline: null,
    siteName: null,
    publishedAt: null,
    excerpt: null,
    lang: document.documentElement?.getAttribute('lang') || null,
    dir: null,
  };
}

export const fileParsers: FileParsers = {
  sanitize: sanitizeArticleHtml,
  parseHtml: (html, fileName) => {
    try {
      return documentFromHtml(html, `file:///${encodeURIComponent(fileName)}`, null);
    } catch (error) {
      // A short page is still worth keeping when the person chose the file themselves.
      if (error instanceof CaptureError && error.problem === 'not-article')
        return wholeBody(html, fileName);
      throw error;
    }
  },
};

/** Local files never reach the network: their images are marked missing, with their alt text. */
export async function withoutRemoteImages(doc: ParsedDocument): Promise<ParsedDocument> {
  if (!/<img\b/i.test(doc.html)) return doc;
  const { html } = await cacheImages(doc.html, {
    fetchImage: () => Promise.reject(new Error('not fetched for local files')),
    putImage: () => Promise.reject(new Error('unreachable')),
  });
  return { ...doc, html };
}
