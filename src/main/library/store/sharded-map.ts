// A large keyed collection in durable JSON shards: a change rewrites only the shards it touches.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Low } from 'lowdb';
import { openCollection } from './collection';
import type { RecoveryNotice } from './json-file';

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

export class ShardedMap<T> {
  private constructor(
    private readonly shards: Low<Shard<T>>[],
    private readonly count: number,
  ) {}

  static async open<T>(
    dir: string,
    prefix: string,
    options: { shards: number; readOnly: boolean; onRecovery: (notice: RecoveryNotice) => void },
  ): Promise<ShardedMap<T>> {
    const shards = await Promise.all(
      Array.from({ length: options.shards }, (_, i) =>
        openCollection<Shard<T>>(
          shardFile(dir, prefix, i, options.shards),
          () => ({ version: 1, items: {} }),
          options,
        ),
      ),
    );
    return new ShardedMap(shards, options.shards);
  }

  get(key: string): T | undefined {
    return this.shards[shardIndex(key, this.count)].data.items[key];
  }

  *entries(): IterableIterator<[string, T]> {
    for (const shard of this.shards) yield* Object.entries(shard.data.items);
  }

  /** Set and delete several keys with one durable write per touched shard. */
  async change(set: [string, T][], remove: string[] = []): Promise<void> {
    const touched = new Set<number>();
    for (const [key, value] of set) {
      const i = shardIndex(key, this.count);
      this.shards[i].data.items[key] = value;
      touched.add(i);
    }
    for (const key of remove) {
      const i = shardIndex(key, this.count);
      if (key in this.shards[i].data.items) {
        delete this.shards[i].data.items[key];
        touched.add(i);
      }
    }
    await Promise.all([...touched].map((i) => this.shards[i].write()));
  }
}
