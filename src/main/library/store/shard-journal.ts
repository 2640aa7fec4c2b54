// A write-ahead journal for a sharded store. A change appends one line and fsyncs it instead of
// rewriting the shards it touches (at 100k articles a shard is ~400 KB, and a feed refresh touches
// thousands); the touched shards are written ("folded") later, in the background, after which the
// journal files they cover are dropped. Opening replays what was not folded yet.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fsyncDir } from './durable-file';
import { GroupCommit } from './group-commit';
import type { RecoveryNotice } from './json-file';

/** One change: keys set to whole values, then keys removed. Replaying it twice is harmless. */
export interface JournalEntry<T> {
  set?: [string, T][];
  remove?: string[];
}

export interface JournalOptions {
  readOnly: boolean;
  onRecovery: (notice: RecoveryNotice) => void;
  /** Fold once this many bytes were appended since the last fold. */
  foldAfterBytes?: number;
  /** Fold when no change came for this long. */
  foldAfterIdleMs?: number;
}

const DEFAULT_FOLD_BYTES = 16 * 1024 * 1024;
const DEFAULT_FOLD_IDLE_MS = 15_000;

const fileName = (prefix: string, generation: number) =>
  `${prefix}.journal.${String(generation).padStart(6, '0')}`;

async function generationsIn(dir: string, prefix: string): Promise<number[]> {
  const pattern = new RegExp(
    `^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.journal\\.(\\d+)$`,
  );
  // Only a missing folder means no journal: on any other error, replaying nothing and numbering
  // from 1 again would later replay the old files over newer ones.
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names
    .map((name) => pattern.exec(name)?.[1])
    .filter((g): g is string => g !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Lines of one journal file. A last line without its newline is a write cut short by a crash: it was
 * never acknowledged, so it is dropped silently. A damaged line elsewhere is reported and skipped.
 */
function parseLines<T>(
  text: string,
  file: string,
  onRecovery: (notice: RecoveryNotice) => void,
): JournalEntry<T>[] {
  const lines = text.split('\n');
  lines.pop(); // after the last newline: empty, or a torn write
  const entries: JournalEntry<T>[] = [];
  let damaged = 0;
  for (const line of lines) {
    try {
      entries.push(JSON.parse(line) as JournalEntry<T>);
    } catch {
      damaged++;
    }
  }
  if (damaged > 0) {
    onRecovery({
      file,
      message: `${path.basename(file)} had ${damaged} damaged change${damaged === 1 ? '' : 's'}; they were skipped.`,
    });
  }
  return entries;
}

export class ShardJournal<T> {
  /** Shards changed since the last fold started. */
  private dirty = new Set<number>();
  /** Journal files whose changes are not all in the shards yet (the last is being appended to). */
  private generations: number[];
  private handle: fs.FileHandle | null = null;
  /** Lines appended while one write is in flight go out together in the next. */
  private readonly lines = new GroupCommit<string>((lines) => this.write(lines.join('')));
  private folding: Promise<void> | null = null;
  private bytesSinceFold = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private lastChange = 0;
  private closed = false;
  /** close() has begun: changes are refused, but its own folds run. */
  private closing = false;

  private constructor(
    private readonly dir: string,
    private readonly prefix: string,
    private readonly writeShard: (shard: number) => Promise<void>,
    private readonly options: JournalOptions,
    found: number[],
  ) {
    // Appends go to a new file: an existing last file may end in a torn line.
    this.generations = [...found, (found.at(-1) ?? 0) + 1];
  }

  /**
   * Opens the journal of `prefix` in `dir` and returns the changes to replay over the shards, oldest
   * first. `writeShard(i)` must durably write shard i as it is in memory.
   */
  static async open<T>(
    dir: string,
    prefix: string,
    writeShard: (shard: number) => Promise<void>,
    options: JournalOptions,
  ): Promise<{ journal: ShardJournal<T>; replay: JournalEntry<T>[] }> {
    const found = await generationsIn(dir, prefix);
    const replay: JournalEntry<T>[] = [];
    for (const generation of found) {
      const file = path.join(dir, fileName(prefix, generation));
      const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return ''; // dropped by a fold since: its changes are in shards
        throw error;
      });
      // Not push(...lines): a journal of 16 MB can hold more lines than a call takes arguments.
      for (const entry of parseLines<T>(text, file, options.onRecovery)) replay.push(entry);
    }
    const journal = new ShardJournal<T>(dir, prefix, writeShard, options, found);
    return { journal, replay };
  }

  /** Marks shards that hold replayed changes, so the next fold writes them. */
  markReplayed(shards: Iterable<number>): void {
    for (const shard of shards) this.dirty.add(shard);
    if (this.dirty.size > 0 && !this.options.readOnly) this.scheduleIdleFold();
  }

  /** Resolves once the change is durable. The caller has already applied it in memory. */
  append(entry: JournalEntry<T>, shards: Iterable<number>): Promise<void> {
    if (this.options.readOnly) {
      return Promise.reject(new Error(`${this.prefix} is open read-only`));
    }
    if (this.closed || this.closing) {
      return Promise.reject(new Error(`${this.prefix} journal is closed`));
    }
    for (const shard of shards) this.dirty.add(shard);
    const line = `${JSON.stringify(entry)}\n`;
    this.bytesSinceFold += line.length;
    const done = this.lines.add(line);
    if (this.bytesSinceFold >= (this.options.foldAfterBytes ?? DEFAULT_FOLD_BYTES)) {
      void this.fold().catch(() => undefined); // retried by the next fold
    } else this.scheduleIdleFold();
    return done;
  }

  private async write(text: string): Promise<void> {
    if (this.closed) throw new Error(`${this.prefix} journal is closed`);
    if (!this.handle) {
      const file = path.join(this.dir, fileName(this.prefix, this.generations.at(-1)!));
      const handle = await fs.open(file, 'a');
      try {
        await fsyncDir(this.dir); // the new file's name must survive a crash too
      } catch (error) {
        await handle.close().catch(() => undefined);
        throw error;
      }
      if (this.closed) {
        await handle.close().catch(() => undefined);
        throw new Error(`${this.prefix} journal is closed`);
      }
      this.handle = handle;
    }
    try {
      await this.handle.appendFile(text); // all of it, however many writes that takes
      await this.handle.datasync();
    } catch (error) {
      // The file may now end in part of this batch: the next batch goes to a new file, so that
      // line is the last of its file, dropped on replay, and never glued to an acknowledged one.
      const handle = this.handle;
      this.handle = null;
      this.generations.push(this.generations.at(-1)! + 1);
      await handle?.close().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Folds once no change came for the idle time. One timer, which looks again when it fires,
   * rather than a timer cleared and set for each of a refresh's thousands of changes.
   */
  private scheduleIdleFold(): void {
    this.lastChange = performance.now();
    if (this.idleTimer) return;
    const idleMs = this.options.foldAfterIdleMs ?? DEFAULT_FOLD_IDLE_MS;
    const wait = (ms: number): void => {
      this.idleTimer = setTimeout(() => {
        const quietFor = performance.now() - this.lastChange;
        if (quietFor < idleMs) return wait(idleMs - quietFor);
        this.idleTimer = null;
        void this.fold().catch(() => undefined);
      }, ms);
      this.idleTimer.unref();
    };
    wait(idleMs);
  }

  /** Writes every shard changed so far, then drops the journal files those changes were in. */
  fold(): Promise<void> {
    if (this.options.readOnly || this.closed) return Promise.resolve();
    if (!this.folding) {
      this.folding = this.foldOnce().finally(() => (this.folding = null));
    }
    return this.folding;
  }

  private async foldOnce(): Promise<void> {
    // Everything appended so far is in the files being dropped; later lines go to a new file.
    await this.lines.hold(); // no write in flight on the old file while it is switched
    const covered = this.generations;
    const shards = [...this.dirty];
    const old = this.handle;
    const anything = shards.length > 0 || covered.length > 1 || old !== null;
    if (anything) {
      this.handle = null;
      this.generations = [covered.at(-1)! + 1];
      this.dirty = new Set();
      this.bytesSinceFold = 0;
    }
    this.lines.release();
    if (!anything) return;
    await old?.close();
    try {
      for (const [n, shard] of shards.entries()) {
        // One shard per task: serialising all of them at once would stall the Library's thread.
        if (n > 0) await new Promise((resolve) => setImmediate(resolve));
        // Detached (the library closed, its lock released): leave the journal for the next open.
        if (this.closed) return;
        await this.writeShard(shard);
      }
    } catch (error) {
      for (const shard of shards) this.dirty.add(shard);
      this.generations = [...covered, ...this.generations];
      throw error;
    }
    // Oldest first, and stopping at the first that cannot go: an old file left behind while newer
    // ones are gone would replay old values over the shards.
    for (const [n, generation] of covered.entries()) {
      if (this.closed) {
        this.generations = [...covered.slice(n), ...this.generations];
        return; // detached: the lock may be another process's now
      }
      try {
        await fs.rm(path.join(this.dir, fileName(this.prefix, generation)), { force: true });
      } catch (error) {
        this.generations = [...covered.slice(n), ...this.generations];
        throw error;
      }
    }
    await fsyncDir(this.dir);
  }

  /**
   * Stops at once without folding (the next open replays the journal): no timer may fold after the
   * home's lock is released, while another process could be writing.
   */
  detach(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.closed = true;
    const handle = this.handle;
    this.handle = null;
    void handle?.close().catch(() => undefined);
  }

  /** Stops taking changes, waits for the lines under way, folds what is left. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.closing = true; // new changes are refused from here on
    await this.lines.hold(); // the last lines written
    this.lines.release();
    // A fold already running covers only what came before it; fold until nothing is left.
    while (!this.options.readOnly && (this.dirty.size > 0 || this.generations.length > 1)) {
      await this.fold();
    }
    this.closed = true;
    await this.handle?.close();
    this.handle = null;
  }
}
