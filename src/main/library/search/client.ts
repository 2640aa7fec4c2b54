// The search index behind an async client: in a worker thread when a worker script is given (the
// built app passes out/main/search-worker.js; a .ts script runs through tsx, for tests), in the
// calling thread otherwise. Same methods, same answers either way.
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-thread';
import { InProcessSearchIndex, type SearchIndex } from './host';
import type { SearchOp, SearchRequest, SearchResponse } from './protocol';

export interface SearchClientOptions {
  workerScript?: string | URL | null;
  /**
   * The worker died (it is restarted on the next call, with an empty index): whoever fills the
   * index should fill it again.
   */
  onLost?: (error: Error) => void;
}

export function createSearchIndex(options: SearchClientOptions = {}): SearchIndex {
  return options.workerScript
    ? new WorkerSearchIndex(options.workerScript, options.onLost)
    : new InProcessSearchIndex();
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

class WorkerSearchIndex implements SearchIndex {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  constructor(
    private readonly script: string | URL,
    private readonly onLost?: (error: Error) => void,
  ) {}

  private start(): Worker {
    // A young generation of 8 MB instead of V8's 48: a query's garbage is small, and the default
    // kept ~40 MB more resident at 10k articles (RSS of `serve`), with no slower queries.
    const worker = startWorker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    // Only a worker with calls in flight keeps the process alive (see call()).
    worker.unref();
    worker.on('message', (m: SearchResponse) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!this.pending.size) worker.unref();
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.result);
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      if (!this.closed) this.onLost?.(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The search worker stopped (exit code ${code}).`)));
    return worker;
  }

  private call<K extends SearchOp>(
    op: K,
    ...args: Parameters<SearchIndex[K]>
  ): ReturnType<SearchIndex[K]> {
    if (this.closed) {
      return Promise.reject(new Error('The search index is closed.')) as ReturnType<SearchIndex[K]>;
    }
    const promise = new Promise((resolve, reject) => {
      const worker = (this.worker ??= this.start());
      const id = this.nextId++;
      if (!this.pending.size) worker.ref();
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, args } as SearchRequest);
    });
    return promise as ReturnType<SearchIndex[K]>;
  }

  add(...args: Parameters<SearchIndex['add']>) {
    return this.call('add', ...args);
  }
  update(...args: Parameters<SearchIndex['update']>) {
    return this.call('update', ...args);
  }
  remove(...args: Parameters<SearchIndex['remove']>) {
    return this.call('remove', ...args);
  }
  search(...args: Parameters<SearchIndex['search']>) {
    return this.call('search', ...args);
  }
  fingerprints() {
    return this.call('fingerprints');
  }
  stats() {
    return this.call('stats');
  }
  clear() {
    return this.call('clear');
  }
  save(...args: Parameters<SearchIndex['save']>) {
    return this.call('save', ...args);
  }
  load(...args: Parameters<SearchIndex['load']>) {
    return this.call('load', ...args);
  }
  export() {
    return this.call('export');
  }
  import(...args: Parameters<SearchIndex['import']>) {
    return this.call('import', ...args);
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Error('The search index is closed.'));
    this.pending.clear();
    await worker?.terminate();
  }
}
