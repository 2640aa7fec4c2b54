// Every door calls the Library through here: the operation name and input are checked against the
// contract in api.ts before anything runs, and every failure becomes one { code, message }.
import { api, isOpName, type ApiResponse, type OpName, type OpOutput } from '../shared/api';
import { handlers } from './handlers';
import { BroadsheetError } from './library/errors';
import type { Library } from './library/library';

export type Dispatch = (op: unknown, input: unknown) => Promise<ApiResponse<unknown>>;

export function toApiError(error: unknown): { code: string; message: string } {
  if (error instanceof BroadsheetError) return { code: error.code, message: error.message };
  const coded = error as { code?: unknown; message?: unknown };
  if (error instanceof Error && typeof coded.code === 'string' && /^[a-z-]+$/.test(coded.code)) {
    return { code: coded.code, message: error.message };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** When this process last answered a call: housekeeping waits for a quiet moment (after-startup.ts). */
let lastCallAt = -Infinity;

export function msSinceLastCall(): number {
  return performance.now() - lastCallAt;
}

export function createDispatch(library: Library): Dispatch {
  return async (op, input) => {
    lastCallAt = performance.now();
    if (!isOpName(op)) {
      return {
        ok: false,
        error: { code: 'unknown-operation', message: `Unknown operation "${String(op)}".` },
      };
    }
    const parsed = api[op].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      return { ok: false, error: { code: 'invalid-input', message: `${where}${issue.message}` } };
    }
    try {
      const handler = handlers[op] as (lib: Library, input: unknown) => unknown;
      return { ok: true, result: await handler(library, parsed.data) };
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
  };
}

/** For in-process callers (the CLI): call an operation and get its typed result or a thrown error. */
export async function call<K extends OpName>(
  dispatch: Dispatch,
  op: K,
  input: unknown,
): Promise<OpOutput<K>> {
  const response = await dispatch(op, input);
  if (!response.ok) throw new BroadsheetError(response.error.code as never, response.error.message);
  return response.result as OpOutput<K>;
}
