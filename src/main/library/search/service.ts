// Full-text search over the library. On start it loads the saved index and reconciles it with the
// library (fingerprints say which articles changed while it was not listening), or builds it in the
// background; then it follows the Library's change events in small batches and saves the index
// after a quiet spell and on close. Queries filter and page the engine's hits against the
// article metadata; while the index is (re)building they answer from what is indexed so far.
import type { Article } from '../../../shared/model';
import { hasSearchCriteria, parseSearchQuery } from '../../../shared/search-query';
import type { LibraryEvent, LibraryEvents } from '../context';
import { createSearchIndex } from './client';
import { BODY_WORDS, firstWords, type Field, type SearchDoc } from './doc';
import { articleFilter } from './filters';
import type { SearchIndex } from './host';
import { snippetOf, SNIPPET_CHARS } from './snippet';
import { searchDocOf } from './sources';

/** The parts of the Library search reads (Library itself fits). */
export interface SearchSources {
  articles: { all(): readonly Article[]; get(id: string): Article | undefined };
  bodies: { text(id: string): Promise<string> };
  events: LibraryEvents;
  comments: {
    bodiesByArticle(): Map<string, string[]>;
    forArticle(id: string): { body: string }[];
  };
}

/** Articles compared with the saved index between two yields to the event loop. */
const RECONCILE_SLICE = 2000;

export interface SearchServiceOptions {
  /** Where the index is saved, e.g. <home>/cache/search. */
  dir: string;
  /** The built worker (out/main/search-worker.js); without it the index lives in this thread. */
  workerScript?: string | URL | null;
  /** Entity names of an article, once entity extraction has run. */
  entityNames?: (articleId: string) => string[];
  /** Resolves once entityNames answers without first building its index on this thread. */
  entitiesReady?: () => Promise<void>;
  /** Never write the index (a read-only library). */
  readOnly?: boolean;
  /** Quiet time after the last change before the index is saved (default 30 s). */
  saveDelayMs?: number;
  /** Changes within this time are indexed together (default 150 ms). */
  batchDelayMs?: number;
}

export interface SearchStatus {
  /** The index has been loaded or built once since start(). */
  ready: boolean;
  /** Building, reconciling or applying changes: results may be incomplete. */
  indexing: boolean;
  progress: { done: number; total: number } | null;
  /** The last start loaded a saved index (rather than building one). */
  loadedFromDisk: boolean;
  /** Full builds since start() (0 when a saved index was loaded). */
  fullBuilds: number;
  /** Articles indexed or re-indexed since start(). */
  reindexed: number;
  /** Why the saved index was not used, or the last indexing error. */
  notice: string | null;
}

export interface SearchResultItem {
  article: Article;
  score: number;
  snippet: string;
  matchedFields: Field[];
}

export interface SearchResult {
  total: number;
  items: SearchResultItem[];
  /** Words to highlight, typo corrections included. */
  terms: string[];
  indexing: boolean;
}

/** Hits read from the engine per query; `total` counts at most this many. */
const CANDIDATES = 1000;
/** Body text per batch sent to the index (bounds each step of a build). */
const BATCH_CHARS = 256 * 1024;
const DEAD_SHARE = 0.25;

export class SearchService {
  private readonly index: SearchIndex;
  /** Fingerprint of every article as indexed. */
  private readonly known = new Map<string, string>();
  private readonly pending = new Set<string>();
  private work: Promise<void> = Promise.resolve();
  private booting: Promise<void> | null = null;
  private batchTimer: NodeJS.Timeout | null = null;
  private saveTimer: NodeJS.Timeout | null = null;
  private dirty = false;
  private busy = 0;
  private closed = false;
  private readonly state: SearchStatus = {
    ready: false,
    indexing: false,
    progress: null,
    loadedFromDisk: false,
    fullBuilds: 0,
    reindexed: 0,
    notice: null,
  };

  constructor(
    private readonly src: SearchSources,
    private readonly options: SearchServiceOptions,
  ) {
    this.index = createSearchIndex({
      workerScript: options.workerScript,
      onLost: (error) => {
        this.state.notice = error.message;
        this.boot(); // a new worker starts empty: load and reconcile again
      },
    });
  }

  /** Start listening and load or build the index in the background; returns at once. */
  async start(): Promise<void> {
    if (this.booting) return;
    this.src.events.on('event', this.onEvent);
    this.boot();
  }

  /** Resolves once the index has been loaded or built. */
  async whenReady(): Promise<void> {
    await this.booting;
  }

