// The stable identity of an entity, on its own so the Library can key entities without loading
// extract.ts (compromise and the lexicon: ~300 ms of every process's start).
import type { EntityType } from '../../../shared/model';

/** The stable identity of an entity across the library. */
export function normalizeEntityKey(name: string, type: EntityType): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${type}:${folded}`;
}
