// Writes a synthetic library of N articles straight through the Library's store modules: the
// article index (one durable write per shard), the entity registry and refs, comments, and the
// body cache. Saving 100k articles one by one through the capture pipeline would take hours
// (entity extraction alone is ~28 ms per 1,000 words); the stored result is the same shape.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/shared/model';
import type { StoredComment } from '../../src/main/library/comments/comments';
import type { EntityRecord, EntityRef } from '../../src/main/library/entities/service';
import { homeLayout } from '../../src/main/library/home';
import { SCHEMA_VERSION } from '../../src/main/library/migrations';
import { closeStores, openStores } from '../../src/main/library/stores';
import { seeded, type Corpus, type SyntheticArticle } from './synthetic-corpus';

/** The newest article was saved at this instant; each older one 7 minutes before the next. */
const NEWEST = Date.parse('2026-11-01T12:00:00Z');
const SPACING_MS = 7 * 60_000;
const WORDS_PER_PARAGRAPH = 90;

export interface SeedResult {
  ids: string[];
  seedMs: number;
  bodyBytes: number;
}

/** Ids shaped like newId(): time first, so they sort by creation like real ones. */
export function syntheticId(n: number): string {
  return (NEWEST - n * SPACING_MS).toString(36).padStart(9, '0') + n.toString(16).padStart(12, '0');
}

function paragraphs(text: string): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_PARAGRAPH) {
    out.push(words.slice(i, i + WORDS_PER_PARAGRAPH).join(' '));
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function articleRecord(n: number, a: SyntheticArticle, text: string): Article {
  const savedAt = NEWEST - n * SPACING_MS;
  return {
    id: syntheticId(n),
    url: `https://news.example/${a.siteName.replace(/\W+/g, '-').toLowerCase()}/${a.id}`,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    publishedAt: new Date(savedAt - (n % 48) * 3_600_000).toISOString(),
    savedAt: new Date(savedAt).toISOString(),
    tags: [...new Set(a.tags)],
    read: n % 3 === 0,
    starred: n % 50 === 0,
    archived: false,
    excerpt: text.slice(0, 240),
    wordCount: text.split(' ').length,
    commentCount: a.comments.length,
    feedId: null,
    source: 'url',
    lang: 'en',
    dir: 'ltr',
    progress: 0,
  };
}

function entityRefs(n: number, a: SyntheticArticle): EntityRef[] {
  const r = seeded(n + 7);
  return a.entities
    .map((name) => ({
      key: `person:${name.toLowerCase()}`,
      count: 1 + Math.floor(r() * 12),
      salience: Math.round(r() * 1000) / 1000,
    }))
    .sort((x, y) => y.salience - x.salience);
}

function comments(n: number, a: SyntheticArticle, savedAt: string): StoredComment[] {
  return a.comments.map((body, i) => ({
    id: `${syntheticId(n)}c${i}`,
    articleId: syntheticId(n),
    parentId: i > 0 && i % 2 === 0 ? `${syntheticId(n)}c0` : null,
    body,
    quote: null,
    anchor: null,
    highlight: false,
    createdAt: savedAt,
    updatedAt: savedAt,
  }));
}

/** Fill `home` (a fresh folder) with `size` articles of `corpus`. */
export async function seedHome(home: string, size: number, corpus: Corpus): Promise<SeedResult> {
  const started = performance.now();
  const layout = homeLayout(home);
  mkdirSync(layout.db, { recursive: true });
  mkdirSync(layout.bodies, { recursive: true });
  writeFileSync(
    layout.meta,
    JSON.stringify({ version: SCHEMA_VERSION, createdAt: new Date(NEWEST).toISOString() }),
  );
  const stores = await openStores(layout, { readOnly: false, onRecovery: () => undefined });
  const articles: Article[] = [];
  const refs: [string, EntityRef[]][] = [];
  const registry = new Map<string, EntityRecord>();
  const threads: [string, StoredComment[]][] = [];
  let bodyBytes = 0;
  for (let n = 0; n < size; n++) {
    const a = corpus.article(n);
    const text = paragraphs(a.text).join('\n\n');
    const record = articleRecord(n, a, text);
    articles.push(record);
    refs.push([record.id, entityRefs(n, a)]);
    for (const name of a.entities) {
      registry.set(`person:${name.toLowerCase()}`, { name, type: 'person', aliases: [name] });
    }
    if (a.comments.length) threads.push([record.id, comments(n, a, record.savedAt)]);
    const html = `<h1>${escapeHtml(a.title)}</h1>${paragraphs(a.text)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('\n')}`;
    // Benchmark data need not survive a power cut: plain writes, no fsync per body.
    writeFileSync(path.join(layout.bodies, `${record.id}.html`), html);
    writeFileSync(path.join(layout.bodies, `${record.id}.txt`), text);
    bodyBytes += html.length + text.length;
  }
  await stores.articles.putMany(articles);
  await stores.entityRegistry.change([...registry]);
  await stores.entityRefs.change(refs);
  await stores.comments.change(threads);
  await closeStores(stores); // the shards written, as a library closed by the app would be
  return { ids: articles.map((a) => a.id), seedMs: performance.now() - started, bodyBytes };
}
