// The document jobs behind an async client: in the documents worker when its script is given (the
// built app and web mode), in the calling thread otherwise (tests, running from source). Same
// answers and the same errors either way.
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-thread';
import type { DocumentJob, DocumentJobs } from './jobs';
import { errorFromWire, type DocumentRequest, type DocumentResponse } from './protocol';

type Result<K extends DocumentJob> = ReturnType<DocumentJobs[K]>;

export interface DocumentParser {
  run<K extends DocumentJob>(job: K, ...args: Parameters<DocumentJobs[K]>): Promise<Result<K>>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
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

export function createDocumentParser(workerScript?: string | null): DocumentParser {
  if (!workerScript) return inProcess();
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const start = (): Worker => {
    const w = startWorker(workerScript);
    // Only a worker with jobs in flight keeps the process alive.
    w.unref();
    w.on('message', (m: DocumentResponse) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (pending.size === 0) w.unref();
      if (m.error !== undefined) p?.reject(errorFromWire(m.error));
      else p?.resolve(m.result);
    });
    const lost = (error: Error): void => {
      if (worker !== w) return;
      worker = null; // a new one starts with the next job
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`The documents worker stopped (exit code ${code}).`)));
    return w;
  };
  return {
    run: (job, ...args) =>
      new Promise((resolve, reject) => {
        const w = (worker ??= start());
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        w.ref();
        w.postMessage({ id, job, args } satisfies DocumentRequest);
      }),
    close: async () => {
      const w = worker;
      worker = null;
      await w?.terminate();
      for (const p of pending.values()) p.reject(new Error('The documents worker was closed.'));
      pending.clear();
    },
  };
}
