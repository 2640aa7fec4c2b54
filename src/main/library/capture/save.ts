// Saving a web address: the same article is never saved twice (by address, after redirects, or by
// its canonical address), progress is reported, and nothing is stored unless the whole save works.
import type { Article } from '../../../shared/model';
import type { LibraryContext } from '../context';
import type { CachedImages } from './images';
import { fetchPage, type PageToDocument } from './capture';
import { normaliseArticleUrl } from './url';
import type { ParsedDocument } from '../parsed';

export interface SaveUrlDeps {
  ctx: LibraryContext;
  addDocument(doc: ParsedDocument, meta: { source: 'url'; tags?: string[] }): Promise<Article>;
  addImageRefs(hashes: string[]): Promise<void>;
  toDocument: PageToDocument;
  /** The page's images into the cache, its HTML pointing at them; image refs not yet counted. */
  fetchImages(
    html: string,
    onProgress: (done: number, total: number) => void,
  ): Promise<CachedImages>;
  allow?: (url: URL) => boolean;
}

function findByUrl(
  ctx: LibraryContext,
  ...urls: (string | null | undefined)[]
): Article | undefined {
  for (const url of urls) {
    const found = url ? ctx.articles.withUrl(url)[0] : undefined;
    if (found) return found;
  }
  return undefined;
}

export async function saveUrl(
  deps: SaveUrlDeps,
  input: string,
  tags: string[] = [],
): Promise<Article> {
  const { ctx } = deps;
  ctx.assertWritable();
  const url = normaliseArticleUrl(input);
  const progress = (stage: string, done?: number, total?: number): void =>
    ctx.events.emitEvent({ type: 'progress', task: 'capture', input, stage, done, total });
  const known = findByUrl(ctx, url);
  if (known) return { ...known };
  const { finalUrl, doc } = await fetchPage(url, {
    onStage: progress,
    allow: deps.allow,
    toDocument: deps.toDocument,
  });
  const duplicate = findByUrl(ctx, finalUrl, doc.canonicalUrl);
  if (duplicate) return { ...duplicate };
  const cached = await deps.fetchImages(
    doc.html,
    (done, total) => total > 0 && progress('images', done, total),
  );
  const article = await deps.addDocument(
    { ...doc, html: cached.html, url: finalUrl },
    { source: 'url', tags },
  );
  await deps.addImageRefs(cached.images);
  progress('done');
  return article;
}
