// broadsheet feeds add | list | refresh | import | export
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { BroadsheetError } from '../library/errors';
import { withLibrary, type GlobalOptions } from './context';

export function registerFeedCommands(program: Command, globals: () => GlobalOptions): void {
  const feeds = program
    .command('feeds')
    .description('subscriptions: add, list, refresh, import, export');

  feeds
    .command('add')
    .argument('<url>', 'a feed address, or a site that names its feed')
    .option('--folder <name>', 'put it in this folder')
    .action(async (url: string, opts: { folder?: string }) => {
      await withLibrary(globals(), 'write', async (ctx) => {
        const result = await ctx.call('feeds.add', { url, folder: opts.folder ?? null });
        if (ctx.json) return ctx.printJson(result.feed ?? result);
        if (result.feed)
          return ctx.print(`subscribed to ${result.feed.title} (${result.feed.itemCount} items)`);
        ctx.print(
          `That site has several feeds; add one of them:\n${result.choices.map((c) => `  ${c.url}  ${c.title ?? ''}`).join('\n')}`,
        );
        process.exitCode = 1;
      });
    });

  feeds.command('list').action(async () => {
    await withLibrary(globals(), 'read', async (ctx) => {
      const list = await ctx.call('feeds.list', {});
      if (ctx.json) return ctx.printJson(list);
      if (list.length === 0) return ctx.print('No feeds.');
      for (const f of list) {
        ctx.print(
          `${f.id}  ${f.title}  (${f.unread} unread of ${f.itemCount})${f.folder ? `  [${f.folder}]` : ''}${f.error ? `  error: ${f.error}` : ''}`,
        );
      }
    });
  });

  feeds
    .command('refresh')
    .argument('[id]', 'only this feed')
    .action(async (id: string | undefined) => {
      await withLibrary(globals(), 'write', async (ctx) => {
        const results = await ctx.call('feeds.refresh', id ? { id } : {});
        if (ctx.json) ctx.printJson(results);
        else
          for (const r of results) {
            ctx.print(
              `${r.id}  ${r.status === 'error' ? `error: ${r.error}` : `${r.status}: ${r.added} new, ${r.updated} updated`}`,
            );
          }
        if (results.some((r) => r.status === 'error')) process.exitCode = 1;
      });
    });

  feeds
    .command('import')
    .argument('<opml>', 'an OPML file')
    .action(async (file: string) => {
      let opml: string;
      try {
        opml = readFileSync(file, 'utf8');
      } catch {
        throw new BroadsheetError('not-found', `No such file: ${file}`);
      }
      await withLibrary(globals(), 'write', async (ctx) => {
        const r = await ctx.call('feeds.importOpml', { opml });
        if (ctx.json) ctx.printJson(r);
        else
          ctx.print(
            `added ${r.added} feeds${r.folders.length ? ` in ${r.folders.length} folders` : ''}; ${r.skipped} already here`,
          );
      });
    });

  feeds.command('export').action(async () => {
    await withLibrary(globals(), 'read', async (ctx) => {
      const opml = await ctx.call('feeds.exportOpml', {});
      if (ctx.json) ctx.printJson({ opml });
      else ctx.print(opml);
    });
  });
}
