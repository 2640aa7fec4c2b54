// The 25 real pages of ../shared/eval/pages through the whole pipeline, served from loopback.
// Their images point at hosts this machine cannot reach; the Library is told to fetch only from
// loopback, so those become placeholders and nothing leaves the machine.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/library/library';
import { startServer } from '../../../support/http-server';
import { sharedDir, tempDir } from '../../../support/temp-home';

const pagesDir = path.join(sharedDir, 'eval', 'pages');
const pages = readdirSync(pagesDir).sort();

describe('real pages', () => {
  it('saves the eval pages with the expected titles', async () => {
    const server = await startServer();
    for (const name of pages) {
      server.serve(
        `/${name}/`,
        readFileSync(path.join(pagesDir, name, 'source.html')),
        'text/html',
      );
    }
    const lib = await Library.open({
      home: tempDir(),
      allowFetch: (url) => url.hostname === '127.0.0.1',
    });
    let saved = 0;
    let titles = 0;
    const times: number[] = [];
    const failures: string[] = [];
    for (const name of pages) {
      const expected = JSON.parse(
        readFileSync(path.join(pagesDir, name, 'expected-metadata.json'), 'utf8'),
      ) as {
        title?: string;
      };
      const t = performance.now();
      try {
        const article = await lib.addUrl(server.url(`/${name}/`));
        times.push(performance.now() - t);
        saved++;
        if (article.title === expected.title) titles++;
        else failures.push(`${name}: title "${article.title}" ≠ "${expected.title}"`);
        expect(await lib.html(article.id)).not.toMatch(/<script|\son\w+=|javascript:/i);
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message}`);
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `eval pages: ${saved}/${pages.length} saved, ${titles} titles equal; per page p50 ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms, p95 ${times[Math.floor(times.length * 0.95)]?.toFixed(0)} ms\n  ${failures.join('\n  ')}`,
    );
    expect(saved).toBe(pages.length);
    expect(titles).toBeGreaterThanOrEqual(24);
    expect(server.requests.every((r) => r.startsWith('/'))).toBe(true);
    lib.close();
  }, 120_000);
});
