// A worker thread that answers numbered requests and holds nothing between them (the documents
// and entity parsers). It starts with the first request and exits after a spell without any: a
// parser worker that has read a feed refresh's pages keeps 100–200 MB of heap that V8 would not
// give back while it sits idle, and starting it again costs the next request ~0.5 s.
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { startWorker } from './worker-thread';

export interface JobWorkerOptions {
  /** Exit after this long without a request in flight. */
  idleMs: number;
  resourceLimits?: ResourceLimits;
  /** Names the worker in the error a request gets when it stops. */
  name: string;
}

/**
 * The documents and entity workers: they exit after a minute idle (a refresh or a run of saves
 * keeps them; a person who saves a page now and then pays the start again rather than 100–200 MB
 * all day), with a small young generation: the default grew to ~32 MB resident per worker, and
 * 25 pages parsed and their entities extracted took the same CPU time with 4 MB.
 */
export const PARSER_WORKER = {
  idleMs: 60_000,
  resourceLimits: { maxYoungGenerationSizeMb: 4 },
} satisfies Omit<JobWorkerOptions, 'name'>;

export interface JobReply {
  id: number;
}

interface Pending<R> {
  resolve: (reply: R) => void;
  reject: (error: Error) => void;
}

export class JobWorker<Reply extends JobReply> {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending<Reply>>();
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly script: string,
    private readonly options: JobWorkerOptions,
  ) {}

  /** The running worker's thread id; null when none is running (not started, idle, closed). */
  get threadId(): number | null {
    return this.worker?.threadId ?? null;
  }

  /** Posts `message` with a fresh `id`; resolves with the worker's reply of that id. */
  send(message: object): Promise<Reply> {
    return new Promise((resolve, reject) => {
      if (this.idleTimer) clearTimeout(this.idleTimer);
      this.idleTimer = null;
      const w = (this.worker ??= this.start());
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ ...message, id });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.stop();
    await w?.terminate();
    this.fail(new Error(`The ${this.options.name} was closed.`));
  }

  private start(): Worker {
    const w = startWorker(this.script, { resourceLimits: this.options.resourceLimits });
    // Only a worker with requests in flight keeps the process alive.
    w.unref();
    w.on('message', (reply: Reply) => {
      const p = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.idle(w);
      p?.resolve(reply);
    });
    const lost = (error: Error): void => {
      if (this.worker !== w) return;
      this.stop(); // a new one starts with the next request
      this.fail(error);
    };
    w.on('error', lost);
    w.on('exit', (code) =>
      lost(new Error(`The ${this.options.name} stopped (exit code ${code}).`)),
    );
    return w;
  }

  private idle(w: Worker): void {
    w.unref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.worker !== w || this.pending.size > 0) return;
      this.stop();
      void w.terminate();
    }, this.options.idleMs);
    this.idleTimer.unref();
  }

  private stop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.worker = null;
  }

  private fail(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