  /** Apply changes waiting for their batch now, and wait for all indexing work. */
  async idle(): Promise<void> {
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    if (this.pending.size) this.enqueue(() => this.applyPending());
    await this.work;
  }

  status(): SearchStatus {
    return { ...this.state, indexing: this.busy > 0 || !this.state.ready };
  }

  /** Apply what is pending, save if anything changed, and stop. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true; // no new timers from here on
    this.src.events.off('event', this.onEvent);
    if (this.batchTimer) clearTimeout(this.batchTimer);
    await this.idle();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    if (this.dirty && !this.options.readOnly) await this.enqueue(() => this.save(), false);
    await this.index.close();
  }

  async search(
    query: string,
    page: { offset?: number; limit?: number } = {},
  ): Promise<SearchResult> {
    const parsed = parseSearchQuery(query);
    const indexing = this.status().indexing;
    if (!hasSearchCriteria(parsed)) return { total: 0, items: [], terms: [], indexing };
    const keep = articleFilter(
      parsed.filters,
      this.options.entityNames && ((id) => this.entitiesOf(id)),
    );
    let terms = parsed.terms;
    let ranked: { article: Article; score: number; fields: Field[] }[];
    if (!parsed.terms.length) {
      ranked = this.src.articles
        .all()
        .filter(keep)
        .map((article) => ({ article, score: 0, fields: [] }));
    } else {
      const result = await this.index.search(parsed.text, CANDIDATES);
      terms = [...new Set([...parsed.terms, ...result.terms])];
      ranked = result.hits.flatMap((hit) => {
        const article = this.src.articles.get(hit.id);
        return article && keep(article) ? [{ article, score: hit.score, fields: hit.fields }] : [];
      });
    }
    const offset = page.offset ?? 0;
    const items = await Promise.all(
      ranked.slice(offset, offset + (page.limit ?? 50)).map(async (r) => ({
        article: { ...r.article },
        score: r.score,
        snippet: await this.snippet(r.article, terms, r.fields.length > 0),
        matchedFields: r.fields,
      })),
    );
    return { total: ranked.length, items, terms, indexing };
  }

  private async snippet(article: Article, terms: string[], matched: boolean): Promise<string> {
    const text = matched ? await this.src.bodies.text(article.id) : '';
    return snippetOf(text || article.excerpt, terms, SNIPPET_CHARS);
  }

  // ---- keeping the index up to date ----

  private readonly onEvent = (event: LibraryEvent) => {
    if (event.type !== 'article-changed' && event.type !== 'article-removed') return;
    this.pending.add(event.id);
    if (this.closed) return;
    this.batchTimer ??= setTimeout(() => {
      this.batchTimer = null;
      // idle() may have applied the batch already: nothing to index, so nothing to announce.
      if (this.pending.size) this.enqueue(() => this.applyPending());
    }, this.options.batchDelayMs ?? 150);
    this.batchTimer.unref();
  };

  /**
   * Run indexing work after the work before it; a failure is noted, never thrown at a caller.
   * Saving the index to disk is queued too but is not "indexing": results are complete meanwhile.
   */
  private enqueue(job: () => Promise<void>, indexing = true): Promise<void> {
    if (indexing) this.busy++;
    const run = this.work.then(job).catch((error: Error) => {
      this.state.notice = `search index: ${error.message}`;
    });
    this.work = run.finally(() => indexing && this.busy--);
    return this.work;
  }

  private boot(): void {
    this.state.ready = false;
    this.booting = this.enqueue(async () => {
      this.known.clear();
      const loaded = await this.index.load(this.options.dir);
      let fromDisk = loaded.loaded;
      if (loaded.loaded) {
        const stats = await this.index.stats();
        // Many removed articles still take room in the index: build afresh.
        if (stats.dead > Math.max(1000, stats.docs * DEAD_SHARE)) {
          await this.index.clear();
          fromDisk = false;
        }
      } else if (loaded.reason !== 'none') {
        this.state.notice = `The search index was rebuilt (${loaded.reason}).`;
      }
      const saved = new Map(fromDisk ? await this.index.fingerprints() : []);
      // Built in slices there; the first entityNames call would build it in one go (~4 s at 100k).
      await this.options.entitiesReady?.();
      this.state.loadedFromDisk = fromDisk;
      if (!fromDisk) this.state.fullBuilds++;
      const changed = await this.reconcile(saved);
      if (!this.options.readOnly && (changed > 0 || !this.state.loadedFromDisk)) {
        await this.save();
        // A freshly built index holds ~2x the memory of the same index read back from disk.
        if (!this.state.loadedFromDisk) await this.index.load(this.options.dir);
      }
      this.state.ready = true;
      this.state.progress = null;
    });
  }

