// Cold open of the Library: a fresh process (the built CLI) from spawn to the first page of the
// list (200 articles, the page the app asks for first) printed. The file cache is warm after the
// first run; the median of a few runs is reported.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { percentile } from './percentiles';

const cli = path.resolve(import.meta.dirname, '..', '..', 'bin', 'broadsheet.js');

function openOnce(home: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, '--home', home, '--json', 'list', '--limit', '200'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`broadsheet list exited with ${code}: ${err}`));
      else if (!out.trimStart().startsWith('[') && !out.trimStart().startsWith('{'))
        reject(new Error(`unexpected output from broadsheet list: ${out.slice(0, 200)}`));
      else resolve(ms);
    });
  });
}

/** Median milliseconds from process start to the first list page, over `runs` fresh processes. */
export async function coldOpenMs(home: string, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await openOnce(home));
  return percentile(times, 50);
}
