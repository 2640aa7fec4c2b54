// broadsheet entity NAME [--note TEXT]: one entity across the library, and the person's notes on it.
import type { Command } from 'commander';
import { withLibrary, type GlobalOptions } from './context';
import { articleLine } from './format';

export function registerEntityPageCommand(program: Command, globals: () => GlobalOptions): void {
  program
    .command('entity')
    .description(
      'one entity: its articles (newest first), its company and your notes; or add a note',
    )
    .argument('<name>', 'entity id, name or alias')
    .option('--note <text>', 'add a note on the entity')
    .action(async (name: string, opts: { note?: string }) => {
      await withLibrary(globals(), opts.note === undefined ? 'read' : 'write', async (ctx) => {
        if (opts.note !== undefined) {
          const note = await ctx.call('entityNotes.add', { entityId: name, body: opts.note });
          return ctx.json ? ctx.printJson(note) : ctx.print(`noted on ${note.entityId}`);
        }
        const page = await ctx.call('entities.get', { id: name });
        const notes = await ctx.call('entityNotes.list', { entityId: page.entity.id });
        if (ctx.json) return ctx.printJson({ ...page, notes });
        const { entity } = page;
        ctx.print(`${entity.name} (${entity.type}), ${entity.count} mentions`);
        ctx.print(`\nArticles:`);
        for (const a of page.articles) ctx.print(`  ${articleLine(a)}`);
        if (page.related.length > 0) {
          ctx.print(
            `\nOften with: ${page.related.map((r) => `${r.name} (${r.together})`).join(', ')}`,
          );
        }
        if (notes.length > 0) {
          ctx.print(`\nNotes:`);
          for (const n of notes) ctx.print(`  ${n.createdAt.slice(0, 10)}  ${n.body}`);
        }
      });
    });
}
