// Refresh of 200 subscriptions from a loopback server (the 10 real feeds of ../shared/eval/feeds,
// each served under 20 addresses), timed to the end of the refresh, with the longest stall of
// this process's event loop while it ran (the Library's main thread in the app).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Library } from '../../src/main/library/library';
import type { LoopbackServer } from '../loopback-server';
import { evalDir } from './capture';

export const FEEDS = 200;

export interface FeedRefreshResult {
  feeds: number;
  failed: number;
  itemsAdded: number;
  totalMs: number;
  maxStallMs: number;
}

function opml(urls: string[]): string {
  const outlines = urls
    .map((u, i) => `<outline type="rss" text="Feed ${i}" title="Feed ${i}" xmlUrl="${u}"/>`)
    .join('\n');
  return `<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>${outlines}</body></opml>`;
}

export async function measureFeedRefresh(
  lib: Library,
  server: LoopbackServer,
): Promise<FeedRefreshResult> {
  const feedsDir = path.join(evalDir, 'feeds');
  const files = readdirSync(feedsDir).sort();
  const urls: string[] = [];
  for (let i = 0; i < FEEDS; i++) {
    const file = files[i % files.length];
    const type = file.endsWith('.atom') ? 'application/atom+xml' : 'application/rss+xml';
    server.serve(`/feeds/${i}/${file}`, readFileSync(path.join(feedsDir, file)), type);
    urls.push(server.url(`/feeds/${i}/${file}`));
  }
  await lib.feeds.importOpml(opml(urls));
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const results = await lib.feeds.refresh();
  const totalMs = performance.now() - started;
  delay.disable();
  return {
    feeds: results.length,
    failed: results.filter((r) => r.status === 'error').length,
    itemsAdded: results.reduce((n, r) => n + r.added, 0),
    totalMs,
    maxStallMs: delay.max / 1e6,
  };
}
