// A damaged file is set aside and the last good copy restored, with a notice; never a silent reset.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { homeLayout } from '../../../../../src/main/library/home';
import { Library } from '../../../../../src/main/library/library';
import { shardFile, shardIndex } from '../../../../../src/main/library/store/sharded-map';
import { SHARDED } from '../../../../../src/main/library/stores';
import { resourcesDir, tempDir } from '../../../support/temp-home';

const damages: [string, (file: string) => void][] = [
  ['truncated', (f) => writeFileSync(f, '{"version":1,"comments":[{"id":"x","arti')],
  ['empty', (f) => writeFileSync(f, '')],
  ['NUL-filled', (f) => writeFileSync(f, Buffer.alloc(4096))],
  ['not JSON', (f) => writeFileSync(f, 'garbage\n')],
];

/** The shard file that holds one article's comments. */
function commentsFile(home: string, articleId: string): string {
  const { prefix, shards } = SHARDED.comments;
  return shardFile(homeLayout(home).db, prefix, shardIndex(articleId, shards), shards);
}

/** Each comment folded into the shard by a shutdown, so the shard's last good copy has 'first'. */
async function homeWithTwoComments(): Promise<{ home: string; articleId: string }> {
  const home = tempDir();
  const lib = await Library.open({ home, resourcesDir });
  const articleId = lib.list().items[0].id;
  await lib.comments.add({ articleId, body: 'first' });
  await lib.shutdown();
  const again = await Library.open({ home, resourcesDir });
  await again.comments.add({ articleId, body: 'second' });
  await again.shutdown();
  return { home, articleId };
}

describe('damaged files', () => {
  it.each(damages)(
    'a %s comments file is restored from the last good copy',
    async (_name, damage) => {
      const { home, articleId } = await homeWithTwoComments();
      const layout = homeLayout(home);
      const file = commentsFile(home, articleId);
      const name = path.basename(file).replace('.', '\\.');
      damage(file);
      const lib = await Library.open({ home, resourcesDir });
      expect(lib.notices).toHaveLength(1);
      expect(lib.notices[0]).toMatch(
        new RegExp(
          `${name} was damaged; it was set aside as ${name}\\.damaged-.* and the last good copy was restored`,
        ),
      );
      // The last good copy is the one before the newest write.
      expect((await lib.comments.threads(articleId)).map((c) => c.body)).toEqual(['first']);
      expect(
        readdirSync(layout.db).some((f) => f.startsWith(`${path.basename(file)}.damaged-`)),
      ).toBe(true);
      await lib.comments.add({ articleId, body: 'after' });
      await lib.shutdown();
      const again = await Library.open({ home, resourcesDir });
      expect(again.notices).toEqual([]);
      expect((await again.comments.threads(articleId)).map((c) => c.body)).toEqual([
        'first',
        'after',
      ]);
      again.close();
    },
  );

  it('a damaged shard loses nothing that was still in the journal', async () => {
    const { home, articleId } = await homeWithTwoComments();
    const lib = await Library.open({ home, resourcesDir });
    await lib.comments.add({ articleId, body: 'third' });
    lib.close(); // not folded: 'third' is only in the journal
    writeFileSync(commentsFile(home, articleId), 'garbage\n');
    const reopened = await Library.open({ home, resourcesDir });
    expect(reopened.notices[0]).toMatch(/was damaged; .* the last good copy was restored/);
    // The last good copy has only 'first'; the journal holds the article's whole thread as it was
    // after 'third', so 'second', folded into the damaged file, comes back too.
    expect((await reopened.comments.threads(articleId)).map((c) => c.body)).toEqual([
      'first',
      'second',
      'third',
    ]);
    reopened.close();
  });

  it('a damaged article shard without a backup starts empty for that shard and says so', async () => {
    const home = tempDir();
    const lib = await Library.open({ home, resourcesDir });
    await lib.shutdown();
    const layout = homeLayout(home);
    const shard = readdirSync(layout.db).find((f) => /^articles-\d+\.json$/.test(f))!;
    expect(existsSync(path.join(layout.db, `${shard}.bak`))).toBe(false);
    writeFileSync(path.join(layout.db, shard), '{"version":1,"arti');
    const reopened = await Library.open({ home, resourcesDir });
    expect(reopened.notices[0]).toMatch(
      /was damaged and no good copy was found; it was set aside as .*damaged/,
    );
    expect(reopened.list().total).toBe(0);
    reopened.close();
  });

  it('read-only mode reports a damaged file without touching it', async () => {
    const { home, articleId } = await homeWithTwoComments();
    const layout = homeLayout(home);
    writeFileSync(commentsFile(home, articleId), '');
    const lib = await Library.open({ home, readOnly: true });
    expect(lib.notices[0]).toMatch(/damaged .*read-only/);
    expect((await lib.comments.threads(articleId)).map((c) => c.body)).toEqual(['first']);
    await expect(lib.comments.add({ articleId, body: 'x' })).rejects.toThrow('read-only');
    expect(readdirSync(layout.db).some((f) => f.includes('damaged'))).toBe(false);
  });

  it('refuses a home written by a newer Broadsheet', async () => {
    const home = tempDir();
    (await Library.open({ home })).close();
    writeFileSync(homeLayout(home).meta, JSON.stringify({ version: 99, createdAt: 'x' }));
    await expect(Library.open({ home })).rejects.toThrow(
      'written by a newer Broadsheet (schema 99)',
    );
  });
});
