// Schema 1 → 3 (2 → 3 changes no file): a home written with the old shard layout opens with everything in it, however a
// previous upgrade was interrupted, and a read-only open of such a home changes nothing.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { homeLayout } from '../../../../src/main/library/home';
import { Library } from '../../../../src/main/library/library';
import { SCHEMA_VERSION } from '../../../../src/main/library/migrations';
import { shardFile, shardIndex } from '../../../../src/main/library/store/sharded-map';
import { resourcesDir, tempDir } from '../../support/temp-home';

type Entries = Record<string, unknown>;

/** Every entry of the `prefix-*.json` files of a folder, and removes those files. */
function takeEntries(db: string, prefix: string, field: string): Entries {
  const all: Entries = {};
  for (const name of readdirSync(db).filter((f) => new RegExp(`^${prefix}-\\d+\\.json`).test(f))) {
    if (name.endsWith('.json'))
      Object.assign(all, JSON.parse(readFileSync(path.join(db, name), 'utf8'))[field]);
    rmSync(path.join(db, name));
  }
  return all;
}

function writeOldShards(db: string, prefix: string, field: string, entries: Entries): void {
  const shards: Entries[] = Array.from({ length: 32 }, () => ({}));
  for (const [key, value] of Object.entries(entries)) shards[shardIndex(key, 32)][key] = value;
  shards.forEach((items, i) =>
    writeFileSync(shardFile(db, prefix, i, 32), JSON.stringify({ version: 1, [field]: items })),
  );
}

/** Rewrites a current home in the schema-1 layout (32 shards; comments in one file). */
function downgradeToSchema1(home: string): void {
  const { db, meta } = homeLayout(home);
  writeOldShards(db, 'articles', 'articles', takeEntries(db, 'articles', 'articles'));
  writeOldShards(db, 'entity-refs', 'items', takeEntries(db, 'entity-refs', 'items'));
  const comments = Object.values(takeEntries(db, 'comments', 'items')).flat();
  writeFileSync(path.join(db, 'comments.json'), JSON.stringify({ version: 1, comments }));
  writeFileSync(meta, JSON.stringify({ version: 1, createdAt: '2026-01-01T00:00:00Z' }));
}

interface Snapshot {
  list: string[];
  threads: unknown;
  entities: string[];
  tags: string[];
}

async function snapshot(lib: Library, articleId: string): Promise<Snapshot> {
  return {
    list: lib.list().items.map((a) => `${a.id} ${a.title} ${a.commentCount}`),
    threads: await lib.comments.threads(articleId),
    entities: lib.entities.forArticle(articleId).map((e) => e.name),
    tags: lib.get(articleId).tags,
  };
}

async function schema1Home(): Promise<{ home: string; articleId: string; before: Snapshot }> {
  const home = tempDir();
  const lib = await Library.open({ home, resourcesDir });
  await lib.addFileContent(
    'second.txt',
    new TextEncoder().encode('A second article\n\nAngela Merkel spoke in Berlin today.'),
  );
  const articleId = lib.list().items[1].id;
  await lib.tags.apply([articleId], ['kept'], []);
  const root = await lib.comments.add({ articleId, body: 'A thread' });
  await lib.comments.add({ articleId, body: 'A reply', parentId: root.id });
  await lib.idle();
  const before = await snapshot(lib, articleId);
  await lib.shutdown(); // the journals folded into the shards that the downgrade rewrites
  downgradeToSchema1(home);
  return { home, articleId, before };
}

const oldFiles = (db: string) =>
  readdirSync(db).filter((f) => /^(articles|entity-refs)-\d\d\.json|^comments\.json/.test(f));

describe('upgrading a schema-1 home', () => {
  it('keeps every article, comment, tag and entity, and removes the old files', async () => {
    const { home, articleId, before } = await schema1Home();
    const { db, meta } = homeLayout(home);
    expect(oldFiles(db).length).toBe(65);
    const lib = await Library.open({ home, resourcesDir });
    expect(await snapshot(lib, articleId)).toEqual(before);
    expect(before.threads).toMatchObject([{ body: 'A thread', replies: [{ body: 'A reply' }] }]);
    expect(before.entities.length).toBeGreaterThan(0);
    expect(oldFiles(db)).toEqual([]);
    await lib.comments.add({ articleId, body: 'After the upgrade' });
    lib.close();
    expect(JSON.parse(readFileSync(meta, 'utf8')).version).toBe(SCHEMA_VERSION);
    const again = await Library.open({ home });
    expect((await again.comments.threads(articleId)).map((c) => c.body)).toEqual([
      'A thread',
      'After the upgrade',
    ]);
    again.close();
  });

  it('finishes an upgrade interrupted after the new shards were written', async () => {
    const { home, articleId, before } = await schema1Home();
    const { db, meta } = homeLayout(home);
    const aside = tempDir();
    for (const f of oldFiles(db)) copyFileSync(path.join(db, f), path.join(aside, f));
    (await Library.open({ home, resourcesDir })).close();
    // As if the process died while removing the old files: some are back, the version is still 1.
    for (const f of readdirSync(aside).filter((_, i) => i % 2 === 0)) {
      copyFileSync(path.join(aside, f), path.join(db, f));
    }
    writeFileSync(meta, JSON.stringify({ version: 1, createdAt: '2026-01-01T00:00:00Z' }));
    const lib = await Library.open({ home, resourcesDir });
    expect(await snapshot(lib, articleId)).toEqual(before);
    expect(oldFiles(db)).toEqual([]);
    lib.close();
  });

  it('a read-only open refuses with a clear message and writes nothing', async () => {
    const { home } = await schema1Home();
    const { db } = homeLayout(home);
    const files = readdirSync(db).sort();
    await expect(Library.open({ home, readOnly: true })).rejects.toThrow(
      /needs a one-time upgrade \(schema 1 to 3\); open it once without read-only access/,
    );
    expect(readdirSync(db).sort()).toEqual(files);
  });
});

describe('upgrading a schema-2 home', () => {
  it('removes the entity mention files nothing reads, and keeps everything else', async () => {
    const home = tempDir();
    const lib = await Library.open({ home, resourcesDir });
    const articleId = lib.list().items[0].id;
    await lib.comments.add({ articleId, body: 'kept' });
    await lib.shutdown();
    const { meta } = homeLayout(home);
    const mentions = path.join(home, 'cache', 'entities');
    mkdirSync(mentions, { recursive: true });
    writeFileSync(path.join(mentions, `${articleId}.json`), '[]');
    writeFileSync(meta, JSON.stringify({ version: 2, createdAt: '2026-01-01T00:00:00Z' }));
    const again = await Library.open({ home, resourcesDir });
    expect(existsSync(mentions)).toBe(false);
    expect((await again.comments.threads(articleId)).map((c) => c.body)).toEqual(['kept']);
    expect(JSON.parse(readFileSync(meta, 'utf8')).version).toBe(SCHEMA_VERSION);
    again.close();
  });
});
