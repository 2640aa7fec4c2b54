// The person's corrections to the machine: they persist and apply to every article, future ones too.
import type { EntityType } from '../../../shared/model';
import { z } from 'zod';

export interface EntityCorrections {
  version: number;
  /** key → key it was merged into */
  merges: Record<string, string>;
  renames: Record<string, string>;
  types: Record<string, EntityType>;
  hidden: string[];
  /** a surface form (lower-cased) split off into an entity of its own */
  splits: Record<string, { name: string; type: EntityType }>;
}

export function emptyCorrections(): EntityCorrections {
  return { version: 1, merges: {}, renames: {}, types: {}, hidden: [], splits: {} };
}

/** Follow merges to the entity a key stands for now (cycles are broken, never followed forever). */
export function resolveKey(corrections: EntityCorrections, key: string): string {
  if (!corrections.merges[key]) return key; // the usual case, called per ref in an index build
  const seen = new Set<string>();
  let current = key;
  while (corrections.merges[current] && !seen.has(current)) {
    seen.add(current);
    current = corrections.merges[current];
  }
  return current;
}

const Type = z.enum(['person', 'place', 'organization']);
// Bounded as the contract bounds the same corrections made in the app (api.ts).
const Key = z.string().min(1).max(300);
const Name = z.string().trim().min(1).max(200);
/** Corrections as a backup carries them: checked, since a backup file is outside input. */
export const EntityCorrectionsSchema = z.object({
  version: z.number(),
  merges: z.record(Key, Key),
  renames: z.record(Key, Name),
  types: z.record(Key, Type),
  hidden: z.array(Key),
  splits: z.record(Key, z.object({ name: Name, type: Type })),
});

/**
 * Add a backup's corrections to this library's. Where both decided something about the same
 * entity, this library's own decision stands. Returns how many corrections were added.
 */
export function mergeCorrections(into: EntityCorrections, from: EntityCorrections): number {
  let added = 0;
  for (const field of ['merges', 'renames', 'types', 'splits'] as const) {
    const target = into[field] as Record<string, unknown>;
    for (const [key, value] of Object.entries(from[field])) {
      if (key in target) continue;
      // A merge that would close a cycle here is left out rather than followed.
      if (field === 'merges' && resolveKey(into, value as string) === key) continue;
      target[key] = value;
      added++;
    }
  }
  for (const key of from.hidden) {
    if (into.hidden.includes(key)) continue;
    into.hidden.push(key);
    added++;
  }
  return added;
}
