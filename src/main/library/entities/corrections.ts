// The person's corrections to the machine: they persist and apply to every article, future ones too.
import type { EntityType } from '../../../shared/model';

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
  const seen = new Set<string>();
  let current = key;
  while (corrections.merges[current] && !seen.has(current)) {
    seen.add(current);
    current = corrections.merges[current];
  }
  return current;
}
