// Every image of a saved article is fetched once into the content-addressed cache and the HTML
// points at it (bs-image:HASH). One that cannot be fetched becomes a quiet placeholder with its
// alt text, and the save still succeeds.
import { parseHTML } from 'linkedom';
import { IMAGE_SCHEME } from '../../../shared/csp';
import { sniffImageType } from '../cache/images';

/** The two DOM passes, which can run in the documents worker (a refresh caches thousands). */
export interface ImageDom {
  sources(html: string): Promise<string[]>;
  rewrite(html: string, hashes: Record<string, string | null>): Promise<RewrittenImages>;
}

export interface ImageDeps {
  fetchImage: (url: string) => Promise<Uint8Array>;
  putImage: (bytes: Uint8Array) => Promise<string>;
  onProgress?: (done: number, total: number) => void;
  concurrency?: number;
  /** Where the HTML is parsed; on this thread when not given. */
  dom?: ImageDom;
}

export interface CachedImages {
  html: string;
  images: string[];
  failed: number;
}

export interface RewrittenImages {
  html: string;
  failed: number;
}

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`);

/** The web addresses of a document's images, each once. */
export function imageSources(html: string): string[] {
  const { document } = parse(html);
  const srcs = Array.from(document.querySelectorAll('img'), (img) => img.getAttribute('src') ?? '');
  return [...new Set(srcs.filter((src) => /^https?:/.test(src)))];
}

/**
 * Points each image at its cached copy (bs-image:HASH); one without (not fetched, not an image, not
 * a web address) becomes a quiet placeholder with its alt text.
 */
export function rewriteImages(
  html: string,
  hashes: Record<string, string | null>,
): RewrittenImages {
  const { document } = parse(html);
  let failed = 0;
  for (const img of Array.from(document.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const hash = Object.hasOwn(hashes, src) ? hashes[src] : null;
    if (hash) {
      img.setAttribute('src', `${IMAGE_SCHEME}:${hash}`);
      continue;
    }
    failed++;
    const alt = img.getAttribute('alt')?.trim() ?? '';
    const placeholder = document.createElement('span');
    placeholder.setAttribute('class', 'bs-missing-image');
    placeholder.setAttribute('role', 'img');
    placeholder.setAttribute('aria-label', alt || 'Image unavailable');
    placeholder.textContent = alt || 'Image unavailable';
    img.replaceWith(placeholder);
  }
  return { html: document.body.innerHTML, failed };
}

const onThisThread: ImageDom = {
  sources: async (html) => imageSources(html),
  rewrite: async (html, hashes) => rewriteImages(html, hashes),
};

export async function cacheImages(html: string, deps: ImageDeps): Promise<CachedImages> {
  // Most feed items have no image: no need to parse them (a refresh converts thousands).
  if (!/<img[\s/>]/i.test(html)) return { html, images: [], failed: 0 };
  const dom = deps.dom ?? onThisThread;
  const urls = await dom.sources(html);
  const hashes: Record<string, string | null> = {};
  let done = 0;
  deps.onProgress?.(0, urls.length);
  const queue = [...urls];
  const worker = async (): Promise<void> => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const bytes = await deps.fetchImage(url);
        // Only formats we can name and that cannot carry scripts (no SVG).
        hashes[url] = sniffImageType(bytes) ? await deps.putImage(bytes) : null;
      } catch {
        hashes[url] = null;
      }
      deps.onProgress?.(++done, urls.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 4, urls.length) }, worker));
  const rewritten = await dom.rewrite(html, hashes);
  return {
    ...rewritten,
    images: [...new Set(Object.values(hashes).filter((h): h is string => Boolean(h)))],
  };
}
