// Each operation of the contract, implemented on the Library. The type makes a missing or
// mistyped handler a compile error.
import { setImmediate } from 'node:timers/promises';
import type { Api, OpName } from '../shared/api';
import type { EntityType } from '../shared/model';
import type { z } from 'zod';
import { entityPage } from './library/entities/page';
import { reindexEntities } from './library/entities/reindex';
import { suggestEntities } from './library/entities/suggest';
import type { Library } from './library/library';

type Handlers = {
  [K in OpName]: (
    library: Library,
    input: z.output<Api[K]['input']>,
  ) => Promise<z.input<Api[K]['output']>> | z.input<Api[K]['output']>;
};

export const handlers: Handlers = {
  'library.status': (lib) => lib.status(),
  'articles.list': (lib, q) => lib.list(q),
  'articles.get': (lib, { id }) => lib.get(id),
  'articles.open': (lib, { id }) => lib.open(id),
  'articles.text': (lib, { id }) => lib.text(id),
  'articles.addUrl': (lib, { url, tags }) => lib.addUrl(url, tags),
  'articles.reextract': (lib, { id }) => lib.reextract(id),
  'library.cacheSize': async (lib) => ({ bytes: await lib.cacheSize() }),
  'articles.addFile': (lib, { name, contentBase64, tags }) =>
    lib.addFileContent(name, Buffer.from(contentBase64, 'base64'), tags),
  'articles.update': (lib, { id, ...patch }) => lib.update(id, patch),
  'articles.updateMany': async (lib, { ids, ...patch }) => ({
    updated: await lib.updateMany(ids, patch),
  }),
  'library.counts': (lib) => lib.counts(),
  // The counts and the feeds' unread numbers are each a pass over every article (the tags are
  // kept counted): a turn of the event loop between them lets a call that arrived meanwhile (an
  // article opened) answer first.
  'library.navigation': async (lib) => {
    const counts = lib.counts();
    await setImmediate();
    return { counts, tags: lib.tags.list(), feeds: lib.feeds.list() };
  },
  'articles.delete': async (lib, { id }) => ({ deleted: await lib.delete(id) }),
  'articles.deleteMany': async (lib, { ids }) => ({ deleted: await lib.deleteMany(ids) }),
  'comments.list': (lib, { articleId }) => lib.comments.threads(articleId),
  'comments.add': (lib, input) => lib.comments.add(input),
  'comments.edit': (lib, { id, body }) => lib.comments.edit(id, body),
  'comments.delete': (lib, { id }) => lib.comments.remove(id),
  'comments.restore': (lib, { id }) => lib.comments.restore(id),
  'comments.recent': (lib, { offset, limit }) => lib.comments.recent(offset ?? 0, limit ?? 100),
  'highlights.add': (lib, { articleId, anchor }) => lib.comments.highlight(articleId, anchor),
  'tags.list': (lib) => lib.tags.list(),
  'tags.apply': async (lib, { ids, add, remove }) => ({
    updated: await lib.tags.apply(ids, add ?? [], remove ?? []),
  }),
  'tags.rename': async (lib, { from, to }) => ({ updated: await lib.tags.rename(from, to) }),
  'tags.delete': async (lib, { name }) => ({ updated: await lib.tags.remove(name) }),
  'entities.forArticle': (lib, { articleId }) => lib.entities.forArticle(articleId),
  'entities.get': (lib, { id }) => entityPage(lib, lib.entities, id),
  // The first call builds the entity index in slices, so requests sent with it (the list) go first.
  'entities.top': async (lib, { type, limit }) => {
    await lib.entities.whenIndexed();
    return lib.entities.top(type, limit ?? 20);
  },
  // The navigation's people, places and organisations in one call (it waits as entities.top does).
  'entities.topByType': async (lib, { limit }) => {
    await lib.entities.whenIndexed();
    const top = (type: EntityType) => lib.entities.top(type, limit ?? 20);
    return { person: top('person'), place: top('place'), organization: top('organization') };
  },
  'entities.suggest': (lib, { query, type, exclude, limit }) =>
    suggestEntities(lib.entities, query, { type, exclude, limit: limit ?? 10 }),
  'entities.hidden': (lib) => lib.entities.hiddenEntities(),
  'entityNotes.list': (lib, { entityId }) => lib.entityNotes.list(entityId),
  'entityNotes.add': (lib, { entityId, body }) => lib.entityNotes.add(entityId, body),
  'entityNotes.edit': (lib, { id, body }) => lib.entityNotes.edit(id, body),
  'entityNotes.delete': (lib, { id }) => lib.entityNotes.remove(id),
  'entityNotes.restore': (lib, { id }) => lib.entityNotes.restore(id),
  'entityNotes.recent': (lib, { offset, limit }) =>
    lib.entityNotes.recent(offset ?? 0, limit ?? 100),
  'entities.extract': (lib, { text }) => lib.entities.extractOnly(text),
  'entities.rename': async (lib, { id, name }) =>
    lib.entities.corrected(id, await lib.entities.rename(id, name)),
  'entities.retype': async (lib, { id, type }) =>
    lib.entities.corrected(id, await lib.entities.retype(id, type)),
  'entities.merge': async (lib, { from, into }) =>
    lib.entities.corrected(into, await lib.entities.merge(from, into)),
  'entities.hide': async (lib, { id, hidden }) => {
    await lib.entities.hide(id, hidden);
    return { hidden };
  },
  'entities.split': async (lib, { id, alias, name, type }) => {
    const mentioning = lib.entities.articlesOf(id);
    await lib.entities.split(id, alias, name, type);
    await reindexEntities(lib, mentioning);
    return { ok: true };
  },
  search: (lib, { query, offset, limit }) => lib.search().search(query, { offset, limit }),
  'feeds.list': (lib) => lib.feeds.list(),
  'feeds.add': (lib, { url, folder }) => lib.feeds.add(url, { folder }),
  'feeds.refresh': (lib, { id }) => lib.feeds.refresh(id),
  'feeds.update': (lib, { id, ...patch }) => lib.feeds.update(id, patch),
  'feeds.remove': (lib, { id, keepItems }) => lib.feeds.remove(id, keepItems),
  'feeds.markAllRead': async (lib, { id }) => ({ updated: await lib.feeds.markAllRead(id) }),
  'feeds.importOpml': (lib, { opml }) => lib.feeds.importOpml(opml),
  'feeds.exportOpml': (lib) => lib.feeds.exportOpml(),
  'articles.markdown': (lib, { id }) => lib.markdown(id),
  'backup.export': (lib, { path }) => lib.exportBackup(path),
  'backup.import': (lib, { path }) => lib.importBackup(path),
  'settings.get': (lib) => lib.settings(),
  'settings.update': (lib, patch) => lib.updateSettings(patch),
};
