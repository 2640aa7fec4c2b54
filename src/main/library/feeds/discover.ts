// A site's feeds, from its <link rel="alternate"> elements.
import { parseHTML } from 'linkedom';

export interface FeedCandidate {
  url: string;
  title: string | null;
  type: string;
}

const FEED_TYPES =
  /^application\/(rss|atom|feed|rdf)\+(xml|json)$|^application\/json$|^text\/xml$/i;

export function discoverFeeds(html: string, pageUrl: string): FeedCandidate[] {
  const { document } = parseHTML(html);
  const seen = new Set<string>();
  const out: FeedCandidate[] = [];
  for (const link of document.querySelectorAll('link[rel~="alternate"][href]')) {
    const type = link.getAttribute('type') ?? '';
    if (!FEED_TYPES.test(type)) continue;
    let url: string;
    try {
      url = new URL(link.getAttribute('href')!, pageUrl).href;
    } catch {
      continue;
    }
    if (seen.has(url) || !/^https?:/.test(url)) continue;
    seen.add(url);
    out.push({ url, title: link.getAttribute('title'), type });
  }
  return out;
}
