// npm run bench [-- --sizes 1000,10000] [--no-browser]: issue 8's benchmark. Builds synthetic
// libraries in temp homes, measures each, prints the table and writes bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import type { Browser } from '@playwright/test';
import { launchChromium } from './browser/web-mode';
import { syntheticCorpus } from './corpus/synthetic-corpus';
import { measureSize } from './measure-size';
import { reportMarkdown } from './report/table';
import type { SizeResult } from './results-shape';

const program = new Command()
  .name('bench')
  .option('--sizes <list>', 'library sizes, comma-separated', '1000,10000,100000')
  .option('--no-browser', 'skip the painted measurements in Chromium')
  .option(
    '--out <file>',
    'where to write the JSON results',
    path.join(import.meta.dirname, 'results', 'latest.json'),
  )
  .parse();
const opts = program.opts<{ sizes: string; browser: boolean; out: string }>();
const sizes = opts.sizes.split(',').map((s) => Number(s.trim().replace(/k$/i, '000')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  program.error(`--sizes: not a list of sizes: ${opts.sizes}`);

const log = (line: string) => process.stderr.write(`${line}\n`);
const corpus = syntheticCorpus();
let browser: Browser | null = null;
let noBrowser = 'skipped: --no-browser';
if (opts.browser) {
  browser = await launchChromium().catch((error: Error) => {
    noBrowser = `Chromium did not start: ${error.message.split('\n')[0]}`;
    return null;
  });
}
const results: SizeResult[] = [];
try {
  for (const size of sizes)
    results.push(await measureSize(size, { corpus, browser, noBrowser, log }));
} finally {
  await browser?.close();
}

console.log(reportMarkdown(results));
mkdirSync(path.dirname(opts.out), { recursive: true });
const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? '',
  node: process.version,
  memoryGb: Math.round(os.totalmem() / 1e9),
};
writeFileSync(
  opts.out,
  `${JSON.stringify({ date: new Date().toISOString(), machine, sizes: results }, null, 2)}\n`,
);
console.log(`\n${path.resolve(opts.out)}`);
