// broadsheet search
import type { Command } from 'commander';
import { withLibrary, type GlobalOptions } from './context';
import { articleLine } from './format';

export function registerSearchCommand(program: Command, globals: () => GlobalOptions): void {
  program
    .command('search')
    .description(
      'full-text search: words (prefixes and small typos match), tag:, feed:, entity:, is:unread, is:starred, has:comments',
    )
    .argument('<query...>', 'what to look for')
    .option('--limit <n>', 'at most N results', (v) => Number(v))
    .action(async (words: string[], opts: { limit?: number }) => {
      await withLibrary(globals(), 'read', async (ctx) => {
        const search = ctx.library.search();
        await search.whenReady();
        const result = await ctx.call('search', {
          query: words.join(' '),
          limit: opts.limit ?? 50,
        });
        if (ctx.json)
          return ctx.printJson(
            result.items.map((r) => ({ ...r.article, score: r.score, snippet: r.snippet })),
          );
        if (result.items.length === 0) return ctx.print('No matches.');
        for (const r of result.items) ctx.print(`${articleLine(r.article)}\n    ${r.snippet}`);
      });
    });
}
