// The document jobs behind an async client: in the documents worker when its script is given (the
// built app and web mode), in the calling thread otherwise (tests, running from source). Same
// answers and the same errors either way.
import { JobWorker, PARSER_WORKER } from '../job-worker';
import type { DocumentJob, DocumentJobs } from './jobs';
import { errorFromWire, type DocumentResponse } from './protocol';

type Result<K extends DocumentJob> = ReturnType<DocumentJobs[K]>;

export interface DocumentParser {
  run<K extends DocumentJob>(job: K, ...args: Parameters<DocumentJobs[K]>): Promise<Result<K>>;
  close(): Promise<void>;
}

export interface DocumentWorkerOptions {
  /** The worker exits after this long without a job (default a minute). */
  idleMs?: number;
}

/** The parsers (feedsmith, linkedom, Readability, sanitize-html) load on first use, not at open. */
function inProcess(): DocumentParser {
  let jobs: Promise<DocumentJobs> | null = null;
  return {
    async run(job, ...args) {
      jobs ??= import('./jobs').then((m) => m.documentJobs);
      const run = (await jobs)[job] as (...a: unknown[]) => Result<typeof job>;
      return run(...args);
    },
    close: async () => undefined,
  };
}

export function createDocumentParser(
  workerScript?: string | null,
  options: DocumentWorkerOptions = {},
): DocumentParser {
  if (!workerScript) return inProcess();
  const worker = new JobWorker<DocumentResponse>(workerScript, {
    ...PARSER_WORKER,
    idleMs: options.idleMs ?? PARSER_WORKER.idleMs,
    name: 'documents worker',
  });
  return {
    async run(job, ...args) {
      const reply = await worker.send({ job, args });
      if (reply.error !== undefined) throw errorFromWire(reply.error);
      return reply.result as Result<typeof job>;
    },
    close: () => worker.close(),
  };
}
