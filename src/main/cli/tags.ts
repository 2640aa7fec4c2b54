// broadsheet tag
import type { Command } from 'commander';
import { withLibrary, type GlobalOptions } from './context';

export function registerTagCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('tag')
    .description('add tags to an article, or remove them with --remove')
    .argument('<id>', 'article id')
    .argument('<tags...>', 'tags')
    .option('--remove', 'remove these tags instead')
    .action(async (id: string, tags: string[], opts: { remove?: boolean }) => {
      await withLibrary(globals(), 'write', async (ctx) => {
        await ctx.call('tags.apply', {
          ids: [id],
          ...(opts.remove ? { remove: tags } : { add: tags }),
        });
        const article = await ctx.call('articles.get', { id });
        if (ctx.json) ctx.printJson(article);
        else ctx.print(article.tags.length ? `tags: ${article.tags.join(', ')}` : 'no tags');
      });
    });

  program
    .command('tags')
    .description('every tag with its number of articles')
    .action(async () => {
      await withLibrary(globals(), 'read', async (ctx) => {
        const tags = await ctx.call('tags.list', {});
        if (ctx.json) ctx.printJson(tags);
        else if (tags.length === 0) ctx.print('No tags.');
        else for (const t of tags) ctx.print(`${String(t.count).padStart(5)}  ${t.name}`);
      });
    });
}
