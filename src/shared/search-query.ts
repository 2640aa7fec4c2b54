// The search box's little language, shared by the Library (which filters and ranks) and the renderer
// (which highlights): `tag:x`, `tag:"two words"`, `feed:ID`, `entity:Name`, `entity:"Barack Obama"`,
// `is:unread`, `is:read`, `is:starred`, `has:comments`; everything else is free text.
// Runs anywhere: no node:*, no DOM.

export interface SearchFilters {
  tags: string[];
  feeds: string[];
  entities: string[];
  unread?: boolean;
  read?: boolean;
  starred?: boolean;
  hasComments?: boolean;
}

export interface ParsedSearchQuery {
  /** The free text, filters removed (quotes around free phrases dropped). */
  text: string;
  /** Lower-cased words of the free text, in order, without repeats: what to highlight. */
  terms: string[];
  filters: SearchFilters;
}

// key:"quoted value" | key:value | "quoted phrase" | word
const TOKEN = /([A-Za-z]+):"([^"]*)"?|([A-Za-z]+):(\S+)|"([^"]*)"?|(\S+)/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function parseSearchQuery(q: string): ParsedSearchQuery {
  const filters: SearchFilters = { tags: [], feeds: [], entities: [] };
  const free: string[] = [];
  for (const m of q.matchAll(TOKEN)) {
    const key = (m[1] ?? m[3])?.toLowerCase();
    const value = (m[2] ?? m[4] ?? '').trim();
    if (key && value && applyFilter(filters, key, value)) continue;
    // Not a filter we know (a URL, "10:30", an empty value): keep it as text.
    free.push(key ? m[0].replace(/"/g, ' ') : (m[5] ?? m[6] ?? ''));
  }
  const text = free
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
  return { text, terms: wordsOf(text), filters };
}

function applyFilter(filters: SearchFilters, key: string, value: string): boolean {
  const flag = value.toLowerCase();
  switch (key) {
    case 'tag':
      filters.tags.push(value);
      return true;
    case 'feed':
      filters.feeds.push(value);
      return true;
    case 'entity':
      filters.entities.push(value);
      return true;
    case 'is':
      if (flag === 'unread') filters.unread = true;
      else if (flag === 'read') filters.read = true;
      else if (flag === 'starred') filters.starred = true;
      else return false;
      return true;
    case 'has':
      if (flag !== 'comments' && flag !== 'comment') return false;
      filters.hasComments = true;
      return true;
    default:
      return false;
  }
}

/** True when the query asks for anything: free text or at least one filter. */
export function hasSearchCriteria(parsed: ParsedSearchQuery): boolean {
  const f = parsed.filters;
  return (
    parsed.terms.length > 0 ||
    f.tags.length + f.feeds.length + f.entities.length > 0 ||
    !!(f.unread || f.read || f.starred || f.hasComments)
  );
}

function wordsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const [w] of text.toLowerCase().matchAll(WORD)) seen.add(w);
  return [...seen];
}

/**
 * A word as the index compares it: lower case, accents dropped, doubled letters collapsed (as
 * FlexSearch's default encoder does), so "Müller", "MULLER" and "Muler" meet.
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(.)\1+/gu, '$1');
}

/**
 * Where to highlight `terms` in `text`: [start, end) of every word that starts with a term,
 * ignoring case and accents; sorted, not overlapping. `limit` stops after that many ranges.
 */
export function highlightRanges(
  text: string,
  terms: readonly string[],
  limit = Infinity,
): [number, number][] {
  const wanted = [...new Set(terms.map(foldWord).filter(Boolean))];
  if (!wanted.length || !text) return [];
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    if (wanted.some((t) => folded.startsWith(t))) {
      ranges.push([m.index, m.index + m[0].length]);
      if (ranges.length >= limit) break;
    }
  }
  return ranges;
}
