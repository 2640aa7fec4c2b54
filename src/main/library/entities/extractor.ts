// Entity extraction off the calling thread: a worker when the built worker script exists, in
// process otherwise (tests, or a build without workers). Same answers either way.
import { Worker } from 'node:worker_threads';
import type { ExtractedEntity, ExtractOptions } from './extract';

export type Extract = (text: string, options?: ExtractOptions) => Promise<ExtractedEntity[]>;

interface Pending {
  resolve: (value: ExtractedEntity[]) => void;
  reject: (error: Error) => void;
}

export function createExtractor(workerScript?: string | null): {
  extract: Extract;
  close(): Promise<void>;
} {
  if (!workerScript) {
    return {
      extract: async (text, options) => (await import('./extract')).extractEntities(text, options),
      close: async () => undefined,
    };
  }
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const start = (): Worker => {
    const w = new Worker(workerScript);
    w.unref();
    w.on('message', (m: { id: number; entities?: ExtractedEntity[]; error?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.entities ?? []);
    });
    w.on('error', (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      worker = null; // a new one starts with the next request
    });
    return w;
  };
  return {
    extract: (text, options) =>
      new Promise((resolve, reject) => {
        worker ??= start();
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, options });
      }),
    close: async () => {
      await worker?.terminate();
      worker = null;
    },
  };
}
