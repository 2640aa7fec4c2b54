import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../src/main/library/library';
import { resourcesDir, tempDir } from '../../support/temp-home';

describe('first run', () => {
  it('imports the sample article and opens it', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    const { items } = lib.list();
    expect(items).toHaveLength(1);
    const [sample] = items;
    expect(sample.title).toBe('ISIS Brings Putin, Obama together');
    expect(sample.source).toBe('sample');
    expect(lib.settings().lastOpenArticleId).toBe(sample.id);
    const text = await lib.text(sample.id);
    expect(text).toMatch(/^US President Barack Obama and Russian President Vladimir Putin/);
    expect(text).not.toContain('Be the first to comment');
    const { html } = await lib.open(sample.id);
    expect(html.match(/<p>/g)).toHaveLength(10);
    expect(await lib.comments.threads(sample.id)).toEqual([]);
    lib.close();
  });

  it('does not import the sample again on later runs, even after it is deleted', async () => {
    const home = tempDir();
    const first = await Library.open({ home, resourcesDir });
    await first.delete(first.list().items[0].id);
    first.close();
    const second = await Library.open({ home, resourcesDir });
    expect(second.list().total).toBe(0);
    second.close();
  });
});

describe('articles', () => {
  it('adds text, Markdown and HTML files with titles and plain text', async () => {
    const home = tempDir();
    const files = tempDir();
    const lib = await Library.open({ home });
    writeFileSync(
      path.join(files, 'note.txt'),
      'A short title\n\nFirst paragraph.\n\nSecond paragraph.',
    );
    writeFileSync(
      path.join(files, 'post.md'),
      '# Markdown *title*\n\nSome **bold** text and [a link](https://example.com).',
    );
    writeFileSync(
      path.join(files, 'page.html'),
      '<html><head><title>Page title</title></head><body><p>Hello <b>world</b></p><script>alert(1)</script></body></html>',
    );
    const txt = await lib.addFile(path.join(files, 'note.txt'), {
      tags: ['notes', ' Notes ', 'x'],
    });
    expect(txt.title).toBe('A short title');
    expect(txt.tags).toEqual(['notes', 'x']);
    expect(await lib.text(txt.id)).toBe('First paragraph.\n\nSecond paragraph.');
    const md = await lib.addFile(path.join(files, 'post.md'));
    expect(md.title).toBe('Markdown *title*');
    expect(await lib.html(md.id)).toContain('<strong>bold</strong>');
    const html = await lib.addFile(path.join(files, 'page.html'));
    expect(html.title).toBe('Page title');
    expect(await lib.html(html.id)).not.toContain('script');
    expect(lib.list().items.map((a) => a.id)).toEqual([html.id, md.id, txt.id]);
    lib.close();
  });

  it.each([
    ['missing.txt', null, 'No such file'],
    ['empty.txt', '', 'is empty'],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'not a text file'],
    ['slides.pdf', '%PDF-1.4', 'unsupported file type .pdf'],
  ])('refuses %s with a clear message', async (name, content, message) => {
    const lib = await Library.open({ home: tempDir() });
    const dir = tempDir();
    if (content !== null) writeFileSync(path.join(dir, name), content);
    await expect(lib.addFile(path.join(dir, name))).rejects.toThrow(message);
    await expect(lib.addFile(dir)).rejects.toThrow('is a folder');
    expect(lib.list().total).toBe(0);
    lib.close();
  });

  it('keeps flags, comments and counts across reopening', async () => {
    const home = tempDir();
    const lib = await Library.open({ home, resourcesDir });
    const id = lib.list().items[0].id;
    await lib.update(id, { starred: true, read: true, progress: 0.5 });
    const c = await lib.comments.add({ articleId: id, body: 'First' });
    await lib.comments.add({ articleId: id, body: 'Reply', parentId: c.id });
    await expect(lib.comments.add({ articleId: id, body: 'x', parentId: 'nope' })).rejects.toThrow(
      'No comment',
    );
    lib.close();
    const again = await Library.open({ home, resourcesDir });
    const article = again.get(id);
    expect(article).toMatchObject({ starred: true, read: true, progress: 0.5, commentCount: 2 });
    const threads = await again.comments.threads(id);
    expect(threads).toHaveLength(1);
    expect(threads[0].replies[0].body).toBe('Reply');
    expect(again.list({ starred: true }).total).toBe(1);
    expect(again.list({ unread: true }).total).toBe(0);
    again.close();
  });
});
