import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../src/main/dispatch';
import { Library } from '../../../../src/main/library/library';
import { tempDir } from '../../support/temp-home';

const text = (s: string) => new TextEncoder().encode(s);

async function threeTagged() {
  const lib = await Library.open({ home: tempDir() });
  const a = await lib.addFileContent('a.txt', text('Alpha\n\nOne.'), ['World', 'Russia']);
  const b = await lib.addFileContent('b.txt', text('Beta\n\nTwo.'), ['world']);
  const c = await lib.addFileContent('c.txt', text('Gamma\n\nThree.'), ['Russia', 'Syria']);
  return { lib, a, b, c };
}

describe('filtering by several tags', () => {
  it('keeps the articles that carry every selected tag, case-insensitively', async () => {
    const { lib, a, b } = await threeTagged();
    const ids = (tags: string[]) => lib.list({ tags }).items.map((x) => x.id);
    expect(ids(['world']).sort()).toEqual([a.id, b.id].sort());
    expect(ids(['World', 'russia'])).toEqual([a.id]);
    expect(ids(['World', 'Syria'])).toEqual([]);
    expect(lib.list({ tag: 'Russia', tags: ['Syria'] }).total).toBe(1);
    expect(lib.list({ tags: [] }).total).toBe(3);
    lib.close();
  });

  it('the contract refuses a malformed tag list', async () => {
    const { lib } = await threeTagged();
    const dispatch = createDispatch(lib);
    expect(await dispatch('articles.list', { tags: 'world' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    // Each tag is a tag as the contract knows them: not blank, at most 80 characters.
    for (const tags of [['world', '   '], ['x'.repeat(81)], ['world', 'y'.repeat(1_000_000)]]) {
      expect(await dispatch('articles.list', { tags })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(await dispatch('articles.list', { tags: [' world '] })).toMatchObject({
      ok: true,
      result: { total: 2 },
    });
    lib.close();
  });

  it('renaming onto an existing tag merges them; deleting removes it everywhere', async () => {
    const { lib } = await threeTagged();
    const counts = () => lib.tags.list().map((t) => [t.name.toLowerCase(), t.count]);
    await lib.tags.rename('Syria', 'world');
    expect(counts()).toEqual([
      ['world', 3],
      ['russia', 2],
    ]);
    await lib.tags.remove('russia');
    expect(counts()).toEqual([['world', 3]]);
    await expect(lib.tags.remove('russia')).rejects.toThrow('No tag');
    await expect(lib.tags.rename('  ', 'x')).rejects.toThrow('A tag cannot be empty.');
    lib.close();
  });
});
