// The navigation's answers in one call each: the same as the separate calls they replace.
import { describe, expect, it } from 'vitest';
import { call, createDispatch } from '../../../src/main/dispatch';
import { Library } from '../../../src/main/library/library';
import { resourcesDir, tempDir } from '../support/temp-home';

describe('navigation handlers', () => {
  it('library.navigation answers the counts, tags and feeds the separate calls give', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    const dispatch = createDispatch(lib);
    const [sample] = lib.list({}).items;
    await call(dispatch, 'tags.apply', { ids: [sample.id], add: ['harbour'] });
    await call(dispatch, 'articles.update', { id: sample.id, starred: true });

    const nav = await call(dispatch, 'library.navigation', {});
    expect(nav).toEqual({
      counts: await call(dispatch, 'library.counts', {}),
      tags: await call(dispatch, 'tags.list', {}),
      feeds: await call(dispatch, 'feeds.list', {}),
    });
    expect(nav.counts.starred).toBe(1);
    expect(nav.tags).toContainEqual({ name: 'harbour', count: 1 });
    await lib.shutdown();
  });

  it('entities.topByType answers what entities.top gives for each type', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    const dispatch = createDispatch(lib);
    const top = await call(dispatch, 'entities.topByType', { limit: 5 });
    for (const type of ['person', 'place', 'organization'] as const) {
      expect(top[type]).toEqual(await call(dispatch, 'entities.top', { type, limit: 5 }));
    }
    // The sample article names people and places: the answer is not empty by accident.
    expect(top.person.length).toBeGreaterThan(0);
    expect(top.place.length).toBeGreaterThan(0);
    await lib.shutdown();
  });
});
