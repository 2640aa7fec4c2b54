// broadsheet comment | comments
import type { Command } from 'commander';
import { withLibrary, type GlobalOptions } from './context';
import { commentTree } from './format';

export function registerCommentCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('comment')
    .description('add a comment to an article (optionally a reply, or anchored to a quote)')
    .argument('<id>', 'article id')
    .argument('<text>', 'the comment')
    .option('--reply-to <cid>', 'reply to this comment')
    .option('--quote <exact>', 'anchor the comment to this exact passage')
    .action(async (id: string, text: string, opts: { replyTo?: string; quote?: string }) => {
      await withLibrary(globals(), 'write', async (ctx) => {
        const comment = await ctx.call('comments.add', {
          articleId: id,
          body: text,
          parentId: opts.replyTo ?? null,
          quote: opts.quote ?? null,
        });
        if (ctx.json) ctx.printJson(comment);
        else ctx.print(`comment ${comment.id} added`);
      });
    });

  program
    .command('comments')
    .description("an article's comments, threaded")
    .argument('<id>', 'article id')
    .action(async (id: string) => {
      await withLibrary(globals(), 'read', async (ctx) => {
        const threads = await ctx.call('comments.list', { articleId: id });
        if (ctx.json) ctx.printJson(threads);
        else ctx.print(threads.length ? commentTree(threads) : 'No comments yet.');
      });
    });
}
