import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/shared/model';
import { cli, cliJson } from '../../support/cli';
import { tempDir } from '../../support/temp-home';

const ARTICLE_FIELDS = [
  'id',
  'url',
  'title',
  'byline',
  'siteName',
  'publishedAt',
  'savedAt',
  'tags',
  'read',
  'starred',
  'excerpt',
  'wordCount',
  'commentCount',
  'feedId',
];

/** Every file of a home with its content, to prove a failed command wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, entry);
    if (statSync(file).isFile()) out[entry] = readFileSync(file, 'latin1');
  }
  return out;
}

describe('broadsheet CLI', () => {
  it('adds files, lists them and shows them, with --json shapes as documented', () => {
    const home = tempDir();
    const files = tempDir();
    writeFileSync(path.join(files, 'a.txt'), 'Plain title\n\nSome plain text.');
    writeFileSync(path.join(files, 'b.md'), '# Markdown title\n\nSome *markdown*.');
    writeFileSync(
      path.join(files, 'c.html'),
      '<title>HTML title</title><p>Some <em>html</em>.</p>',
    );
    const added = cliJson<Article[]>([
      '--home',
      home,
      'add',
      ...['a.txt', 'b.md', 'c.html'].map((f) => path.join(files, f)),
      '--tag',
      'cli',
    ]);
    expect(added.map((a) => a.title)).toEqual(['Plain title', 'Markdown title', 'HTML title']);
    for (const a of added) {
      for (const field of ARTICLE_FIELDS) expect(a).toHaveProperty(field);
      expect(a.tags).toEqual(['cli']);
    }

    const listed = cliJson<Article[]>(['--home', home, 'list']);
    expect(listed.map((a) => a.title)).toEqual([
      'HTML title',
      'Markdown title',
      'Plain title',
      'ISIS Brings Putin, Obama together',
    ]);
    expect(
      cliJson<Article[]>(['--home', home, 'list', '--tag', 'cli', '--limit', '2']),
    ).toHaveLength(2);

    const id = added[0].id;
    expect(cli(['--home', home, 'show', id, '--text']).stdout.trim()).toBe('Some plain text.');
    expect(cli(['--home', home, 'show', id, '--html']).stdout).toContain('<p>Some plain text.</p>');
    expect(cliJson<Article>(['--home', home, 'show', id]).title).toBe('Plain title');
    const plain = cli(['--home', home, 'show', id]);
    expect(plain.stdout).toMatch(/^title\s+Plain title$/m);
  });

  it('honours BROADSHEET_HOME when --home is not given', () => {
    const home = tempDir();
    const listed = cliJson<Article[]>(['list'], { BROADSHEET_HOME: home });
    expect(listed[0].title).toBe('ISIS Brings Putin, Obama together');
    expect(readdirSync(home)).toContain('db');
  });

  it('comments and threads', () => {
    const home = tempDir();
    const [sample] = cliJson<Article[]>(['--home', home, 'list']);
    const top = cliJson<{ id: string }>([
      '--home',
      home,
      'comment',
      sample.id,
      'Top level',
      '--quote',
      'Antalya',
    ]);
    cliJson(['--home', home, 'comment', sample.id, 'A reply', '--reply-to', top.id]);
    const threads = cliJson<{ body: string; quote: string | null; replies: { body: string }[] }[]>([
      '--home',
      home,
      'comments',
      sample.id,
    ]);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ body: 'Top level', quote: 'Antalya' });
    expect(threads[0].replies.map((r) => r.body)).toEqual(['A reply']);
  });

  describe('bad input: one line on stderr, a non-zero exit, nothing written', () => {
    // One home for all cases, made once: tempDir() would be cleaned after the first case.
    const home = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-cli-bad-'));
    const files = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-cli-files-'));
    beforeAll(() => {
      cli(['--home', home, 'list']);
      writeFileSync(path.join(files, 'empty.txt'), '');
      writeFileSync(
        path.join(files, 'binary.md'),
        Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]),
      );
      writeFileSync(path.join(files, 'doc.pdf'), '%PDF-1.7');
    });
    afterAll(() => {
      rmSync(home, { recursive: true, force: true });
      rmSync(files, { recursive: true, force: true });
    });
    const cases: [string, string[], RegExp][] = [
      ['a missing file', ['add', path.join(files, 'nope.txt')], /No such file/],
      ['a directory', ['add', files], /is a folder, not a file/],
      ['an empty file', ['add', path.join(files, 'empty.txt')], /empty\.txt is empty/],
      ['a binary file', ['add', path.join(files, 'binary.md')], /binary\.md is not a text file/],
      [
        'an unsupported extension',
        ['add', path.join(files, 'doc.pdf')],
        /unsupported file type \.pdf/,
      ],
      ['an unknown id', ['show', 'zzzz'], /No article with id "zzzz"/],
      ['an invalid id', ['show', '../x'], /not an article id/],
      ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ];
    it.each(cases)('%s', (_name, args, message) => {
      const before = snapshot(home);
      const result = cli(['--home', home, ...args]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stdout).toBe('');
      expect(snapshot(home)).toEqual(before);
    });
  });

  it('reports each input of a mixed add and exits non-zero when any failed', () => {
    const home = tempDir();
    const files = tempDir();
    writeFileSync(path.join(files, 'ok.txt'), 'Fine\n\nThis one works.');
    const result = cli([
      '--home',
      home,
      '--json',
      'add',
      path.join(files, 'ok.txt'),
      path.join(files, 'missing.txt'),
    ]);
    expect(result.code).toBe(1);
    const results = JSON.parse(result.stdout) as (
      { title: string } | { input: string; error: string }
    )[];
    expect(results[0]).toMatchObject({ title: 'Fine' });
    expect(results[1]).toMatchObject({ input: path.join(files, 'missing.txt') });
    expect(result.stderr).toMatch(/No such file/);
  });
});
