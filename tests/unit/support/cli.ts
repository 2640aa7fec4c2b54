// Runs the built `broadsheet` command the way a person or a script would.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './temp-home';

const bin = path.join(projectRoot, 'bin', 'broadsheet.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], env: Record<string, string> = {}): CliResult {
  if (!existsSync(path.join(projectRoot, 'out', 'main', 'cli.js'))) {
    throw new Error('The CLI is not built: run `npm run build` (npm test does it first).');
  }
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BROADSHEET_HOME: '', ...env },
    timeout: 30_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function cliJson<T>(args: string[], env?: Record<string, string>): T {
  const result = cli([...args, '--json'], env);
  if (result.code !== 0) throw new Error(`broadsheet ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
