// broadsheet export | import
import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { BroadsheetError } from '../library/errors';
import { withLibrary, type GlobalOptions } from './context';

export function registerBackupCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('export')
    .description('full backup of the library (JSON); or one article as Markdown with --markdown ID')
    .argument('[id]', 'with --markdown: the article to export')
    .option('--markdown', 'export the article with its highlights and comments as Markdown')
    .option('--out <path>', 'write to this file (never overwritten)')
    .action(async (id: string | undefined, opts: { markdown?: boolean; out?: string }) => {
      if (opts.markdown && !id)
        throw new BroadsheetError('invalid-input', 'export --markdown needs an article id.');
      if (id && !opts.markdown)
        throw new BroadsheetError('invalid-input', 'To export one article, add --markdown.');
      await withLibrary(globals(), 'read', async (ctx) => {
        if (opts.markdown && id) {
          const markdown = await ctx.call('articles.markdown', { id });
          if (!opts.out) return ctx.print(markdown.trimEnd());
          if (existsSync(opts.out))
            throw new BroadsheetError('invalid-input', `${opts.out} exists already.`);
          writeFileSync(opts.out, markdown);
          return ctx.json ? ctx.printJson({ path: opts.out }) : ctx.print(`wrote ${opts.out}`);
        }
        const out = opts.out ?? `broadsheet-backup-${new Date().toISOString().slice(0, 10)}.json`;
        const result = await ctx.call('backup.export', { path: out });
        if (ctx.json) ctx.printJson(result);
        else
          ctx.print(
            `wrote ${result.path}: ${result.articles} articles, ${result.comments} comments, ${result.images} images`,
          );
      });
    });

  program
    .command('import')
    .description('restore a backup made by export (articles and comments already here are kept)')
    .argument('<path>', 'backup file')
    .action(async (file: string) => {
      await withLibrary(globals(), 'write', async (ctx) => {
        const result = await ctx.call('backup.import', { path: file });
        if (ctx.json) ctx.printJson(result);
        else
          ctx.print(
            `imported ${result.articles} articles, ${result.comments} comments, ${result.images} images; ${result.skipped} already here`,
          );
      });
    });
}
