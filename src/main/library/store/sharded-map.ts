// A large keyed collection in durable JSON shards. A change is made durable by one line in the
// collection's journal; the shards it touched are rewritten later, in the background.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Low } from 'lowdb';
import { openCollection } from './collection';
import { ShardJournal, type JournalOptions } from './shard-journal';

interface Shard<T> {
  version: number;
  items: Record<string, T>;
}

export function shardIndex(key: string, shards: number): number {
  return createHash('md5').update(key).digest().readUInt16BE(0) % shards;
}

/** `prefix-07.json` of 32 shards, `prefix-007.json` of 256: a new count never reuses old names. */
export function shardFile(dir: string, prefix: string, i: number, count: number): string {
  const width = Math.max(2, String(count - 1).length);
  return path.join(dir, `${prefix}-${String(i).padStart(width, '0')}.json`);
}

export type ShardedOptions = JournalOptions;

/**
 * Opens `count` shards of `prefix` in `dir` and their journal, with the journal's changes applied:
 * `apply(shard, key, value)` sets (or, for undefined, removes) one key of a shard's data.
 */
export async function openJournaledShards<S extends { version: number }, T>(
  dir: string,
  prefix: string,
  count: number,
  empty: () => S,
  apply: (shard: S, key: string, value: T | undefined) => void,
  options: ShardedOptions,
): Promise<{ shards: Low<S>[]; journal: ShardJournal<T> }> {
  // The journal is read before the shards: a fold finishing in between (a library closed a moment
  // ago in this process) then only means replaying changes the shards already have.
  let shards: Low<S>[] = [];
  const { journal, replay } = await ShardJournal.open<T>(
    dir,
    prefix,
    (i) => shards[i].write(),
    options,
  );
  shards = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      openCollection<S>(shardFile(dir, prefix, i, count), empty, options),
    ),
  );
  const touched = new Set<number>();
  for (const entry of replay) {
    for (const [key, value] of entry.set ?? []) {
      const i = shardIndex(key, count);
      apply(shards[i].data, key, value);
      touched.add(i);
    }
    for (const key of entry.remove ?? []) {
      const i = shardIndex(key, count);
      apply(shards[i].data, key, undefined);
      touched.add(i);
    }
  }
  journal.markReplayed(touched);
  return { shards, journal };
}

export class ShardedMap<T> {
  private constructor(
    private readonly shards: Low<Shard<T>>[],
    private readonly count: number,
    private readonly journal: ShardJournal<T>,
  ) {}

  static async open<T>(
    dir: string,
    prefix: string,
    options: ShardedOptions & { shards: number },
  ): Promise<ShardedMap<T>> {
    const { shards, journal } = await openJournaledShards<Shard<T>, T>(
      dir,
      prefix,
      options.shards,
      () => ({ version: 1, items: {} }),
      (shard, key, value) => {
        if (value === undefined) delete shard.items[key];
        else shard.items[key] = value;
      },
      options,
    );
    return new ShardedMap(shards, options.shards, journal);
  }

  get(key: string): T | undefined {
    return this.shards[shardIndex(key, this.count)].data.items[key];
  }

  *entries(): IterableIterator<[string, T]> {
    for (const shard of this.shards) yield* Object.entries(shard.data.items);
  }

  /** Set and delete several keys; resolves once the change is durable (one journal line). */
  async change(set: [string, T][], remove: string[] = []): Promise<void> {
    const touched = new Set<number>();
    for (const [key, value] of set) {
      const i = shardIndex(key, this.count);
      this.shards[i].data.items[key] = value;
      touched.add(i);
    }
    const removed: string[] = [];
    for (const key of remove) {
      const i = shardIndex(key, this.count);
      if (key in this.shards[i].data.items) {
        delete this.shards[i].data.items[key];
        touched.add(i);
        removed.push(key);
      }
    }
    if (touched.size === 0) return;
    await this.journal.append(removed.length ? { set, remove: removed } : { set }, touched);
  }

  /** Writes the journal's changes into the shards and stops taking changes. */
  close(): Promise<void> {
    return this.journal.close();
  }

  /** Stops without folding; the next open replays the journal. */
  detach(): void {
    this.journal.detach();
  }
}
