// Every image of a saved article is fetched once into the content-addressed cache and the HTML
// points at it (bs-image:HASH). One that cannot be fetched becomes a quiet placeholder with its
// alt text, and the save still succeeds.
import { parseHTML } from 'linkedom';
import { IMAGE_SCHEME } from '../../../shared/csp';
import { sniffImageType } from '../cache/images';

export interface ImageDeps {
  fetchImage: (url: string) => Promise<Uint8Array>;
  putImage: (bytes: Uint8Array) => Promise<string>;
  onProgress?: (done: number, total: number) => void;
  concurrency?: number;
}

export interface CachedImages {
  html: string;
  images: string[];
  failed: number;
}

export async function cacheImages(html: string, deps: ImageDeps): Promise<CachedImages> {
  // Most feed items have no image: no need to parse them (a refresh converts thousands).
  if (!/<img[\s/>]/i.test(html)) return { html, images: [], failed: 0 };
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const imgs = Array.from(document.querySelectorAll('img'));
  const urls = [
    ...new Set(
      imgs.map((img) => img.getAttribute('src') ?? '').filter((src) => /^https?:/.test(src)),
    ),
  ];
  const hashes = new Map<string, string | null>();
  let done = 0;
  deps.onProgress?.(0, urls.length);
  const queue = [...urls];
  const worker = async (): Promise<void> => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const bytes = await deps.fetchImage(url);
        // Only formats we can name and that cannot carry scripts (no SVG).
        hashes.set(url, sniffImageType(bytes) ? await deps.putImage(bytes) : null);
      } catch {
        hashes.set(url, null);
      }
      deps.onProgress?.(++done, urls.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 4, urls.length) }, worker));

  let failed = 0;
  for (const img of imgs) {
    const hash = hashes.get(img.getAttribute('src') ?? '');
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
  return {
    html: document.body.innerHTML,
    images: [...new Set([...hashes.values()].filter((h): h is string => Boolean(h)))],
    failed,
  };
}
