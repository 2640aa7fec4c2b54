// broadsheet entities <id> | entities --file PATH...
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Entity } from '../../shared/model';
import { BroadsheetError } from '../library/errors';
import { withLibrary, type GlobalOptions } from './context';

function entityLine(e: Entity): string {
  const aliases = e.aliases.filter((a) => a !== e.name);
  return `${e.type.padEnd(12)} ${String(e.count).padStart(3)}  ${e.name}${aliases.length ? `  (${aliases.join(', ')})` : ''}`;
}

export function registerEntityCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('entities')
    .description('entities of a saved article, or of text files with --file (nothing saved)')
    .argument('[id]', 'article id')
    .option('--file <paths...>', 'text files to read instead of a saved article')
    .action(async (id: string | undefined, opts: { file?: string[] }) => {
      if (!id && !opts.file?.length)
        throw new BroadsheetError('invalid-input', 'Give an article id or --file PATH.');
      // Files are read first: a bad path fails before anything is opened.
      const { decodeTextFile } = await import('../library/articles/import-file');
      const files = (opts.file ?? []).map((file) => {
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
        } catch {
          throw new BroadsheetError('not-found', `No such file: ${file}`);
        }
        return { file, text: decodeTextFile(bytes, path.basename(file)) };
      });
      await withLibrary(globals(), 'read', async (ctx) => {
        if (id) {
          const entities = await ctx.call('entities.forArticle', { articleId: id });
          const plain = entities.map(({ id: eid, name, type, count, aliases }) => ({
            id: eid,
            name,
            type,
            count,
            aliases,
          }));
          if (ctx.json) ctx.printJson(plain);
          else ctx.print(plain.length ? plain.map(entityLine).join('\n') : 'No entities found.');
          return;
        }
        const results = [];
        for (const f of files)
          results.push({
            file: f.file,
            entities: await ctx.call('entities.extract', { text: f.text }),
          });
        if (ctx.json) ctx.printJson(results.length === 1 ? results[0].entities : results);
        else
          for (const r of results) {
            if (results.length > 1) ctx.print(`${r.file}:`);
            ctx.print(
              r.entities.length ? r.entities.map(entityLine).join('\n') : 'No entities found.',
            );
          }
      });
    });
}
