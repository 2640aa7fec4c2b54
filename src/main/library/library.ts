// The Library: every behaviour of Broadsheet, in plain Node, constructed with a home folder.
// The doors (Electron shell, web mode, CLI) reach it only through dispatch.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Low } from 'lowdb';
import type { ListQuery, Settings } from '../../shared/api';
import type { Article, ArticleSource } from '../../shared/model';
import { matchesQuery, countArticles, type LibraryCounts } from './articles/query';
import { deleteArticles } from './articles/delete';
import { addDocuments, type NewArticleMeta } from './articles/add';
import { BodyCache } from './cache/bodies';
import { ImageStore } from './cache/images';
import { Comments } from './comments/comments';
import { CommentService } from './comments/service';
import { LibraryEvents, type LibraryContext } from './context';
import { createDocumentParser, type DocumentParser } from './documents/client';
import { createExtractor } from './entities/extractor';
import { EntityNoteService } from './entities/notes';
import { EntityService } from './entities/service';
import type { BackupSummary } from './export/backup';
import { articleMarkdown } from './export/markdown';
import { BroadsheetError, notFound } from './errors';
import { ImageRefs } from './cache/image-refs';
import { WebDocuments } from './capture/web-documents';
import { FeedService } from './feeds/service';
import { homeLayout, type HomeLayout } from './home';
import { migrate, SCHEMA_VERSION } from './migrations';
import type { ParsedDocument } from './parsed';
import { ArticleIndex } from './store/article-index';
import { openCollection } from './store/collection';
import { HomeLock } from './store/lock';
import { closeStores, detachStores, openStores, type SettingsFile, type Stores } from './stores';
import { SearchService } from './search/service';
import { TagService } from './tags/tags';

export const SAMPLE_FILE = 'isis-brings-putin-obama-together.txt';
export const VERSION = '0.1.0';

// The parsers of local files (HTML, Markdown) load when a file is added, not at Library open.
const fileModules = () => Promise.all([import('./articles/import-file'), import('./file-parsers')]);

export interface LibraryOptions {
  home: string;
  /** Open without taking the lock; every change is refused. */
  readOnly?: boolean;
  /** Folder with the bundled first-run sample; without it a new home starts empty. */
  resourcesDir?: string | null;
  /** Which addresses the Library may fetch (tests and benchmarks keep it to loopback). */
  allowFetch?: (url: URL) => boolean;
  /** Built worker scripts; without them the work runs in this thread. */
  workers?: { entities?: string | null; search?: string | null; documents?: string | null };
}

interface MetaFile {
  version: number;
  createdAt: string;
}

export class Library implements LibraryContext {
  readonly notices: string[] = [];
  readonly events = new LibraryEvents();
  readonly bodies: BodyCache;
  readonly images: ImageStore;
  readonly comments: CommentService;
  readonly tags: TagService;
  readonly entities: EntityService;
  readonly entityNotes: EntityNoteService;
  readonly feeds: FeedService;
  readonly web: WebDocuments;
  private readonly extractor: ReturnType<typeof createExtractor>;
  private readonly documents: DocumentParser;
  private searchService: SearchService | null = null;

  readonly articles: ArticleIndex;
  private readonly workers: NonNullable<LibraryOptions['workers']>;

  private constructor(
    readonly layout: HomeLayout,
    readonly readOnly: boolean,
    private readonly lock: HomeLock | null,
    private readonly stores: Stores,
    workers: LibraryOptions['workers'],
    private readonly allowFetch?: (url: URL) => boolean,
  ) {
    this.workers = workers ?? {};
    this.documents = createDocumentParser(this.workers.documents);
    this.articles = stores.articles;
    this.settingsDb = stores.settings;
    this.bodies = new BodyCache(layout.bodies);
    this.images = new ImageStore(layout.images);
    this.imageRefs = new ImageRefs(stores.imageRefs, this.images);
    this.web = new WebDocuments({
      ctx: this,
      imageRefs: this.imageRefs,
      addDocument: (doc, meta) => this.addDocument(doc, meta),
      scheduleEntities: (id, text) => this.entities.schedule(id, text),
      documents: this.documents,
      allow: allowFetch,
    });
    this.comments = new CommentService(this, new Comments(stores.comments));
    this.tags = new TagService(this);
    this.feeds = new FeedService(
      {
        ctx: this,
        addDocuments: (docs, meta) => this.addDocuments(docs, meta),
        replaceDocument: (id, doc) => this.web.replace(id, doc),
        cacheImages: (html) => this.web.cacheImages(html),
        deleteArticle: (id) => this.delete(id),
        documents: this.documents,
        allow: allowFetch,
      },
      stores.feeds,
    );
    this.extractor = createExtractor(workers?.entities);
    this.entities = new EntityService(
      this,
      stores.entityRegistry,
      stores.entityRefs,
      stores.entityCorrections,
      this.extractor.extract,
    );
    this.entityNotes = new EntityNoteService(this, this.entities, stores.entityNotes);
  }

