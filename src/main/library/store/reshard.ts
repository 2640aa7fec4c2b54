// Moving a keyed collection from one set of JSON files into shards (a new shard count, or one file
// split up). Crash-safe without a journal: the new shards are durable before any old file is
// removed, and a re-run after a crash moves whatever old files remain (each is authoritative for
// its keys), so every entry is always in the old place, the new one, or both.
import { existsSync, promises as fs } from 'node:fs';
import { openCollection } from './collection';
import { backupPath } from './durable-file';
import type { RecoveryNotice } from './json-file';
import { shardFile, shardIndex } from './sharded-map';

type ShardData = { version: number } & Record<string, unknown>;

export interface ShardMove<T> {
  /** The old files; missing ones are skipped. */
  from: string[];
  /** The entries of one old file, as [key, value]. */
  entries: (data: ShardData) => Iterable<[string, T]>;
  /** Where the keys go: `prefix-NN.json` files in `dir`, entries under `field`. */
  to: { dir: string; prefix: string; shards: number; field: string };
}

/** Moves the entries; returns how many were moved (0 when there was nothing left to move). */
export async function reshard<T>(
  move: ShardMove<T>,
  options: { onRecovery: (notice: RecoveryNotice) => void },
): Promise<number> {
  const opts = { readOnly: false, onRecovery: options.onRecovery };
  const sources = move.from.filter((f) => existsSync(f) || existsSync(backupPath(f)));
  if (sources.length === 0) return 0;
  const { dir, prefix, shards, field } = move.to;
  const targets = await Promise.all(
    Array.from({ length: shards }, (_, i) =>
      openCollection<ShardData>(
        shardFile(dir, prefix, i, shards),
        () => ({ version: 1, [field]: {} }),
        opts,
      ),
    ),
  );
  let moved = 0;
  for (const file of sources) {
    const source = await openCollection<ShardData>(file, () => ({ version: 1 }), opts);
    for (const [key, value] of move.entries(source.data)) {
      (targets[shardIndex(key, shards)].data[field] as Record<string, T>)[key] = value;
      moved++;
    }
  }
  await Promise.all(targets.map((t) => t.write()));
  // The backup first: a main file missing beside its backup would be "restored" on the next open.
  for (const file of sources) {
    await fs.rm(backupPath(file), { force: true });
    await fs.rm(file, { force: true });
  }
  return moved;
}
