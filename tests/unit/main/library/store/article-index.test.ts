import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../../src/shared/model';
import { normaliseArticleUrl } from '../../../../../src/main/library/capture/url';
import { ArticleIndex } from '../../../../../src/main/library/store/article-index';
import { tempDir } from '../../../support/temp-home';

const open = (dir = tempDir()) =>
  ArticleIndex.open(dir, {
    readOnly: false,
    onRecovery: () => undefined,
    urlKey: normaliseArticleUrl,
  });

let n = 0;
function article(patch: Partial<Article> = {}): Article {
  n++;
  return {
    id: `a${String(n).padStart(4, '0')}`,
    url: null,
    title: `Article ${n}`,
    byline: null,
    siteName: null,
    publishedAt: null,
    savedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
    tags: [],
    read: false,
    starred: false,
    archived: false,
    progress: 0,
    excerpt: '',
    wordCount: 100,
    commentCount: 0,
    feedId: null,
    source: 'file',
    lang: null,
    dir: null,
    ...patch,
  };
}

describe('article index', () => {
  it('finds articles by address through its normal form, and follows changes and removals', async () => {
    const dir = tempDir();
    const index = await open(dir);
    const a = article({ url: 'https://Example.org/story?utm_source=x' });
    const b = article({ url: 'https://example.org/other' });
    await index.putMany([a, b, article()]);
    expect(index.withUrl('https://example.org/story').map((x) => x.id)).toEqual([a.id]);
    expect(index.withUrl('not a url')).toEqual([]);
    await index.put({ ...b, url: 'https://example.org/moved' });
    expect(index.withUrl('https://example.org/other')).toEqual([]);
    expect(index.withUrl('https://example.org/moved').map((x) => x.id)).toEqual([b.id]);
    await index.remove([a.id]);
    expect(index.withUrl('https://example.org/story')).toEqual([]);
    // A reopened index answers the same from disk.
    const again = await open(dir);
    expect(again.withUrl('https://EXAMPLE.org/moved').map((x) => x.id)).toEqual([b.id]);
  });

  it('keeps newest-first order as articles come and go, without handing out a changed array', async () => {
    const dir = tempDir();
    const index = await open(dir);
    const first = [article(), article(), article()];
    await index.putMany(first);
    const before = index.all();
    expect(before.map((a) => a.id)).toEqual(first.map((a) => a.id).reverse());
    const middle = article({ savedAt: first[1].savedAt, id: 'z-middle' });
    const newest = article();
    await index.put(newest);
    await index.put(middle);
    expect(before).toHaveLength(3); // what a caller walks stays as it was
    const expected = [newest, first[2], middle, first[1], first[0]].map((a) => a.id);
    expect(index.all().map((a) => a.id)).toEqual(expected);
    await index.remove([first[2].id]);
    expect(index.all().map((a) => a.id)).toEqual(expected.filter((id) => id !== first[2].id));
    // Several new ones in one write, in no order, interleave as a fresh sort would place them.
    const batch = [
      article({ savedAt: '2025-06-01T00:00:00.000Z' }),
      article(),
      article({ savedAt: first[0].savedAt, id: 'a0000-same-time' }),
      article({ savedAt: first[1].savedAt, id: 'zz-same-time' }),
    ];
    await index.putMany(batch);
    const fresh = await open(dir);
    expect(index.all().map((a) => a.id)).toEqual(fresh.all().map((a) => a.id));
    expect(index.all()).toHaveLength(8);
    expect(index.all()[0].id).toBe(batch[1].id);
    expect(index.all().at(-1)!.id).toBe(batch[0].id);
  });

  it('removes a selection as large as the library (every article of a 100k library)', async () => {
    const index = await open();
    const kept = article();
    const gone = Array.from({ length: 150 }, () => article());
    await index.putMany([kept, ...gone]);
    const ids = [...gone.map((a) => a.id), ...Array.from({ length: 200_000 }, (_, i) => `x${i}`)];
    await index.remove(ids);
    expect(index.all().map((a) => a.id)).toEqual([kept.id]);
  });

  it('keeps tag counts up to date through changes, as a fresh count would give them', async () => {
    const dir = tempDir();
    const index = await open(dir);
    const a = article({ tags: ['Politics', 'syria'] });
    const b = article({ tags: ['politics'] });
    const c = article({ tags: ['politics', 'Energy'] });
    await index.putMany([a, b]);
    expect(index.tagCounts()).toEqual([
      { name: 'Politics', count: 2 }, // both spellings counted; a tie shows the one sorted first
      { name: 'syria', count: 1 },
    ]);
    await index.putMany([c, { ...a, tags: ['Energy'] }]);
    expect(index.tagCounts()).toEqual([
      { name: 'Energy', count: 2 },
      { name: 'politics', count: 2 },
    ]);
    await index.remove([c.id]);
    expect(index.tagCounts()).toEqual([
      { name: 'Energy', count: 1 },
      { name: 'politics', count: 1 },
    ]);
    expect((await open(dir)).tagCounts()).toEqual(index.tagCounts());
  });
});
