import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../src/main/dispatch';
import { Library } from '../../../../src/main/library/library';
import { resourcesDir, tempDir } from '../../support/temp-home';

async function libraryWith(count: number) {
  const home = tempDir();
  const files = tempDir();
  const lib = await Library.open({ home, resourcesDir });
  for (let i = 1; i <= count; i++) {
    const file = path.join(files, `note-${i}.txt`);
    writeFileSync(file, `Note ${i}\n\nA short paragraph about the harbour, number ${i}.`);
    await lib.addFile(file);
  }
  // Entity extraction finishes after a save and announces it; let it settle first.
  await lib.idle();
  return { lib, home, dispatch: createDispatch(lib) };
}

describe('bulk actions from the list', () => {
  it('deletes several articles with their comments, and skips ids already gone', async () => {
    const { lib, dispatch } = await libraryWith(3);
    const ids = lib.list().items.map((a) => a.id);
    expect(ids).toHaveLength(4);
    await lib.comments.add({ articleId: ids[0], body: 'Going soon.' });
    const result = await dispatch('articles.deleteMany', { ids: [ids[0], ids[1], ids[1]] });
    expect(result).toEqual({ ok: true, result: { deleted: 2 } });
    expect(lib.list().items.map((a) => a.id)).toEqual(ids.slice(2));
    expect((await lib.comments.recent(0, 10)).total).toBe(0);
    expect(await dispatch('articles.deleteMany', { ids: [ids[0]] })).toEqual({
      ok: true,
      result: { deleted: 0 },
    });
    lib.close();
  });

  it('keeps deletions after the library is reopened', async () => {
    const { lib, home } = await libraryWith(2);
    const [first, ...rest] = lib.list().items.map((a) => a.id);
    await lib.deleteMany([first]);
    lib.close();
    const again = await Library.open({ home, resourcesDir });
    expect(again.list().items.map((a) => a.id)).toEqual(rest);
    again.close();
  });

  it('deletes a large selection: the rest keep their comments and entities, after a reopen too', async () => {
    const { lib, home } = await libraryWith(40);
    const ids = lib.list().items.map((a) => a.id);
    const sample = ids.at(-1)!; // the sample article: it has entities
    const kept = ids.filter((id, i) => i % 4 === 0 && id !== sample);
    for (const id of ids) await lib.comments.add({ articleId: id, body: `On ${id}` });
    const entity = lib.entities.forArticle(sample)[0];
    const removed: string[] = [];
    lib.events.on('event', (e: { type: string; id?: string }) => {
      if (e.type === 'article-removed') removed.push(e.id!);
    });
    const gone = ids.filter((id) => !kept.includes(id) && id !== sample);
    expect(await lib.deleteMany([...gone, ...gone])).toBe(gone.length);
    expect(removed.sort()).toEqual([...gone].sort());
    lib.close();
    const again = await Library.open({ home, resourcesDir });
    expect(again.list().items.map((a) => a.id)).toEqual(ids.filter((id) => !gone.includes(id)));
    const left = (await again.comments.recent(0, 100)).items.map((c) => c.articleId);
    expect(left.sort()).toEqual([...kept, sample].sort());
    expect(again.entities.forArticle(sample).map((e) => e.name)).toContain(entity.name);
    expect(await again.deleteMany([sample])).toBe(1);
    expect(again.entities.articlesOf(entity.id).size).toBe(0);
    again.close();
  });

  it('refuses an empty selection', async () => {
    const { lib, dispatch } = await libraryWith(0);
    const result = await dispatch('articles.deleteMany', { ids: [] });
    expect(result.ok).toBe(false);
    lib.close();
  });

  it('marks, stars and tags a selection in one call each', async () => {
    const { lib, dispatch } = await libraryWith(2);
    const ids = lib.list().items.map((a) => a.id);
    await dispatch('articles.updateMany', { ids, read: true, starred: true });
    await dispatch('tags.apply', { ids, add: ['harbour'] });
    for (const a of lib.list().items) {
      expect(a).toMatchObject({ read: true, starred: true, tags: ['harbour'] });
    }
    await dispatch('tags.apply', { ids: [ids[0]], remove: ['harbour'] });
    expect(lib.get(ids[0]).tags).toEqual([]);
    lib.close();
  });

  it('remembers reading progress', async () => {
    const { lib, dispatch } = await libraryWith(0);
    const [id] = lib.list().items.map((a) => a.id);
    const events: unknown[] = [];
    lib.events.on('event', (e) => events.push(e));
    await dispatch('articles.update', { id, progress: 0.42 });
    expect(lib.get(id).progress).toBe(0.42);
    // Saved while scrolling: no change event, so lists and the index are not refreshed for it.
    expect(events).toEqual([]);
    await dispatch('articles.update', { id, starred: true });
    expect(events).toContainEqual({ type: 'article-changed', id });
    expect((await dispatch('articles.update', { id, progress: 1.5 })).ok).toBe(false);
    lib.close();
  });
});
