// THE contract: every operation the UI or the CLI may call, its input schema and its result schema.
// The preload, dispatch, the web client and the CLI all derive from this object; nothing else names
// an operation.
import { z } from 'zod';
import {
  Article,
  ArticleId,
  CommentSchema,
  CommentThreadSchema,
  Entity,
  EntityNote,
  EntityType,
  Feed,
  TextAnchor,
} from './model';

function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

const Tag = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(80, 'A tag is at most 80 characters.');

const CommentBody = z
  .string()
  .trim()
  .min(1, 'A comment cannot be empty.')
  .max(100_000, 'A comment is at most 100,000 characters.');

const EntityId = z.string().min(1).max(300);

/** A note's id as the Library makes them (newId); anything longer is not one of ours. */
const NoteId = z.string().min(1).max(100);

const FeedView = Feed.extend({
  folder: z.string().nullable(),
  fullText: z.enum(['auto', 'always', 'never']),
  lastSuccessAt: z.string().nullable(),
  unread: z.number(),
});
const LibraryCounts = z.object({
  all: z.number(),
  unread: z.number(),
  starred: z.number(),
  archived: z.number(),
});
const EntityName = z.string().trim().min(1, 'A name cannot be empty.').max(200);

export const ListQuery = z.object({
  tag: z.string().optional(),
  /** Articles that carry every one of these tags. */
  tags: z.array(Tag).max(50).optional(),
  entity: z.string().optional(),
  feedId: z.string().optional(),
  unread: z.boolean().optional(),
  starred: z.boolean().optional(),
  archived: z.boolean().optional(),
  offset: z.number().int().nonnegative().optional(),
  limit: z.number().int().positive().max(100_000).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const Settings = z.object({
  lastOpenArticleId: z.string().nullable(),
  theme: z.enum(['system', 'light', 'dark', 'sepia']),
  font: z.enum(['serif', 'sans']),
  fontSize: z.number().min(12).max(32),
  lineHeight: z.number().min(1.2).max(2.2),
  markReadOnOpen: z.boolean(),
  paneSizes: z.array(z.number()).max(3),
  /** Refresh every feed this often while the app runs; 0 turns it off. */
  feedRefreshMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
});
export type Settings = z.infer<typeof Settings>;

export const LibraryStatus = z.object({
  home: z.string(),
  readOnly: z.boolean(),
  articleCount: z.number(),
  /** Things the person should know: a damaged file restored, a lock held by another process … */
  notices: z.array(z.string()),
  version: z.string(),
});

export const OpenedArticle = z.object({
  article: Article,
  html: z.string(),
});

export const api = {
  'library.status': op(z.object({}), LibraryStatus),
  'articles.list': op(ListQuery, z.object({ total: z.number(), items: z.array(Article) })),
  'articles.get': op(z.object({ id: ArticleId }), Article),
  'articles.open': op(z.object({ id: ArticleId }), OpenedArticle),
  'articles.text': op(z.object({ id: ArticleId }), z.string()),
  'articles.addUrl': op(
    z.object({
      url: z.string().trim().min(1, 'Paste a web address.').max(8192),
      tags: z.array(Tag).optional(),
    }),
    Article,
  ),
  'articles.reextract': op(z.object({ id: ArticleId }), Article),
  'library.cacheSize': op(z.object({}), z.object({ bytes: z.number() })),
  'articles.addFile': op(
    z.object({
      name: z.string().min(1).max(255),
      /** The file's bytes, base64-encoded (a drop in the renderer or the web page). */
      contentBase64: z.string().max(28_000_000),
      tags: z.array(Tag).optional(),
    }),
    Article,
  ),
  'articles.update': op(
    z.object({
      id: ArticleId,
      read: z.boolean().optional(),
      starred: z.boolean().optional(),
      archived: z.boolean().optional(),
      progress: z.number().min(0).max(1).optional(),
    }),
    Article,
  ),
  'articles.updateMany': op(
    z.object({
      ids: z.array(ArticleId).min(1).max(100_000),
      read: z.boolean().optional(),
      starred: z.boolean().optional(),
      archived: z.boolean().optional(),
    }),
    z.object({ updated: z.number() }),
  ),
  'articles.delete': op(z.object({ id: ArticleId }), z.object({ deleted: z.boolean() })),
  'articles.deleteMany': op(
    z.object({ ids: z.array(ArticleId).min(1).max(100_000) }),
    z.object({ deleted: z.number() }),
  ),
  'library.counts': op(z.object({}), LibraryCounts),
  /** The navigation's lists in one answer: its counts, tags and feeds (the people etc. apart). */
  'library.navigation': op(
    z.object({}),
    z.object({
      counts: LibraryCounts,
      tags: z.array(z.object({ name: z.string(), count: z.number() })),
      feeds: z.array(FeedView),
    }),
  ),
  'comments.list': op(z.object({ articleId: ArticleId }), z.array(CommentThreadSchema)),
  'comments.add': op(
    z.object({
      articleId: ArticleId,
      body: CommentBody,
      parentId: z.string().nullable().optional(),
      /** An exact passage of the article; the Library finds it and stores its anchor. */
      quote: z.string().max(10_000).nullable().optional(),
      /** An anchor made in the reader from a selection. */
      anchor: TextAnchor.nullable().optional(),
    }),
    CommentSchema,
  ),
  'comments.edit': op(z.object({ id: z.string().min(1), body: CommentBody }), CommentSchema),
  'comments.delete': op(z.object({ id: z.string().min(1) }), CommentSchema),
  'comments.restore': op(z.object({ id: z.string().min(1) }), CommentSchema),
  'comments.recent': op(
    z.object({
      offset: z.number().int().nonnegative().optional(),
      limit: z.number().int().positive().max(1000).optional(),
    }),
    z.object({
      total: z.number(),
      items: z.array(CommentSchema.extend({ articleTitle: z.string() })),
    }),
  ),
  'highlights.add': op(z.object({ articleId: ArticleId, anchor: TextAnchor }), CommentSchema),
  'tags.list': op(z.object({}), z.array(z.object({ name: z.string(), count: z.number() }))),
  'tags.apply': op(
    z.object({
      ids: z.array(ArticleId).min(1).max(100_000),
      add: z.array(Tag).max(100).optional(),
      remove: z.array(Tag).max(100).optional(),
    }),
    z.object({ updated: z.number() }),
  ),
  'tags.rename': op(z.object({ from: Tag, to: Tag }), z.object({ updated: z.number() })),
  'tags.delete': op(z.object({ name: Tag }), z.object({ updated: z.number() })),
  'entities.forArticle': op(
    z.object({ articleId: ArticleId }),
    z.array(Entity.extend({ salience: z.number(), alsoIn: z.number() })),
  ),
  'entities.get': op(
    z.object({ id: EntityId }),
    z.object({
      entity: Entity,
      articles: z.array(Article),
      related: z.array(Entity.extend({ together: z.number() })),
    }),
  ),
  /** The most mentioned of each type, as entities.top gives them, in one answer. */
  'entities.topByType': op(
    z.object({ limit: z.number().int().positive().max(500).optional() }),
    z.object({ person: z.array(Entity), place: z.array(Entity), organization: z.array(Entity) }),
  ),
  'entities.top': op(
    z.object({
      type: EntityType.optional(),
      limit: z.number().int().positive().max(500).optional(),
    }),
    z.array(Entity),
  ),
  /** Type-ahead over the library's entities (names and aliases), e.g. to pick a merge target. */
  'entities.suggest': op(
    z.object({
      query: z.string().max(200),
      type: EntityType.optional(),
      exclude: EntityId.optional(),
      limit: z.number().int().positive().max(50).optional(),
    }),
    z.array(Entity),
  ),
  /** Entities the person hid (their names and types as corrected), to show them again. */
  'entities.hidden': op(z.object({}), z.array(Entity)),
  'entityNotes.list': op(z.object({ entityId: EntityId }), z.array(EntityNote)),
  'entityNotes.add': op(z.object({ entityId: EntityId, body: CommentBody }), EntityNote),
  'entityNotes.edit': op(z.object({ id: NoteId, body: CommentBody }), EntityNote),
  'entityNotes.delete': op(z.object({ id: NoteId }), EntityNote),
  'entityNotes.restore': op(z.object({ id: NoteId }), EntityNote),
  /** Every note on an entity, newest first (the view of all comments shows them too). */
  'entityNotes.recent': op(
    z.object({
      offset: z.number().int().nonnegative().optional(),
      limit: z.number().int().positive().max(1000).optional(),
    }),
    z.object({
      total: z.number(),
      items: z.array(
        EntityNote.extend({ entityName: z.string(), entityType: EntityType.nullable() }),
      ),
    }),
  ),
  /** Entities of a text without saving anything (the CLI's entities --file). */
  'entities.extract': op(z.object({ text: z.string().max(5_000_000) }), z.array(Entity)),
  'entities.rename': op(z.object({ id: EntityId, name: EntityName }), Entity),
  'entities.retype': op(z.object({ id: EntityId, type: EntityType }), Entity),
  'entities.merge': op(z.object({ from: EntityId, into: EntityId }), Entity),
  'entities.hide': op(
    z.object({ id: EntityId, hidden: z.boolean() }),
    z.object({ hidden: z.boolean() }),
  ),
  'entities.split': op(
    z.object({
      id: EntityId,
      alias: z.string().min(1).max(200),
      name: EntityName,
      type: EntityType,
    }),
    z.object({ ok: z.boolean() }),
  ),
  search: op(
    z.object({
      query: z.string().max(1000),
      offset: z.number().int().nonnegative().optional(),
      limit: z.number().int().positive().max(500).optional(),
    }),
    z.object({
      total: z.number(),
      items: z.array(
        z.object({
          article: Article,
          score: z.number(),
          snippet: z.string(),
          matchedFields: z.array(z.string()),
        }),
      ),
      terms: z.array(z.string()),
      indexing: z.boolean(),
    }),
  ),
  'feeds.list': op(z.object({}), z.array(FeedView)),
  'feeds.add': op(
    z.object({
      url: z.string().trim().min(1).max(8192),
      folder: z.string().max(200).nullable().optional(),
    }),
    z.object({
      feed: FeedView.nullable(),
      /** A site with several feeds: the person chooses one and adds it by its address. */
      choices: z.array(
        z.object({ url: z.string(), title: z.string().nullable(), type: z.string() }),
      ),
    }),
  ),
  'feeds.refresh': op(
    z.object({ id: z.string().optional() }),
    z.array(
      z.object({
        id: z.string(),
        status: z.enum(['updated', 'not-modified', 'error']),
        added: z.number(),
        updated: z.number(),
        error: z.string().optional(),
      }),
    ),
  ),
  'feeds.update': op(
    z.object({
      id: z.string(),
      title: z.string().trim().min(1).max(300).optional(),
      folder: z.string().max(200).nullable().optional(),
      fullText: z.enum(['auto', 'always', 'never']).optional(),
    }),
    FeedView,
  ),
  'feeds.remove': op(
    z.object({ id: z.string(), keepItems: z.boolean() }),
    z.object({ removedArticles: z.number() }),
  ),
  'feeds.markAllRead': op(z.object({ id: z.string() }), z.object({ updated: z.number() })),
  'feeds.importOpml': op(
    z.object({ opml: z.string().min(1).max(5_000_000) }),
    z.object({ added: z.number(), skipped: z.number(), folders: z.array(z.string()) }),
  ),
  'feeds.exportOpml': op(z.object({}), z.string()),
  'articles.markdown': op(z.object({ id: ArticleId }), z.string()),
  'backup.export': op(
    z.object({ path: z.string().min(1) }),
    z.object({
      path: z.string(),
      articles: z.number(),
      comments: z.number(),
      images: z.number(),
      entityNotes: z.number().optional(),
    }),
  ),
  'backup.import': op(
    z.object({ path: z.string().min(1) }),
    z.object({
      articles: z.number(),
      comments: z.number(),
      images: z.number(),
      entityNotes: z.number().optional(),
      entityCorrections: z.number().optional(),
      skipped: z.number(),
    }),
  ),
  'settings.get': op(z.object({}), Settings),
  'settings.update': op(Settings.partial(), Settings),
} as const;

export type Api = typeof api;
export type OpName = keyof Api;
export type OpInput<K extends OpName> = z.input<Api[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Api[K]['output']>;

export const OP_NAMES = Object.keys(api) as OpName[];

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

/** How every door reports a refused call. */
export interface ApiError {
  code: string;
  message: string;
}
export type ApiResponse<T> = { ok: true; result: T } | { ok: false; error: ApiError };
