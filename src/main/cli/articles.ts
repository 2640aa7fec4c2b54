// broadsheet add | list | show
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Article } from '../../shared/model';
import { toApiError } from '../dispatch';
import { withLibrary, type GlobalOptions } from './context';
import { articleDetails, articleLine } from './format';

type AddResult = Article | { input: string; error: string };

function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

export function registerArticleCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('add')
    .description('save articles (http/https URLs, or .html/.htm/.txt/.md files)')
    .argument('<inputs...>', 'URLs or files')
    .option('--tag <tag>', 'tag the saved articles (repeatable)', collect, [])
    .action(async (inputs: string[], opts: { tag: string[] }) => {
      const g = globals();
      // Files are checked before the library is opened, so bad input writes nothing at all.
      const prepared = await Promise.all(
        inputs.map(async (input) => {
          if (isUrl(input)) return { input, url: input };
          try {
            const { readArticleFile } = await import('../library/articles/import-file');
            const { fileParsers } = await import('../library/file-parsers');
            await readArticleFile(input, fileParsers);
            return { input, file: input };
          } catch (error) {
            return { input, error: toApiError(error).message };
          }
        }),
      );
      const results: AddResult[] = [];
      const runnable = prepared.filter((p) => !('error' in p));
      const added = new Map<string, AddResult>();
      if (runnable.length > 0) {
        await withLibrary(g, 'write', async (ctx) => {
          for (const p of runnable) {
            try {
              if ('url' in p && p.url) {
                added.set(
                  p.input,
                  await ctx.call('articles.addUrl', { url: p.url, tags: opts.tag }),
                );
              } else if ('file' in p && p.file) {
                const bytes = await fs.readFile(p.file);
                added.set(
                  p.input,
                  await ctx.call('articles.addFile', {
                    name: path.basename(p.file),
                    contentBase64: bytes.toString('base64'),
                    tags: opts.tag,
                  }),
                );
              }
            } catch (error) {
              added.set(p.input, { input: p.input, error: toApiError(error).message });
            }
          }
        });
      }
      for (const p of prepared) {
        results.push(
          'error' in p && p.error ? { input: p.input, error: p.error } : added.get(p.input)!,
        );
      }
      let failed = 0;
      for (const r of results) {
        if ('error' in r) {
          failed++;
          process.stderr.write(`broadsheet: ${r.error}\n`);
        } else if (!g.json) process.stdout.write(`saved ${articleLine(r)}\n`);
      }
      if (g.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      if (failed > 0) process.exitCode = 1;
    });

  program
    .command('list')
    .description('list saved articles, newest first')
    .option(
      '--tag <tag>',
      'only articles with this tag (repeat: with every one of them)',
      collect,
      [],
    )
    .option('--entity <name>', 'only articles that mention this entity')
    .option('--feed <id>', 'only items of this feed')
    .option('--unread', 'only unread articles')
    .option('--starred', 'only starred articles')
    .option('--limit <n>', 'at most N articles', parseCount)
    .action(
      async (opts: {
        tag: string[];
        entity?: string;
        feed?: string;
        unread?: boolean;
        starred?: boolean;
        limit?: number;
      }) => {
        await withLibrary(globals(), 'read', async (ctx) => {
          const page = await ctx.call('articles.list', {
            tags: opts.tag,
            entity: opts.entity,
            feedId: opts.feed,
            unread: opts.unread,
            starred: opts.starred,
            limit: opts.limit ?? 100_000,
          });
          if (ctx.json) ctx.printJson(page.items);
          else if (page.items.length === 0) ctx.print('No articles.');
          else for (const a of page.items) ctx.print(articleLine(a));
        });
      },
    );

  program
    .command('show')
    .description("show one article's metadata, or its stored text or sanitised HTML")
    .argument('<id>', 'article id')
    .option('--text', 'print the stored plain text')
    .option('--html', 'print the stored sanitised HTML')
    .action(async (id: string, opts: { text?: boolean; html?: boolean }) => {
      await withLibrary(globals(), 'read', async (ctx) => {
        if (opts.text || opts.html) {
          const body = opts.text
            ? await ctx.call('articles.text', { id })
            : (await ctx.call('articles.open', { id })).html;
          if (ctx.json) ctx.printJson({ id, [opts.text ? 'text' : 'html']: body });
          else ctx.print(body);
          return;
        }
        const article = await ctx.call('articles.get', { id });
        if (ctx.json) ctx.printJson(article);
        else ctx.print(articleDetails(article));
      });
    });
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`"${value}" is not a positive whole number`);
  return n;
}
