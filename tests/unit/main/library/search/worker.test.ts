import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../../../src/main/library/search/client';
import { closeAll, openSearch, parsed, settle, workerScript } from './library-search';

describe('search in a worker thread', () => {
  it('indexes, answers, follows changes and saves from the worker', async () => {
    const first = await openSearch(undefined, { workerScript });
    expect((await first.search.search('obam')).items[0].article.title).toMatch(/Obama/);
    expect((await first.search.search('Obsma')).total).toBe(1);
    const article = await first.lib.addDocument(
      parsed('Harbour lights', 'Fishing boats at dawn.'),
      { source: 'file', tags: ['Coast'] },
    );
    await settle(first.lib, first.search);
    expect((await first.search.search('harb tag:coast')).items[0].article.id).toBe(article.id);
    await closeAll(first.lib, first.search);

    const again = await openSearch(first.home, { workerScript });
    expect(again.search.status()).toMatchObject({ loadedFromDisk: true, fullBuilds: 0 });
    expect((await again.search.search('fishing')).items[0].article.id).toBe(article.id);
    await closeAll(again.lib, again.search);
  });

  it('answers the same as the in-process index', async () => {
    const worker = createSearchIndex({ workerScript });
    const local = createSearchIndex();
    const docs = [
      {
        id: 'a',
        fingerprint: '1',
        title: 'Obama in Antalya',
        tags: ['World'],
        entities: [],
        meta: '',
        comments: [],
        text: 'Summit talk.',
      },
      {
        id: 'b',
        fingerprint: '2',
        title: 'Markets',
        tags: [],
        entities: [],
        meta: 'Reuters',
        comments: ['obama?'],
        text: 'Stocks rose.',
      },
    ];
    for (const index of [worker, local]) await index.add(docs);
    for (const q of ['obam', 'reuters', 'stoks', 'world']) {
      expect(await worker.search(q, 10)).toEqual(await local.search(q, 10));
    }
    expect(await worker.export()).toEqual(await local.export());
    await worker.close();
    await local.close();
    await expect(worker.search('x', 1)).rejects.toThrow('closed');
  });
});
