// Shared by the entity, comments and tag end-to-end tests: a home with the sample and two short
// articles that mention the same people.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliPath } from './web-server';

const ARTICLES: [string, string, string[]][] = [
  [
    'summit.txt',
    'Putin and Obama meet again\n\nVladimir Putin and Barack Obama spoke in Paris on Monday. Putin later flew to Moscow.',
    ['world', 'russia'],
  ],
  [
    'talks.txt',
    'Talks in Geneva\n\nVladimir Putin sent a letter to the United Nations in Geneva about Syria.',
    ['world'],
  ],
];

/** The sample plus two articles mentioning Vladimir Putin, tagged, made with the CLI. */
export function homeWithPutin(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-e2e-'));
  const files = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-e2e-files-'));
  for (const [name, text, tags] of ARTICLES) {
    const file = path.join(files, name);
    writeFileSync(file, text);
    const tagArgs = tags.flatMap((t) => ['--tag', t]);
    const result = spawnSync(process.execPath, [cliPath, '--home', home, 'add', file, ...tagArgs], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
  }
  rmSync(files, { recursive: true, force: true });
  return home;
}
