// Schema versions of a home. Each migration moves a home from version N to N + 1.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../shared/model';
import type { ArticleComments, StoredComment } from './comments/comments';
import type { EntityRef } from './entities/service';
import { BroadsheetError } from './errors';
import type { HomeLayout } from './home';
import { SHARDS as ARTICLE_SHARDS, SHARD_PREFIX as ARTICLE_PREFIX } from './store/article-index';
import type { RecoveryNotice } from './store/json-file';
import { reshard } from './store/reshard';
import { shardFile } from './store/sharded-map';
import { SHARDED } from './stores';

export const SCHEMA_VERSION = 3;

interface MigrationOptions {
  onRecovery: (notice: RecoveryNotice) => void;
}

type Migration = (layout: HomeLayout, options: MigrationOptions) => Promise<void>;

const oldShards = (dir: string, prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => shardFile(dir, prefix, i, count));

function recordEntries<T>(field: string) {
  return (data: Record<string, unknown>): [string, T][] =>
    Object.entries((data[field] ?? {}) as Record<string, T>);
}

/**
 * 1 → 2: smaller shards, so one small change rewrites little at 100k articles: articles 32 → 256
 * shards, entity refs 32 → 128, and comments from one file into shards by article.
 */
async function smallerShards(layout: HomeLayout, options: MigrationOptions): Promise<void> {
  await reshard<Article>(
    {
      from: oldShards(layout.db, ARTICLE_PREFIX, 32),
      entries: recordEntries('articles'),
      to: { dir: layout.db, prefix: ARTICLE_PREFIX, shards: ARTICLE_SHARDS, field: 'articles' },
    },
    options,
  );
  await reshard<EntityRef[]>(
    {
      from: oldShards(layout.db, SHARDED.entityRefs.prefix, 32),
      entries: recordEntries('items'),
      to: { dir: layout.db, field: 'items', ...SHARDED.entityRefs },
    },
    options,
  );
  await reshard<ArticleComments>(
    {
      from: [path.join(layout.db, 'comments.json')],
      entries: (data) => {
        const byArticle = new Map<string, ArticleComments>();
        for (const c of (data.comments ?? []) as StoredComment[]) {
          byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
        }
        return byArticle;
      },
      to: { dir: layout.db, field: 'items', ...SHARDED.comments },
    },
    options,
  );
}

/**
 * 2 → 3: the sharded stores keep a journal of changes not yet written into their shards (see
 * store/shard-journal.ts), which older builds would ignore: the version keeps them out. The entity
 * mention files of cache/entities (one per article, never read) are no longer written: removed.
 */
const journals: Migration = async (layout) => {
  await fs.rm(path.join(layout.home, 'cache', 'entities'), { recursive: true, force: true });
};

/** migrations[n] upgrades a home from version n + 1 to n + 2. */
const migrations: Migration[] = [smallerShards, journals];

export async function migrate(
  layout: HomeLayout,
  from: number,
  options: MigrationOptions & { readOnly: boolean },
): Promise<number> {
  if (from > SCHEMA_VERSION) {
    throw new BroadsheetError(
      'unsupported',
      `The library at ${layout.home} was written by a newer Broadsheet (schema ${from}); update Broadsheet to open it.`,
    );
  }
  if (from < SCHEMA_VERSION && options.readOnly) {
    throw new BroadsheetError(
      'read-only',
      `The library at ${layout.home} needs a one-time upgrade (schema ${from} to ${SCHEMA_VERSION}); open it once without read-only access.`,
    );
  }
  for (let version = from; version < SCHEMA_VERSION; version++) {
    await migrations[version - 1](layout, options);
  }
  return SCHEMA_VERSION;
}
