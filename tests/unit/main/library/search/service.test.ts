import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/library/library';
import { SearchService } from '../../../../../src/main/library/search/service';
import { resourcesDir, tempDir } from '../../../support/temp-home';
import { closeAll, openSearch, parsed, searchDir, settle } from './library-search';

const titles = (r: { items: { article: { title: string } }[] }) =>
  r.items.map((i) => i.article.title);

describe('SearchService on a library', () => {
  it('finds the sample as you type and despite a typo, a title hit above a body hit', async () => {
    const { lib, search } = await openSearch();
    await lib.addDocument(
      parsed('Frost in the allotments', 'A late frost. Even President Obama grows tomatoes.'),
      { source: 'file' },
    );
    await settle(lib, search);

    const typed = await search.search('obam');
    expect(titles(typed)).toEqual(['ISIS Brings Putin, Obama together', 'Frost in the allotments']);
    expect(typed.items[0].matchedFields).toContain('title');
    expect(typed.items[1].matchedFields).toContain('text');
    expect(typed.items[1].matchedFields).not.toContain('title');
    expect(typed.items[1].snippet).toContain('President Obama grows tomatoes');
    expect(typed.items[0].snippet.length).toBeLessThanOrEqual(240);
    expect(typed.items[0].snippet).toMatch(/Obama/);
    expect(typed.indexing).toBe(false);

    const typo = await search.search('Obsma');
    expect(typo.items[0].article.title).toBe('ISIS Brings Putin, Obama together');
    expect(typo.terms).toContain('obama');
    expect((await search.search('Putn')).items[0].article.title).toMatch(/Putin/);
    await closeAll(lib, search);
  });

  it('searches tags, comments and bylines, and follows every change', async () => {
    const { lib, search } = await openSearch();
    const article = await lib.addDocument(
      parsed('Roses in a cold spring', 'The roses survived the frost.', {
        byline: 'Jane Marple',
        siteName: 'The Village Gazette',
      }),
      { source: 'file' },
    );
    await settle(lib, search);
    expect((await search.search('marple')).items[0]).toMatchObject({
      article: { id: article.id },
      matchedFields: ['meta'],
    });
    expect((await search.search('gazette')).total).toBe(1);

    await lib.tags.apply([article.id], ['Horticulture'], []);
    await search.idle();
    expect((await search.search('horti')).items[0]).toMatchObject({
      article: { id: article.id, tags: ['Horticulture'] },
      matchedFields: ['tags'],
    });

    const comment = await lib.comments.add({ articleId: article.id, body: 'Try an aspidistra' });
    await search.idle();
    expect((await search.search('aspidistra')).items[0].matchedFields).toEqual(['comments']);
    await lib.comments.remove(comment.id);
    await search.idle();
    expect((await search.search('aspidistra')).total).toBe(0);

    await lib.tags.apply([article.id], [], ['Horticulture']);
    await search.idle();
    expect((await search.search('horticulture')).total).toBe(0);

    await lib.delete(article.id);
    await search.idle();
    expect((await search.search('roses')).total).toBe(0);
    expect((await search.search('marple')).total).toBe(0);
    await closeAll(lib, search);
  });

  it('applies filters, and lists filtered articles newest first when there is no text', async () => {
    const { lib, search } = await openSearch();
    const sample = lib.list().items[0];
    const feedItem = await lib.addDocument(
      parsed('Obama visits Antalya again', 'Obama was back on the Turkish coast.'),
      { source: 'feed', feedId: 'feed-1', tags: ['World'] },
    );
    const note = await lib.addDocument(parsed('A quiet note', 'Nothing about politics.'), {
      source: 'file',
      tags: ['world', 'Notes'],
    });
    await lib.update(sample.id, { starred: true, read: true });
    await lib.comments.add({ articleId: note.id, body: 'Remember this' });
    await settle(lib, search);

    const ids = async (q: string) => (await search.search(q)).items.map((i) => i.article.id);
    expect((await ids('obama')).sort()).toEqual([sample.id, feedItem.id].sort());
    expect(await ids('obama tag:world')).toEqual([feedItem.id]);
    expect(await ids('obama is:starred')).toEqual([sample.id]);
    expect(await ids('obama is:read')).toEqual([sample.id]);
    expect(await ids('obama is:unread')).toEqual([feedItem.id]);
    expect(await ids('obama feed:feed-1')).toEqual([feedItem.id]);
    expect(await ids('entity:"Barack Obama"')).toEqual([sample.id]);
    expect(await ids('putin entity:obama')).toEqual([sample.id]);
    expect(await ids('entity:Nobody')).toEqual([]);
    // Only filters: newest first.
    expect(await ids('tag:WORLD')).toEqual([note.id, feedItem.id]);
    expect(await ids('tag:world tag:notes')).toEqual([note.id]);
    expect(await ids('has:comments')).toEqual([note.id]);
    expect(await ids('is:unread')).toEqual([note.id, feedItem.id]);
    const page = await search.search('is:unread', { offset: 1, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.article.id)).toEqual([feedItem.id]);
    expect(page.items[0].snippet).toBe('Obama was back on the Turkish coast.');

    expect(await search.search('')).toEqual({ total: 0, items: [], terms: [], indexing: false });
    expect((await search.search('   ')).total).toBe(0);
    await closeAll(lib, search);
  });

  it('does not say "indexing" while it only saves the index to disk', async () => {
    const { lib, search } = await openSearch(tempDir(), { saveDelayMs: 0 });
    await lib.addDocument(parsed('Harbour notes', 'Gulls over the harbour wall.'), {
      source: 'file',
    });
    await settle(lib, search);
    // The save runs now, after the change was indexed: results are complete throughout.
    const seen = new Set<boolean>();
    const until = Date.now() + 300;
    while (Date.now() < until) {
      seen.add(search.status().indexing);
      await new Promise((r) => setImmediate(r));
    }
    expect(seen).toEqual(new Set([false]));
    expect((await search.search('gulls')).indexing).toBe(false);
    await closeAll(lib, search);
  });

  it('returns from start() before the index is built; queries meanwhile say so', async () => {
    const home = tempDir();
    const lib = await Library.open({ home, resourcesDir });
    const search = new SearchService(lib, { dir: searchDir(home) });
    await search.start();
    expect(search.status()).toMatchObject({ ready: false, indexing: true });
    expect((await search.search('obama')).indexing).toBe(true);
    await search.whenReady();
    expect(search.status()).toMatchObject({ ready: true, indexing: false, fullBuilds: 1 });
    const done = await search.search('obama');
    expect(done).toMatchObject({ total: 1, indexing: false });
    await closeAll(lib, search);
  });

  it('asks for entity names only once the entity index is ready (built in slices, not at once)', async () => {
    const home = tempDir();
    const lib = await Library.open({ home, resourcesDir });
    let ready = false;
    let release = () => undefined as void;
    const asked: boolean[] = [];
    const search = new SearchService(lib, {
      dir: searchDir(home),
      entityNames: (id) => (asked.push(ready), lib.entities.forArticle(id).map((e) => e.name)),
      entitiesReady: () => new Promise<void>((resolve) => (release = resolve)),
    });
    await search.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked).toEqual([]);
    ready = true;
    release();
    await search.whenReady();
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every(Boolean)).toBe(true);
    await closeAll(lib, search);
  });
});
