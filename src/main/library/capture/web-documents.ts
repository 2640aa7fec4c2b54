// Documents that come from the web: saving a page, caching a document's images, replacing an
// article's text when its source changed (an edited feed item, a page fetched again). The parsers
// (linkedom, Readability, sanitize-html) are imported on first use: most processes never need them.
import type { Article } from '../../../shared/model';
import { toArticle } from '../articles/record';
import type { ImageRefs } from '../cache/image-refs';
import type { LibraryContext } from '../context';
import type { DocumentParser } from '../documents/client';
import { BroadsheetError } from '../errors';
import type { ParsedDocument } from '../parsed';
import type { PageToDocument } from './capture';
import type { CachedImages, ImageDom } from './images';
import { fetchResource, IMAGE_MAX_BYTES } from './fetch';

export interface WebDocumentDeps {
  ctx: LibraryContext;
  imageRefs: ImageRefs;
  addDocument(doc: ParsedDocument, meta: { source: 'url'; tags?: string[] }): Promise<Article>;
  scheduleEntities(id: string, text: string): void;
  /** Extraction and sanitising run there (a worker in the app), not on this thread. */
  documents: DocumentParser;
  allow?: (url: URL) => boolean;
}

// Loaded on first use and kept: a feed refresh caches the images of thousands of items.
let images: Promise<typeof import('./images')> | null = null;
let save: Promise<typeof import('./save')> | null = null;
let capture: Promise<typeof import('./capture')> | null = null;

export class WebDocuments {
  constructor(private readonly deps: WebDocumentDeps) {}

  /** A fetched page's HTML to a document, by the documents worker. */
  readonly toDocument: PageToDocument = (html, url) => this.deps.documents.run('page', html, url);

  /** Images are found and pointed at their cached copies by the documents worker too. */
  private readonly imageDom: ImageDom = {
    sources: (html) => this.deps.documents.run('imageSources', html),
    rewrite: (html, hashes) => this.deps.documents.run('rewriteImages', html, hashes),
  };

  /** Save a web page for offline reading (see save.ts). */
  async addUrl(url: string, tags?: string[]): Promise<Article> {
    const { ctx, addDocument, imageRefs, allow } = this.deps;
    const { saveUrl } = await (save ??= import('./save'));
    return saveUrl(
      {
        ctx,
        addDocument,
        addImageRefs: (h) => imageRefs.add(h),
        toDocument: this.toDocument,
        fetchImages: (html, onProgress) => this.fetchImages(html, onProgress),
        allow,
      },
      url,
      tags,
    );
  }

  /** A document's images fetched into the cache, the HTML pointing at them (see images.ts). */
  private async fetchImages(
    html: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<CachedImages> {
    const { ctx, allow } = this.deps;
    const { cacheImages } = await (images ??= import('./images'));
    return cacheImages(html, {
      fetchImage: async (src) =>
        (await fetchResource(src, { maxBytes: IMAGE_MAX_BYTES, accept: 'image/*', allow })).bytes,
      putImage: (bytes) => ctx.images.put(bytes),
      onProgress,
      dom: this.imageDom,
    });
  }

  /** Fetch a document's images into the cache (placeholders for those that fail). */
  async cacheImages(html: string): Promise<string> {
    const cached = await this.fetchImages(html);
    await this.deps.imageRefs.add(cached.images);
    return cached.html;
  }

  /** New text for an existing article; the person's flags, tags and comments stay. */
  async replace(id: string, doc: ParsedDocument): Promise<void> {
    const { ctx } = this.deps;
    const article = ctx.article(id);
    const fresh = toArticle(doc, {
      id,
      source: article.source,
      savedAt: article.savedAt,
      feedId: article.feedId,
    });
    await ctx.bodies.put(id, { html: doc.html, text: doc.text });
    const { read, starred, archived, progress, tags, commentCount } = article;
    await ctx.articles.put({ ...fresh, read, starred, archived, progress, tags, commentCount });
    ctx.events.emitEvent({ type: 'article-changed', id });
    this.deps.scheduleEntities(id, doc.text);
  }

  /** Fetch a saved page again and re-extract it; comments and highlights re-anchor by their quotes. */
  async reextract(id: string): Promise<Article> {
    const { ctx, allow } = this.deps;
    ctx.assertWritable();
    const article = ctx.article(id);
    if (!article.url || (article.source !== 'url' && article.source !== 'feed')) {
      throw new BroadsheetError(
        'unsupported',
        'Only articles saved from the web can be fetched again.',
      );
    }
    const { fetchPage } = await (capture ??= import('./capture'));
    const { doc } = await fetchPage(article.url, { allow, toDocument: this.toDocument });
    await this.replace(id, { ...doc, html: await this.cacheImages(doc.html), url: article.url });
    return ctx.article(id);
  }
}