  /** Bring the index in line with the library; returns how many articles changed. */
  private async reconcile(saved: Map<string, string>): Promise<number> {
    const comments = this.src.comments.bodiesByArticle();
    const added: SearchDoc[] = [];
    const updated: SearchDoc[] = [];
    let seen = 0;
    for (const article of this.src.articles.all()) {
      // 100k articles' documents and fingerprints take seconds: let requests in between.
      if (++seen % RECONCILE_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
      const doc = this.docOf(article, comments.get(article.id) ?? []);
      const before = saved.get(article.id);
      saved.delete(article.id);
      if (before === undefined) added.push(doc);
      else if (before !== doc.fingerprint) updated.push(doc);
      else this.known.set(article.id, before);
    }
    const removed = [...saved.keys()];
    if (removed.length) await this.index.remove(removed);
    await this.send(updated, added);
    return removed.length + updated.length + added.length;
  }

  private async applyPending(): Promise<void> {
    const ids = [...this.pending];
    this.pending.clear();
    const removed: string[] = [];
    const updated: SearchDoc[] = [];
    const added: SearchDoc[] = [];
    for (const id of ids) {
      const article = this.src.articles.get(id);
      if (!article) {
        if (this.known.delete(id)) removed.push(id);
        continue;
      }
      const comments = this.src.comments.forArticle(id).map((c) => c.body);
      const doc = this.docOf(article, comments);
      const before = this.known.get(id);
      if (before === undefined) added.push(doc);
      else if (before !== doc.fingerprint) updated.push(doc);
    }
    if (removed.length) await this.index.remove(removed);
    await this.send(updated, added);
    if (removed.length + updated.length + added.length) {
      this.dirty = true;
      this.scheduleSave();
    }
  }

  private docOf(article: Article, comments: string[]): SearchDoc {
    return searchDocOf(article, comments, this.entitiesOf(article.id));
  }

  private entitiesOf(id: string): string[] {
    try {
      return this.options.entityNames?.(id) ?? [];
    } catch {
      return []; // entities are a bonus for search; never fail indexing over them
    }
  }

  /** Send updates (no body needed) and additions (bodies read in batches, the next batch read
   * while the index takes the current one). */
  private async send(updated: SearchDoc[], added: SearchDoc[]): Promise<void> {
    const total = updated.length + added.length;
    let done = 0;
    const progress = (n: number) => {
      done += n;
      this.state.reindexed += n;
      if (total < 50) return;
      this.state.progress = { done, total };
      this.src.events.emitEvent({
        type: 'progress',
        task: 'search',
        stage: 'indexing',
        done,
        total,
      });
    };
    for (let i = 0; i < updated.length; i += 500) {
      const batch = updated.slice(i, i + 500);
      await this.index.update(batch);
      for (const d of batch) this.known.set(d.id, d.fingerprint);
      progress(batch.length);
    }
    let next = added.length ? this.withBodies(added, 0) : null;
    while (next) {
      const { batch, end } = await next;
      next = end < added.length ? this.withBodies(added, end) : null;
      await this.index.add(batch);
      for (const d of batch) this.known.set(d.id, d.fingerprint);
      progress(batch.length);
    }
  }

  private async withBodies(docs: SearchDoc[], from: number) {
    const batch: SearchDoc[] = [];
    let chars = 0;
    let end = from;
    while (end < docs.length && (chars < BATCH_CHARS || !batch.length)) {
      const group = docs.slice(end, end + 8);
      const texts = await Promise.all(group.map((d) => this.src.bodies.text(d.id)));
      group.forEach((d, k) => {
        const text = firstWords(texts[k], BODY_WORDS);
        chars += text.length;
        batch.push({ ...d, text });
      });
      end += group.length;
    }
    return { batch, end };
  }

  private scheduleSave(): void {
    if (this.options.readOnly || this.closed) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.enqueue(() => this.save(), false);
    }, this.options.saveDelayMs ?? 30_000);
    this.saveTimer.unref();
  }

  private async save(): Promise<void> {
    if (this.options.readOnly) return;
    this.dirty = false;
    try {
      await this.index.save(this.options.dir);
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }
}
