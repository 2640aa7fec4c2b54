// The line of context a search result shows: the text around the first matching word.
import { foldWord, highlightRanges } from '../../../shared/search-query';

export const SNIPPET_CHARS = 240;
/** How much of the snippet comes before the match. */
const LEAD = 60;

const ASCII_TERM = /^[a-z0-9]+$/;
const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_WORD_CHAR = /(?=\P{ASCII})[\p{L}\p{N}\p{M}]/u;
const NON_SPACE = /\S/g;

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The regex finding the first word matching `terms`, or null when the terms or the text's words go
 * beyond ASCII. Walking every word of a 3,000-word body and folding each costs ~0.7 ms; with
 * ASCII only, folding is lowercasing and collapsing repeated letters, so one case-insensitive
 * regex (each letter of a term repeated one or more times, at a word start) finds the same word.
 * It never spans white space, so it finds the same word in the text as written.
 */
function matcher(text: string, wanted: string[]): RegExp | null {
  if (!wanted.every((t) => ASCII_TERM.test(t))) return null;
  if (NON_ASCII.test(text) && NON_ASCII_WORD_CHAR.test(text)) return null;
  const runs = wanted.map((t) => [...t].map((c) => `${c}+`).join(''));
  return new RegExp(`(?<![a-z0-9])(?:${runs.join('|')})`, 'i');
}

/** The snippet of the white-space-collapsed, trimmed text `flat`, whose match is at `first`. */
function around(flat: string, first: number, max: number): string {
  if (flat.length <= max) return flat;
  let start = first >= 0 ? Math.max(0, first - LEAD) : 0;
  if (start > 0) {
    // Begin at a word: the space before the match, or the match itself.
    const space = flat.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : first;
  }
  const lead = start > 0 ? '…' : '';
  let end = start + max - lead.length;
  if (end >= flat.length) return lead + flat.slice(start);
  end -= 1; // room for the closing ellipsis
  const space = flat.lastIndexOf(' ', end);
  if (space > start + max / 2) end = space;
  return `${lead}${flat.slice(start, end).trimEnd()}…`;
}

/**
 * The collapsed text from `from` (a word's start, or 0) on, at least `need` characters of it or
 * all of it (then trimmed at the end, as the whole text would be).
 */
function collapsedFrom(text: string, from: number, need: number): string {
  for (let span = 2 * need; ; span *= 4) {
    const to = Math.min(text.length, from + span);
    const part = collapse(text.slice(from, to));
    NON_SPACE.lastIndex = to;
    if (!NON_SPACE.test(text)) return part.trimEnd();
    if (part.length >= need) return part;
  }
}

/** The collapsed text before `to` (a word's start), at least `need` characters or from the start. */
function collapsedBefore(text: string, to: number, need: number): string {
  for (let span = 4 * need; ; span *= 4) {
    const from = Math.max(0, to - span);
    const part = collapse(text.slice(from, to));
    if (from === 0) return part.trimStart();
    if (part.length >= need) return part;
  }
}

/**
 * At most `max` characters of `text` around the first word matching `terms` (else its start),
 * white space collapsed. Collapsing a whole 3,000-word body took most of a snippet's time; only
 * the stretch the snippet can reach is collapsed: longer than a snippet (or all the text), with
 * two characters to spare before the lead and after the end, it is cut as the whole text would be.
 */
export function snippetOf(text: string, terms: readonly string[], max = SNIPPET_CHARS): string {
  const wanted = [...new Set(terms.map(foldWord).filter(Boolean))];
  const regex = wanted.length ? matcher(text, wanted) : null;
  if (wanted.length && !regex) {
    const flat = collapse(text).trim();
    const [first] = highlightRanges(flat, terms, 1);
    return around(flat, first ? first[0] : -1, max);
  }
  const match = regex?.exec(text);
  if (!match) return around(collapsedFrom(text, 0, max + 2).trimStart(), -1, max);
  const after = collapsedFrom(text, match.index, max + 2);
  // Enough before the match that the stretch is longer than a snippet, unless it is all the text.
  const before = collapsedBefore(text, match.index, Math.max(LEAD + 2, max + 2 - after.length));
  return around(before + after, before.length, max);
}
