import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/shared/model';
import { cliJson } from '../../support/cli';
import { tempDir } from '../../support/temp-home';

describe('broadsheet list --tag A --tag B', () => {
  it('lists the articles that carry every given tag', () => {
    const home = tempDir();
    const files = tempDir();
    for (const name of ['a', 'b']) writeFileSync(path.join(files, `${name}.txt`), `${name}\n\nx.`);
    cliJson(['--home', home, 'add', path.join(files, 'a.txt'), '--tag', 'one', '--tag', 'two']);
    cliJson(['--home', home, 'add', path.join(files, 'b.txt'), '--tag', 'one']);
    const titles = (args: string[]) =>
      cliJson<Article[]>(['--home', home, 'list', ...args]).map((a) => a.title);
    expect(titles(['--tag', 'one']).sort()).toEqual(['a', 'b']);
    expect(titles(['--tag', 'one', '--tag', 'TWO'])).toEqual(['a']);
    expect(titles(['--tag', 'two', '--tag', 'three'])).toEqual([]);
  });
});
