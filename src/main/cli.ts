// Door 3: the `broadsheet` command. Every command reaches the Library through dispatch.
import { Command, CommanderError } from 'commander';
import { toApiError } from './dispatch';
import { VERSION } from './library/library';
import { registerArticleCommands } from './cli/articles';
import { registerBackupCommands } from './cli/backup';
import { registerCommentCommands } from './cli/comments';
import { registerEntityCommands } from './cli/entities';
import { registerEntityPageCommand } from './cli/entity-page';
import { registerFeedCommands } from './cli/feeds';
import type { GlobalOptions } from './cli/context';
import { registerSearchCommand } from './cli/search';
import { registerServeCommand } from './cli/serve';
import { registerTagCommands } from './cli/tags';

export function buildProgram(): Command {
  const program = new Command('broadsheet')
    .description('Broadsheet: save articles and read them offline.')
    .version(VERSION)
    .option('--home <dir>', 'library folder (default: $BROADSHEET_HOME or the app data folder)')
    .option('--json', 'machine-readable output on stdout')
    .showSuggestionAfterError(false)
    .enablePositionalOptions(false)
    .exitOverride()
    .configureOutput({
      // Commander's own errors become one line, like ours.
      outputError: (text, write) =>
        write(`broadsheet: ${text.replace(/^error: /, '').split('\n')[0]}\n`),
    });
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  registerArticleCommands(program, globals);
  registerCommentCommands(program, globals);
  registerTagCommands(program, globals);
  registerEntityCommands(program, globals);
  registerEntityPageCommand(program, globals);
  registerFeedCommands(program, globals);
  registerSearchCommand(program, globals);
  registerBackupCommands(program, globals);
  registerServeCommand(program, globals);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; usage errors were already printed on one line.
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`broadsheet: ${toApiError(error).message}\n`);
    return 1;
  }
}

const code = await main(process.argv);
process.exitCode = code;
