// Type-ahead over the library's entities (for "merge into…"): names and aliases that start with,
// then contain, what was typed; better-known entities first.
import type { Entity, EntityType } from '../../../shared/model';

export interface EntitySource {
  top(type: EntityType | undefined, limit: number): Entity[];
}

export function suggestEntities(
  source: EntitySource,
  query: string,
  options: { type?: EntityType; exclude?: string; limit: number },
): Entity[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return [];
  // Better matches first: the name itself, then another form, then any word of one, then anywhere in one.
  const rank = (e: Entity): number => {
    const forms = [e.name, ...e.aliases].map((f) => f.toLowerCase());
    if (forms[0].startsWith(wanted)) return 0;
    if (forms.some((f) => f.startsWith(wanted))) return 1;
    if (forms.some((f) => f.split(/\s+/).some((w) => w.startsWith(wanted)))) return 2;
    if (forms.some((f) => f.includes(wanted))) return 3;
    return -1;
  };
  return source
    .top(options.type, Number.MAX_SAFE_INTEGER)
    .filter((e) => e.id !== options.exclude)
    .map((e) => ({ e, r: rank(e) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || b.e.count - a.e.count || a.e.name.localeCompare(b.e.name))
    .slice(0, options.limit)
    .map((x) => x.e);
}
