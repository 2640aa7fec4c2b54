import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../src/main/dispatch';
import { Library } from '../../../../src/main/library/library';
import { resourcesDir, tempDir } from '../../support/temp-home';

async function sampleLibrary() {
  const lib = await Library.open({ home: tempDir(), resourcesDir });
  return { lib, id: lib.list().items[0].id, dispatch: createDispatch(lib) };
}

describe('comments', () => {
  it('threads, edits, deletes with undo, and keeps the count on the article', async () => {
    const { lib, id } = await sampleLibrary();
    const top = await lib.comments.add({ articleId: id, body: 'Top' });
    const reply = await lib.comments.add({ articleId: id, body: 'Reply', parentId: top.id });
    expect(lib.get(id).commentCount).toBe(2);

    const edited = await lib.comments.edit(reply.id, 'Reply, edited');
    expect(edited.updatedAt >= edited.createdAt).toBe(true);
    expect((await lib.comments.threads(id))[0].replies[0].body).toBe('Reply, edited');

    await lib.comments.remove(top.id);
    expect(await lib.comments.threads(id)).toEqual([]);
    expect(lib.get(id).commentCount).toBe(0);
    await lib.comments.restore(top.id);
    const threads = await lib.comments.threads(id);
    expect(threads[0].body).toBe('Top');
    expect(threads[0].replies[0].body).toBe('Reply, edited');
    expect(lib.get(id).commentCount).toBe(2);
    lib.close();
  });

  it('anchors a comment to a quoted passage and finds it again', async () => {
    const { lib, id } = await sampleLibrary();
    const c = await lib.comments.add({
      articleId: id,
      body: 'Where they met',
      quote: 'Turkish seaside resort of Antalya',
    });
    expect(c.quote).toBe('Turkish seaside resort of Antalya');
    expect(c.anchor).toMatchObject({ exact: 'Turkish seaside resort of Antalya' });
    expect(c.anchor!.prefix.endsWith('in the ')).toBe(true);
    const [thread] = await lib.comments.threads(id);
    expect(thread.detached).toBe(false);
    await expect(
      lib.comments.add({ articleId: id, body: 'x', quote: 'not in this story' }),
    ).rejects.toThrow('That passage is not in the article.');
    lib.close();
  });

  it('a highlight alone is kept but not counted as a comment', async () => {
    const { lib, id } = await sampleLibrary();
    await lib.comments.highlight(id, {
      exact: 'the face of evil',
      prefix: 'called ISIS “',
      suffix: '” and',
      start: 0,
      end: 16,
    });
    const [h] = await lib.comments.threads(id);
    expect(h).toMatchObject({
      highlight: true,
      body: '',
      quote: 'the face of evil',
      detached: false,
    });
    expect(lib.get(id).commentCount).toBe(0);
    lib.close();
  });

  it('lists every comment of the library newest first, with its article', async () => {
    const { lib, id } = await sampleLibrary();
    await lib.comments.add({ articleId: id, body: 'one' });
    await lib.comments.add({ articleId: id, body: 'two' });
    const recent = lib.comments.recent(0, 10);
    expect(recent.total).toBe(2);
    expect(recent.items.map((c) => c.body)).toEqual(['two', 'one']);
    expect(recent.items[0].articleTitle).toBe('ISIS Brings Putin, Obama together');
    lib.close();
  });

  it('refuses bad input through the contract, and stores markup as text', async () => {
    const { lib, id, dispatch } = await sampleLibrary();
    expect(await dispatch('comments.add', { articleId: id, body: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'body: A comment cannot be empty.' },
    });
    expect(await dispatch('comments.add', { articleId: 'nope', body: 'hi' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const huge = 'x'.repeat(10 * 1024 * 1024);
    expect(await dispatch('comments.add', { articleId: id, body: huge })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'body: A comment is at most 100,000 characters.' },
    });
    const markup = '<img src=x onerror=alert(1)> **bold**';
    const added = await dispatch('comments.add', { articleId: id, body: markup });
    expect(added).toMatchObject({ ok: true, result: { body: markup } });
    expect(lib.get(id).commentCount).toBe(1);
    lib.close();
  });
});

describe('tags', () => {
  it('adds, removes, renames, merges and deletes tags everywhere', async () => {
    const { lib, id } = await sampleLibrary();
    const other = await lib.addFileContent(
      'b.txt',
      new TextEncoder().encode('B\n\nSecond article.'),
    );
    await lib.tags.apply([id, other.id], ['Politics', 'syria'], []);
    await lib.tags.apply([id], ['politics', 'Middle East'], []);
    expect(lib.get(id).tags).toEqual(['Politics', 'syria', 'Middle East']);
    expect(lib.tags.list()).toEqual([
      { name: 'Politics', count: 2 },
      { name: 'syria', count: 2 },
      { name: 'Middle East', count: 1 },
    ]);
    await lib.tags.rename('syria', 'Middle East');
    expect(lib.get(id).tags).toEqual(['Politics', 'Middle East']);
    expect(lib.get(other.id).tags).toEqual(['Politics', 'Middle East']);
    await lib.tags.remove('politics');
    expect(lib.tags.list()).toEqual([{ name: 'Middle East', count: 2 }]);
    await lib.tags.apply([id], [], ['middle east']);
    expect(lib.list({ tag: 'Middle East' }).items.map((a) => a.id)).toEqual([other.id]);
    lib.close();
  });

  it('refuses blank tags and keeps markup in a tag as text', async () => {
    const { lib, id, dispatch } = await sampleLibrary();
    expect(await dispatch('tags.apply', { ids: [id], add: ['   '] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await dispatch('tags.apply', { ids: [id], add: ['<b>bold</b>'] });
    expect(lib.get(id).tags).toEqual(['<b>bold</b>']);
    await expect(lib.tags.rename('missing', 'x')).rejects.toThrow('No tag "missing"');
    lib.close();
  });
});
