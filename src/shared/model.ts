// The stored shapes of Broadsheet, as zod schemas. Runs anywhere: no node:*, no electron, no DOM.
import { z } from 'zod';

export const ArticleId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not an article id');
export type ArticleId = z.infer<typeof ArticleId>;

export const ArticleSource = z.enum(['sample', 'file', 'url', 'feed']);
export type ArticleSource = z.infer<typeof ArticleSource>;

/** An article's metadata as kept in the library index (bodies live in the offline cache). */
export const Article = z.object({
  id: ArticleId,
  url: z.string().nullable(),
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  savedAt: z.string(),
  tags: z.array(z.string()),
  read: z.boolean(),
  starred: z.boolean(),
  archived: z.boolean(),
  excerpt: z.string(),
  wordCount: z.number().int().nonnegative(),
  commentCount: z.number().int().nonnegative(),
  feedId: z.string().nullable(),
  source: ArticleSource,
  lang: z.string().nullable(),
  dir: z.enum(['ltr', 'rtl']).nullable(),
  /** Reading progress, 0..1, restored when the article is opened again. */
  progress: z.number().min(0).max(1),
});
export type Article = z.infer<typeof Article>;

export const EntityType = z.enum(['person', 'place', 'organization']);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  count: z.number().int().nonnegative(),
  aliases: z.array(z.string()),
});
export type Entity = z.infer<typeof Entity>;

/**
 * Where a comment or highlight sits in its article: a W3C Web Annotation TextQuoteSelector
 * (exact text with some context either side) plus a TextPositionSelector as a hint, counted in
 * characters of the article's rendered text.
 */
export const TextAnchor = z.object({
  exact: z.string().min(1).max(10_000),
  prefix: z.string().max(400),
  suffix: z.string().max(400),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextAnchor = z.infer<typeof TextAnchor>;

export const CommentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  parentId: z.string().nullable(),
  body: z.string(),
  /** The anchored passage (anchor.exact), kept as its own field for the CLI and exports. */
  quote: z.string().nullable(),
  anchor: TextAnchor.nullable(),
  /** A highlight is an anchored passage without (or before) a comment. */
  highlight: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Comment = z.infer<typeof CommentSchema>;

export type CommentThread = Comment & { replies: CommentThread[]; detached?: boolean };
export const CommentThreadSchema: z.ZodType<CommentThread> = CommentSchema.extend({
  replies: z.lazy(() => z.array(CommentThreadSchema)),
  /** True when the anchored passage can no longer be found in the article: shown with its quote. */
  detached: z.boolean().optional(),
});

/** The person's own note on an entity (its thread on the entity page), kept apart from articles. */
export const EntityNote = z.object({
  id: z.string(),
  entityId: z.string(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EntityNote = z.infer<typeof EntityNote>;

export const Feed = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  siteUrl: z.string().nullable(),
  itemCount: z.number().int().nonnegative(),
  lastFetchedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type Feed = z.infer<typeof Feed>;
