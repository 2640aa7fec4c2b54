import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/library/library';
import { resourcesDir } from '../../../support/temp-home';
import { closeAll, openSearch, parsed, searchDir, settle } from './library-search';

function currentGeneration(home: string): { dir: string; parts: string[] } {
  const current = JSON.parse(readFileSync(path.join(searchDir(home), 'current.json'), 'utf8')) as {
    generation: string;
    parts: { file: string }[];
  };
  return {
    dir: path.join(searchDir(home), current.generation),
    parts: current.parts.map((p) => p.file),
  };
}

describe('the saved search index', () => {
  it('reloads without a full build and catches up with changes made while it was closed', async () => {
    const first = await openSearch();
    expect(first.search.status()).toMatchObject({ loadedFromDisk: false, fullBuilds: 1 });
    const gone = await first.lib.addDocument(parsed('Tulips of Amsterdam', 'Bulbs and canals.'), {
      source: 'file',
    });
    await settle(first.lib, first.search);
    await closeAll(first.lib, first.search);
    const home = first.home;
    expect(existsSync(path.join(searchDir(home), 'current.json'))).toBe(true);
    // Only the latest generation is kept.
    expect(readdirSync(searchDir(home)).filter((n) => n.startsWith('index-'))).toHaveLength(1);

    // Changes without search running: an addition, a deletion, a new tag.
    const lib = await Library.open({ home, resourcesDir });
    const sample = lib.list().items.find((a) => a.source === 'sample')!;
    const added = await lib.addDocument(parsed('Snow in Ankara', 'Winter reached Anatolia.'), {
      source: 'file',
    });
    await lib.delete(gone.id);
    await lib.tags.apply([sample.id], ['Diplomacy'], []);
    await lib.idle();
    lib.close();

    const again = await openSearch(home);
    expect(again.search.status()).toMatchObject({
      ready: true,
      loadedFromDisk: true,
      fullBuilds: 0,
      reindexed: 2, // the new article and the retagged sample, nothing else
      notice: null,
    });
    expect((await again.search.search('obam')).items[0].article.id).toBe(sample.id);
    expect((await again.search.search('ankara')).items[0].article.id).toBe(added.id);
    expect((await again.search.search('tulips')).total).toBe(0);
    expect((await again.search.search('diplomacy')).items[0].matchedFields).toEqual(['tags']);
    await closeAll(again.lib, again.search);
  });

  it('rebuilds a damaged index instead of failing, and saves the rebuilt one', async () => {
    const first = await openSearch();
    await closeAll(first.lib, first.search);
    const home = first.home;
    const { dir, parts } = currentGeneration(home);
    const file = path.join(dir, parts[0]);
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0x5a;
    writeFileSync(file, bytes);

    const second = await openSearch(home);
    expect(second.search.status()).toMatchObject({ loadedFromDisk: false, fullBuilds: 1 });
    expect(second.search.status().notice).toMatch(
      /rebuilt \(damaged: part-0000\.jsonl is damaged\)/,
    );
    expect((await second.search.search('putin')).total).toBe(1);
    await closeAll(second.lib, second.search);

    const third = await openSearch(home);
    expect(third.search.status()).toMatchObject({ loadedFromDisk: true, fullBuilds: 0 });
    await closeAll(third.lib, third.search);
  });

  it('rebuilds when the index files are unreadable or make no sense', async () => {
    const first = await openSearch();
    await closeAll(first.lib, first.search);
    const home = first.home;
    const current = path.join(searchDir(home), 'current.json');

    // A consistent checksum over content that is not an index.
    const { dir, parts } = currentGeneration(home);
    const junk = Buffer.from('engine\t{"version":1,"bodyWords":600,"nextNum":2,"docs":[[1]]}\nx\n');
    writeFileSync(path.join(dir, parts[0]), junk);
    const meta = JSON.parse(readFileSync(current, 'utf8')) as {
      parts: { bytes: number; sha256: string }[];
    };
    meta.parts = [
      {
        ...meta.parts[0],
        bytes: junk.length,
        sha256: createHash('sha256').update(junk).digest('hex'),
      },
    ];
    writeFileSync(current, JSON.stringify(meta));
    const second = await openSearch(home);
    expect(second.search.status()).toMatchObject({ loadedFromDisk: false, fullBuilds: 1 });
    expect((await second.search.search('obama')).total).toBe(1);
    await closeAll(second.lib, second.search);

    writeFileSync(current, '{"format": 1, "eng');
    const third = await openSearch(home);
    expect(third.search.status().notice).toMatch(/rebuilt \(unreadable/);
    expect((await third.search.search('obama')).total).toBe(1);
    await closeAll(third.lib, third.search);
  });
});