  private readonly settingsDb: Low<SettingsFile>;
  private readonly imageRefs: ImageRefs;

  static async open(options: LibraryOptions): Promise<Library> {
    const layout = homeLayout(path.resolve(options.home));
    const readOnly = options.readOnly ?? false;
    if (!readOnly) mkdirSync(layout.db, { recursive: true });
    else if (!existsSync(layout.home)) {
      throw new BroadsheetError('not-found', `There is no library at ${layout.home}.`);
    }
    const lock = readOnly ? null : HomeLock.acquire(layout.home);
    try {
      const notices: string[] = [];
      const opts = { readOnly, onRecovery: (n: { message: string }) => notices.push(n.message) };
      const isNew = !existsSync(layout.meta);
      const meta = await openCollection<MetaFile>(
        layout.meta,
        () => ({ version: SCHEMA_VERSION, createdAt: new Date().toISOString() }),
        opts,
      );
      const version = await migrate(layout, meta.data.version, opts);
      const stores = await openStores(layout, opts);
      const library = new Library(
        layout,
        readOnly,
        lock,
        stores,
        options.workers,
        options.allowFetch,
      );
      library.notices.push(...notices);
      if (isNew && !readOnly && options.resourcesDir) await library.addSample(options.resourcesDir);
      // Written last: a home whose first run did not finish gets its first run again.
      if (!readOnly && (isNew || version !== meta.data.version)) {
        meta.data.version = version;
        await meta.write();
      }
      return library;
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  /**
   * Full-text search, started on first use: the app and web mode start it at once to follow every
   * change; a CLI command that never searches never loads the index (it reconciles next time).
   */
  search(): SearchService {
    if (!this.searchService) {
      this.searchService = new SearchService(this, {
        dir: path.join(this.layout.cache, 'search'),
        workerScript: this.workers.search,
        entityNames: (id) => this.entities.forArticle(id).map((e) => e.name),
        entitiesReady: () => this.entities.whenIndexed(),
        readOnly: this.readOnly,
      });
      void this.searchService.start();
    }
    return this.searchService;
  }

  /** Waits for background work (entity extraction, indexing) queued by this process. */
  async idle(): Promise<void> {
    await this.entities.idle();
    await this.searchService?.idle();
  }

  /** Finish background work, save the search index and fold the journals, then close. */
  async shutdown(): Promise<void> {
    try {
      await this.idle();
      await this.searchService?.close();
      if (!this.readOnly) await closeStores(this.stores);
    } finally {
      this.close(); // the lock is released even when folding failed (the journal keeps it all)
    }
  }

  close(): void {
    void this.extractor.close();
    void this.documents.close();
    void this.searchService?.close();
    detachStores(this.stores);
    this.lock?.release();
  }

  get home(): string {
    return this.layout.home;
  }

  assertWritable(): void {
    if (this.readOnly) {
      const holder = HomeLock.holder(this.home);
      throw new BroadsheetError(
        'read-only',
        holder
          ? `The library is open in another Broadsheet process (pid ${holder}); close it to make changes.`
          : 'The library is open read-only.',
      );
    }
  }

  private async addSample(resourcesDir: string): Promise<void> {
    const article = await this.addFile(path.join(resourcesDir, SAMPLE_FILE), { source: 'sample' });
    await this.updateSettings({ lastOpenArticleId: article.id });
  }

  // ---- articles ----

  /** Store parsed documents as new articles (see articles/add.ts). */
  addDocuments(docs: ParsedDocument[], meta: NewArticleMeta): Promise<Article[]> {
    return addDocuments(this, (id, text) => this.entities.schedule(id, text), docs, meta);
  }

  async addDocument(doc: ParsedDocument, meta: NewArticleMeta): Promise<Article> {
    return (await this.addDocuments([doc], meta))[0];
  }

  async addFile(
    filePath: string,
    meta: { source?: ArticleSource; tags?: string[] } = {},
  ): Promise<Article> {
    this.assertWritable();
    const [{ readArticleFile }, { fileParsers, withoutRemoteImages }] = await fileModules();
    const doc = await withoutRemoteImages(await readArticleFile(filePath, fileParsers));
    return this.addDocument(doc, { source: meta.source ?? 'file', tags: meta.tags });
  }

  async addFileContent(name: string, bytes: Uint8Array, tags?: string[]): Promise<Article> {
    this.assertWritable();
    const [{ parseFileContent }, { fileParsers, withoutRemoteImages }] = await fileModules();
    const doc = await withoutRemoteImages(parseFileContent(name, bytes, fileParsers));
    return this.addDocument(doc, { source: 'file', tags });
  }

  addUrl(url: string, tags?: string[]): Promise<Article> {
    return this.web.addUrl(url, tags);
  }

  reextract(id: string): Promise<Article> {
    return this.web.reextract(id);
  }

  /** Bytes used by the offline cache (article bodies and images). */
  cacheSize(): Promise<number> {
    return ImageStore.sizeOf(this.layout.cache);
  }

  list(query: ListQuery = {}): { total: number; items: Article[] } {
    const mentioning = query.entity ? this.entities.articlesOf(query.entity) : null;
    const matches = this.articles
      .all()
      .filter((a) => matchesQuery(a, query) && (!mentioning || mentioning.has(a.id)));
    const offset = query.offset ?? 0;
    const items = matches.slice(offset, offset + (query.limit ?? 200)).map((a) => ({ ...a }));
    return { total: matches.length, items };
  }

  /** A copy of the stored article, or a not-found error. */
  article(id: string): Article {
    const article = this.articles.get(id);
    if (!article) throw notFound('article', id);
    return { ...article };
  }

  get(id: string): Article {
    return this.article(id);
  }

  open(id: string): { article: Article; html: string } {
    const article = this.get(id);
    return { article, html: this.bodies.htmlNow(id) };
  }

  async text(id: string): Promise<string> {
    this.get(id);
    return this.bodies.text(id);
  }

  async html(id: string): Promise<string> {
    this.get(id);
    return this.bodies.html(id);
  }

  async update(
    id: string,
    patch: Partial<Pick<Article, 'read' | 'starred' | 'archived' | 'progress'>>,
  ): Promise<Article> {
    this.assertWritable();
    const article = this.get(id);
    await this.articles.put({ ...article, ...patch });
    // Reading progress is saved while scrolling; nothing shown elsewhere or indexed depends on it.
    if (Object.keys(patch).some((k) => k !== 'progress'))
      this.events.emitEvent({ type: 'article-changed', id });
    return this.get(id);
  }

  /** One durable write per touched shard, however many articles change. */
  async updateMany(
    ids: string[],
    patch: Partial<Pick<Article, 'read' | 'starred' | 'archived'>>,
  ): Promise<number> {
    this.assertWritable();
    const changed = ids.map((id) => ({ ...this.get(id), ...patch }));
    await this.articles.putMany(changed);
    for (const a of changed) this.events.emitEvent({ type: 'article-changed', id: a.id });
    return changed.length;
  }

  counts(): LibraryCounts {
    return countArticles(this.articles.all());
  }

  async delete(id: string): Promise<boolean> {
    return (await this.deleteMany([id])) === 1;
  }

  /** Deletes articles with all that is theirs (see articles/delete.ts). */
  deleteMany(ids: string[]): Promise<number> {
    return deleteArticles(
      { ctx: this, comments: this.comments, entities: this.entities, imageRefs: this.imageRefs },
      ids,
    );
  }

  // ---- export ----

  async markdown(id: string): Promise<string> {
    const article = this.article(id);
    return articleMarkdown(article, await this.bodies.text(id), await this.comments.threads(id));
  }

  /** A full backup; never overwrites an existing file. */
  async exportBackup(file: string): Promise<{ path: string } & BackupSummary> {
    const target = path.resolve(file);
    if (existsSync(target)) {
      throw new BroadsheetError(
        'invalid-input',
        `${target} exists already; choose a new file name.`,
      );
    }
    const { writeBackup } = await import('./export/backup');
    return { path: target, ...(await writeBackup(this, target)) };
  }

  async importBackup(file: string): Promise<BackupSummary> {
    this.assertWritable();
    if (!existsSync(file)) throw new BroadsheetError('not-found', `No such file: ${file}`);
    const { readBackup } = await import('./export/backup');
    return readBackup(this, path.resolve(file));
  }

  // ---- settings ----

  settings(): Settings {
    return { ...this.settingsDb.data.settings };
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.assertWritable();
    Object.assign(this.settingsDb.data.settings, patch);
    await this.settingsDb.write();
    return this.settings();
  }

  status() {
    return {
      home: this.home,
      readOnly: this.readOnly,
      articleCount: this.articles.size,
      notices: [...this.notices],
      version: VERSION,
    };
  }
}
