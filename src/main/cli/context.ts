// What every CLI command shares: opening the library the right way, calling the contract, printing.
import { call, createDispatch } from '../dispatch';
import { BroadsheetError } from '../library/errors';
import { Library } from '../library/library';
import { HomeLock } from '../library/store/lock';
import { defaultHome, resourcesDir, workers } from '../paths';
import type { OpName, OpOutput } from '../../shared/api';

export interface GlobalOptions {
  home?: string;
  json?: boolean;
}

export interface CommandContext {
  library: Library;
  json: boolean;
  call<K extends OpName>(op: K, input: unknown): Promise<OpOutput<K>>;
  print(text: string): void;
  printJson(value: unknown): void;
}

/**
 * Open the library for one command. Reading commands fall back to read-only when another process
 * (the app, web mode) holds the home; writing commands say who holds it.
 */
export async function withLibrary<T>(
  options: GlobalOptions,
  mode: 'read' | 'write',
  run: (ctx: CommandContext) => Promise<T>,
): Promise<T> {
  const home = options.home ?? defaultHome();
  const readOnly = mode === 'read' && HomeLock.holder(home) !== null;
  const library = await Library.open({ home, readOnly, resourcesDir, workers });
  try {
    for (const notice of library.notices) process.stderr.write(`broadsheet: ${notice}\n`);
    const dispatch = createDispatch(library);
    const result = await run({
      library,
      json: options.json ?? false,
      call: (op, input) => call(dispatch, op, input),
      print: (text) => process.stdout.write(`${text}\n`),
      printJson: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    });
    // Saving queues entity extraction; a command is done when that work is stored too.
    await library.shutdown();
    return result;
  } finally {
    library.close();
  }
}

export class UsageError extends BroadsheetError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}
