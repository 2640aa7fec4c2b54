// Where the engine lives: in a worker thread (worker.ts wraps this) or, without a worker script, in
// the calling thread. Changes run one after another; queries do not queue behind them, and long
// work (loading a saved index, big batches) yields between steps so queries are answered meanwhile
// (from the index as it stands: the last complete one while loading).
import type { EngineResult, EngineStats, ExportedFile, SearchDoc } from './doc';
import { SearchEngine } from './engine';
import { loadIndex, saveIndex, type SaveInfo } from './index-files';

export type LoadInfo = { loaded: true; docs: number } | { loaded: false; reason: string };
export type { SaveInfo };

/** The search index as the service sees it, wherever it runs. Every method is asynchronous. */
export interface SearchIndex {
  /** Add documents, or update those already indexed. */
  add(docs: SearchDoc[]): Promise<void>;
  /** Update documents (a missing `text` keeps the indexed body); adds unknown ones. */
  update(docs: SearchDoc[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(text: string, limit: number): Promise<EngineResult>;
  /** [article id, fingerprint] of every indexed document. */
  fingerprints(): Promise<[string, string][]>;
  stats(): Promise<EngineStats>;
  clear(): Promise<void>;
  /** Write the index to `dir` (see index-files.ts). */
  save(dir: string): Promise<SaveInfo>;
  /** Replace the index with the one saved in `dir`, if it is there and sound. */
  load(dir: string): Promise<LoadInfo>;
  export(): Promise<ExportedFile[]>;
  import(files: ExportedFile[]): Promise<void>;
  close(): Promise<void>;
}

/** Documents indexed between two yields to the event loop. */
const STEP = 16;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export class InProcessSearchIndex implements SearchIndex {
  private engine = new SearchEngine();
  private queue: Promise<unknown> = Promise.resolve();

  private closed = false;

  /** Run a change after the ones before it. */
  private change<T>(work: () => Promise<T> | T): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The search index is closed.'));
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  add(docs: SearchDoc[]): Promise<void> {
    return this.change(async () => {
      for (let i = 0; i < docs.length; i++) {
        if (i && i % STEP === 0) await pause();
        this.engine.add(docs[i]);
      }
    });
  }

  update(docs: SearchDoc[]): Promise<void> {
    return this.change(async () => {
      for (let i = 0; i < docs.length; i++) {
        if (i && i % STEP === 0) await pause();
        this.engine.update(docs[i]);
      }
    });
  }

  remove(ids: string[]): Promise<void> {
    return this.change(() => ids.forEach((id) => this.engine.remove(id)));
  }

  async search(text: string, limit: number): Promise<EngineResult> {
    return this.engine.search(text, limit);
  }

  async fingerprints(): Promise<[string, string][]> {
    return this.engine.fingerprints();
  }

  async stats(): Promise<EngineStats> {
    return this.engine.stats();
  }

  clear(): Promise<void> {
    return this.change(() => {
      this.engine = new SearchEngine();
    });
  }

  save(dir: string): Promise<SaveInfo> {
    return this.change(() => saveIndex(this.engine, dir));
  }

  load(dir: string): Promise<LoadInfo> {
    return this.change(async (): Promise<LoadInfo> => {
      const result = await loadIndex(dir, pause);
      if (!result.engine) return { loaded: false, reason: result.reason };
      this.engine = result.engine;
      return { loaded: true, docs: result.engine.stats().docs };
    });
  }

  async export(): Promise<ExportedFile[]> {
    return this.change(() => this.engine.export());
  }

  import(files: ExportedFile[]): Promise<void> {
    return this.change(() => {
      const engine = new SearchEngine();
      engine.import(files);
      this.engine = engine;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
  }
}
