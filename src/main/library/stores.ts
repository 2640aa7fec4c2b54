// Every file-backed store of a home, opened together.
import type { Low } from 'lowdb';
import type { Settings } from '../../shared/api';
import type { ImageRefsFile } from './cache/image-refs';
import type { CommentsFile } from './comments/comments';
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
  comments: Low<CommentsFile>;
  settings: Low<SettingsFile>;
  entityRegistry: ShardedMap<EntityRecord>;
  entityRefs: ShardedMap<EntityRef[]>;
  entityCorrections: Low<EntityCorrections>;
  entityNotes: Low<EntityNotesFile>;
  imageRefs: Low<ImageRefsFile>;
  feeds: Low<FeedsFile>;
}

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
    openCollection<CommentsFile>(layout.comments, () => ({ version: 1, comments: [] }), opts),
    openCollection<SettingsFile>(
      layout.settings,
      () => ({ version: 1, settings: defaultSettings() }),
      opts,
    ),
    ShardedMap.open<EntityRecord>(layout.db, 'entities', { shards: 16, ...opts }),
    ShardedMap.open<EntityRef[]>(layout.db, 'entity-refs', { shards: 32, ...opts }),
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
