// Entity extraction off the calling thread: a worker when the worker script is given (the built
// app, or the TypeScript source in tests), in process otherwise. Same answers either way.
import { JobWorker, PARSER_WORKER } from '../job-worker';
import type { ExtractedEntity, ExtractOptions } from './extract';

export type Extract = (text: string, options?: ExtractOptions) => Promise<ExtractedEntity[]>;

interface ExtractReply {
  id: number;
  entities?: ExtractedEntity[];
  error?: string;
}

export function createExtractor(
  workerScript?: string | null,
  workerOptions: { idleMs?: number } = {},
): { extract: Extract; close(): Promise<void> } {
  if (!workerScript) {
    return {
      extract: async (text, options) => (await import('./extract')).extractEntities(text, options),
      close: async () => undefined,
    };
  }
  const worker = new JobWorker<ExtractReply>(workerScript, {
    ...PARSER_WORKER,
    idleMs: workerOptions.idleMs ?? PARSER_WORKER.idleMs,
    name: 'entities worker',
  });
  return {
    async extract(text, options) {
      const reply = await worker.send({ text, options });
      if (reply.error !== undefined) throw new Error(reply.error);
      return reply.entities ?? [];
    },
    close: () => worker.close(),
  };
}
