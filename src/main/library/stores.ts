// Every file-backed store of a home, opened together.
import type { Low } from 'lowdb';
import type { Settings } from '../../shared/api';
import type { ImageRefsFile } from './cache/image-refs';
import type { ArticleComments } from './comments/comments';
import { emptyCorrections, type EntityCorrections } from './entities/corrections';
import { emptyEntityNotes, type EntityNotesFile } from './entities/notes';
import type { EntityRecord, EntityRef } from './entities/service';
import type { FeedsFile } from './feeds/store';
import type { HomeLayout } from './home';
import { defaultSettings } from './settings';
import { ArticleIndex } from './store/article-index';
import { openCollection } from './store/collection';
import type { RecoveryNotice } from './store/json-file';
import { ShardedMap } from './store/sharded-map';
import { normaliseArticleUrl } from './capture/url';

export interface SettingsFile {
  version: number;
  settings: Settings;
}

export interface Stores {
  articles: ArticleIndex;
  comments: ShardedMap<ArticleComments>;
  settings: Low<SettingsFile>;
  entityRegistry: ShardedMap<EntityRecord>;
  entityRefs: ShardedMap<EntityRef[]>;
  entityCorrections: Low<EntityCorrections>;
  entityNotes: Low<EntityNotesFile>;
  imageRefs: Low<ImageRefsFile>;
  feeds: Low<FeedsFile>;
}

/** The keyed collections kept in shards, and how many shards each has (see migrations.ts). */
export const SHARDED = {
  comments: { prefix: 'comments', shards: 64 },
  entityRegistry: { prefix: 'entities', shards: 16 },
  entityRefs: { prefix: 'entity-refs', shards: 128 },
} as const;

export async function openStores(
  layout: HomeLayout,
  opts: { readOnly: boolean; onRecovery: (notice: RecoveryNotice) => void },
): Promise<Stores> {
  const [
    articles,
    comments,
    settings,
    entityRegistry,
    entityRefs,
    entityCorrections,
    entityNotes,
    imageRefs,
    feeds,
  ] = await Promise.all([
    ArticleIndex.open(layout.db, { ...opts, urlKey: normaliseArticleUrl }),
    ShardedMap.open<ArticleComments>(layout.db, SHARDED.comments.prefix, {
      shards: SHARDED.comments.shards,
      ...opts,
    }),
    openCollection<SettingsFile>(
      layout.settings,
      () => ({ version: 1, settings: defaultSettings() }),
      opts,
    ),
    ShardedMap.open<EntityRecord>(layout.db, SHARDED.entityRegistry.prefix, {
      shards: SHARDED.entityRegistry.shards,
      ...opts,
    }),
    ShardedMap.open<EntityRef[]>(layout.db, SHARDED.entityRefs.prefix, {
      shards: SHARDED.entityRefs.shards,
      ...opts,
    }),
    openCollection<EntityCorrections>(layout.entityCorrections, emptyCorrections, opts),
    openCollection<EntityNotesFile>(layout.entityNotes, emptyEntityNotes, opts),
    openCollection<ImageRefsFile>(layout.imageRefs, () => ({ version: 1, refs: {} }), opts),
    openCollection<FeedsFile>(layout.feeds, () => ({ version: 1, feeds: [] }), opts),
  ]);
  return {
    articles,
    comments,
    settings,
    entityRegistry,
    entityRefs,
    entityCorrections,
    entityNotes,
    imageRefs,
    feeds,
  };
}

/** The stores that keep a journal (the sharded ones). */
const journaled = (stores: Stores) => [
  stores.articles,
  stores.comments,
  stores.entityRegistry,
  stores.entityRefs,
];

/** Folds the journals of the sharded stores into their shards, so the next open replays nothing. */
export async function closeStores(stores: Stores): Promise<void> {
  await Promise.all(journaled(stores).map((store) => store.close()));
}

/** Stops the journals at once, leaving unfolded changes for the next open to replay. */
export function detachStores(stores: Stores): void {
  for (const store of journaled(stores)) store.detach();
}
