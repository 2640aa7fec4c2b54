import type { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import type { LibraryContext } from '../../../../../src/main/library/context';
import {
  emptyCorrections,
  type EntityCorrections,
} from '../../../../../src/main/library/entities/corrections';
import type { Extract } from '../../../../../src/main/library/entities/extractor';
import { EntityMentionIndex } from '../../../../../src/main/library/entities/mention-index';
import {
  EntityService,
  type EntityRecord,
  type EntityRef,
} from '../../../../../src/main/library/entities/service';
import type { ShardedMap } from '../../../../../src/main/library/store/sharded-map';

/** Deterministic refs: article n mentions 1–4 of `keys` entities. */
function refsOf(n: number, keys = 12): EntityRef[] {
  const count = 1 + (n % 4);
  return Array.from({ length: count }, (_, i) => ({
    key: `person:p${(n * 7 + i * 5) % keys}`,
    count: 1 + ((n + i) % 3),
    salience: 1,
  }));
}

/** What an index says, empty keys left out (an index kept up to date may hold them). */
function snapshot(
  index: EntityMentionIndex,
): Record<string, { articles: string[]; total: number }> {
  const out: Record<string, { articles: string[]; total: number }> = {};
  for (const [key, articleCount] of index.articleCounts()) {
    if (articleCount === 0) continue;
    out[key] = { articles: [...index.articles(key)!.keys()].sort(), total: index.total(key) };
  }
  return out;
}

function built(refs: Map<string, EntityRef[]>): EntityMentionIndex {
  const index = new EntityMentionIndex((key) => key);
  for (const [id, list] of refs) index.add(id, list);
  return index;
}

/** An in-memory stand-in for the refs store, the registry and the corrections file. */
function fakeService(refs: Map<string, EntityRef[]>, keys: number): EntityService {
  const registry = new Map<string, EntityRecord>();
  for (let k = 0; k < keys; k++) {
    registry.set(`person:p${k}`, { name: `P ${k}`, type: 'person', aliases: [] });
  }
  const refStore = {
    get: (id: string) => refs.get(id),
    entries: () => refs.entries(),
    change: async (set: [string, EntityRef[]][], remove: string[] = []) => {
      await new Promise((resolve) => setImmediate(resolve));
      for (const [id, list] of set) refs.set(id, list);
      for (const id of remove) refs.delete(id);
    },
  };
  const corrections = { data: emptyCorrections() } as Low<EntityCorrections>;
  return new EntityService(
    {} as LibraryContext,
    { get: (key: string) => registry.get(key) } as ShardedMap<EntityRecord>,
    refStore as unknown as ShardedMap<EntityRef[]>,
    corrections,
    (() => Promise.resolve([])) as Extract,
  );
}

describe('the entity mention index', () => {
  it('kept up to date after a first build, says what a fresh build of the same refs says', () => {
    const refs = new Map<string, EntityRef[]>();
    for (let n = 0; n < 60; n++) refs.set(`a${n}`, refsOf(n));
    const index = built(refs);
    for (let n = 0; n < 60; n += 3) {
      const after = n % 2 ? null : refsOf(n + 1000);
      index.replace(`a${n}`, refs.get(`a${n}`) ?? null, after);
      if (after) refs.set(`a${n}`, after);
      else refs.delete(`a${n}`);
    }
    index.replace('a-new', null, refsOf(7));
    refs.set('a-new', refsOf(7));
    expect(snapshot(index)).toEqual(snapshot(built(refs)));
  });

  it('does not count an article twice when it already holds the new refs', () => {
    const refs = new Map([['a', refsOf(1)]]);
    const index = built(refs);
    index.replace('a', null, refsOf(1)); // built between the store's change and the update
    expect(snapshot(index)).toEqual(snapshot(built(refs)));
  });

  it('built in slices while refs change, counts as a fresh build of the final refs', async () => {
    const refs = new Map<string, EntityRef[]>();
    for (let n = 0; n < 5_000; n++) refs.set(`a${n}`, refsOf(n, 40));
    const service = fakeService(refs, 40);
    const indexing = service.whenIndexed();
    await service.removeArticles(['a3']);
    await service.removeArticles(['a4999', 'a17']);
    await indexing;
    const fresh = fakeService(new Map(refs), 40);
    expect(service.top(undefined, 100)).toEqual(fresh.top(undefined, 100));
    expect(service.entity('person:p3')).toEqual(fresh.entity('person:p3'));
    expect(service.entity('person:p3')!.count).toBe(
      [...refs.values()].flat().reduce((sum, r) => sum + (r.key === 'person:p3' ? r.count : 0), 0),
    );
  });

  it('ranks by article count as a fresh build does, after changes, for any limit', async () => {
    const refs = new Map<string, EntityRef[]>();
    for (let n = 0; n < 400; n++) refs.set(`a${n}`, refsOf(n, 60));
    const service = fakeService(refs, 60);
    await service.whenIndexed();
    const before = service.top(undefined, 5); // the ranking is kept from here on
    await service.removeArticles(Array.from({ length: 150 }, (_, n) => `a${n * 2}`));
    const fresh = fakeService(new Map(refs), 60);
    await fresh.whenIndexed();
    for (const limit of [1, 5, 17, 1_000]) {
      expect(service.top(undefined, limit)).toEqual(fresh.top(undefined, limit));
    }
    expect(service.top(undefined, 5).map((e) => e.count)).not.toEqual(before.map((e) => e.count));
  });
});
