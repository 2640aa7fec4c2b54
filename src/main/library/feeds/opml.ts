// OPML subscription lists in and out, folders kept.
import { generateOpml, parseOpml as parse } from 'feedsmith';
import { FeedError } from './parse';

export interface OpmlFeed {
  url: string;
  title: string;
  siteUrl: string | null;
  folder: string | null;
}

interface Outline {
  text?: string;
  title?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: Outline[];
}

export function parseOpml(text: string): OpmlFeed[] {
  let doc: { body?: { outlines?: Outline[] } };
  try {
    doc = parse(text) as typeof doc;
  } catch {
    throw new FeedError('That is not an OPML subscription list.');
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  const walk = (outlines: Outline[] | undefined, folder: string | null): void => {
    for (const o of outlines ?? []) {
      const name = (o.title ?? o.text ?? '').trim();
      if (o.xmlUrl) {
        if (seen.has(o.xmlUrl)) continue;
        seen.add(o.xmlUrl);
        feeds.push({ url: o.xmlUrl, title: name || o.xmlUrl, siteUrl: o.htmlUrl ?? null, folder });
      } else walk(o.outlines, folder ? `${folder}/${name}` : name || folder);
    }
  };
  walk(doc.body?.outlines, null);
  return feeds;
}

export function buildOpml(feeds: OpmlFeed[], title = 'Broadsheet subscriptions'): string {
  const folders = new Map<string | null, Outline[]>();
  for (const f of feeds) {
    const list = folders.get(f.folder) ?? [];
    list.push({
      type: 'rss',
      text: f.title,
      title: f.title,
      xmlUrl: f.url,
      ...(f.siteUrl ? { htmlUrl: f.siteUrl } : {}),
    } as Outline);
    folders.set(f.folder, list);
  }
  const outlines: Outline[] = [];
  for (const [folder, list] of folders) {
    if (folder) outlines.push({ text: folder, title: folder, outlines: list });
    else outlines.push(...list);
  }
  return generateOpml({
    head: { title, dateCreated: new Date() },
    body: { outlines },
  } as never) as string;
}
