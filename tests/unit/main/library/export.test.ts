import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../src/main/library/library';
import { resourcesDir, tempDir } from '../../support/temp-home';

describe('Markdown export', () => {
  it('writes the article with its highlights and threaded comments', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    const id = lib.list().items[0].id;
    await lib.tags.apply([id], ['World news'], []);
    await lib.comments.highlight(id, {
      exact: 'the face of evil',
      prefix: '',
      suffix: '',
      start: 0,
      end: 0,
    });
    const c = await lib.comments.add({ articleId: id, body: 'Where?', quote: 'Antalya' });
    await lib.comments.add({ articleId: id, body: 'In Turkey.', parentId: c.id });
    const md = await lib.markdown(id);
    expect(md).toMatch(/^# ISIS Brings Putin, Obama together\n/);
    expect(md).toContain('Tags: #World-news');
    expect(md).toContain('US President Barack Obama and Russian President Vladimir Putin');
    expect(md).toContain('## Highlights\n\n> the face of evil');
    expect(md).toMatch(
      /## Comments\n\n- \*\*.*\*\*\n {2}> Antalya\n {2}Where\?\n {2}- \*\*.*\*\*\n {4}In Turkey\./,
    );
    lib.close();
  });
});

describe('backup', () => {
  it('restores articles, bodies, comments and tags into an empty library', async () => {
    const from = await Library.open({ home: tempDir(), resourcesDir });
    const id = from.list().items[0].id;
    await from.tags.apply([id], ['kept'], []);
    await from.comments.add({ articleId: id, body: 'A note', quote: 'Antalya' });
    await from.update(id, { starred: true });
    const file = path.join(tempDir(), 'backup.json');
    const written = await from.exportBackup(file);
    expect(written).toMatchObject({ articles: 1, comments: 1 });
    await expect(from.exportBackup(file)).rejects.toThrow('exists already');
    from.close();

    const to = await Library.open({ home: tempDir() });
    expect(await to.importBackup(file)).toMatchObject({ articles: 1, comments: 1, skipped: 0 });
    expect(to.get(id)).toMatchObject({ tags: ['kept'], starred: true, commentCount: 1 });
    expect(await to.text(id)).toContain('Antalya');
    expect((await to.comments.threads(id))[0]).toMatchObject({
      body: 'A note',
      quote: 'Antalya',
      detached: false,
    });
    // Importing again changes nothing.
    expect(await to.importBackup(file)).toMatchObject({ articles: 0, comments: 0, skipped: 2 });
    to.close();
  });

  it('carries entity corrections, which apply to the restored articles', async () => {
    const from = await Library.open({ home: tempDir(), resourcesDir });
    await from.idle();
    const id = from.list().items[0].id;
    const named = (lib: Library, name: string) =>
      lib.entities.forArticle(id).find((e) => e.name === name);
    await from.entities.rename(named(from, 'Barack Obama')!.id, 'President Obama');
    await from.entities.hide(named(from, 'Group of 20')!.id, true);
    const file = path.join(tempDir(), 'backup.json');
    await from.exportBackup(file);
    from.close();

    const to = await Library.open({ home: tempDir() });
    expect(await to.importBackup(file)).toMatchObject({ articles: 1, entityCorrections: 2 });
    await to.idle();
    expect(named(to, 'President Obama')).toMatchObject({ type: 'person' });
    expect(named(to, 'Barack Obama')).toBeUndefined();
    expect(named(to, 'Group of 20')).toBeUndefined();
    // Its own corrections stand over the backup's.
    expect(await to.importBackup(file)).toMatchObject({ entityCorrections: 0 });
    to.close();
  });

  it("sanitises a backup's article HTML and refuses an address that is not http(s)", async () => {
    const from = await Library.open({ home: tempDir(), resourcesDir });
    const id = from.list().items[0].id;
    const file = path.join(tempDir(), 'backup.json');
    await from.exportBackup(file);
    from.close();
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"type":"article"'));
    const record = JSON.parse(lines[at].replace(/,$/, '')) as {
      html: string;
      article: { url: string | null };
    };
    const withRecord = (changed: object) => {
      const copy = [...lines];
      copy[at] = JSON.stringify({ ...record, ...changed }) + (lines[at].endsWith(',') ? ',' : '');
      writeFileSync(file, copy.join('\n'));
    };

    withRecord({
      html: `${record.html}<script>alert(1)</script><img src="https://x.test/a.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a>`,
    });
    const to = await Library.open({ home: tempDir() });
    expect(await to.importBackup(file)).toMatchObject({ articles: 1 });
    const html = (await to.open(id)).html;
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('Antalya');
    to.close();

    withRecord({ article: { ...record.article, url: 'javascript:alert(1)' } });
    const other = await Library.open({ home: tempDir() });
    await expect(other.importBackup(file)).rejects.toThrow(/url is not an http\(s\) address/);
    other.close();
  });

  it('refuses a file that is not a backup', async () => {
    const lib = await Library.open({ home: tempDir() });
    const file = path.join(tempDir(), 'other.json');
    writeFileSync(file, '{"hello":1}\n');
    await expect(lib.importBackup(file)).rejects.toThrow('is not a Broadsheet backup');
    writeFileSync(
      file,
      '{"format":"broadsheet-backup","version":1,"records":[\n{"type":"comment","comment":{"id":1}}\n]}\n',
    );
    await expect(lib.importBackup(file)).rejects.toThrow(/is damaged at line 2: id Invalid input/);
    // A note is checked as the app checks one: not blank, at most 100,000 characters.
    const note = (body: string) =>
      JSON.stringify({
        type: 'entity-note',
        note: { id: 'n1', entityId: 'person:x', body, createdAt: 'a', updatedAt: 'a' },
      });
    for (const body of ['   ', 'x'.repeat(100_001)]) {
      writeFileSync(
        file,
        `{"format":"broadsheet-backup","version":1,"records":[\n${note(body)}\n]}\n`,
      );
      await expect(lib.importBackup(file)).rejects.toThrow(/is damaged at line 2: body/);
    }
    expect(lib.entityNotes.recent(0, 10).total).toBe(0);
    // So are corrections: a rename to nothing is no correction.
    const corrections = { version: 1, merges: {}, renames: { 'person:x': ' ' }, types: {} };
    writeFileSync(
      file,
      `{"format":"broadsheet-backup","version":1,"records":[\n${JSON.stringify({
        type: 'entity-corrections',
        corrections: { ...corrections, hidden: [], splits: {} },
      })}\n]}\n`,
    );
    await expect(lib.importBackup(file)).rejects.toThrow(/is damaged at line 2: renames/);
    lib.close();
  });
});
