// The line of context a search result shows: the text around the first matching word.
import { foldWord, highlightRanges } from '../../../shared/search-query';

export const SNIPPET_CHARS = 240;
/** How much of the snippet comes before the match. */
const LEAD = 60;

const ASCII_TERM = /^[a-z0-9]+$/;
const NON_ASCII_WORD_CHAR = /(?=\P{ASCII})[\p{L}\p{N}\p{M}]/u;

/**
 * Where the first word matching `terms` starts, or -1. Walking every word of a 3,000-word body and
 * folding each costs ~0.7 ms, 150 ms for a page of 200 results; when neither the terms nor the
 * text's words have anything beyond ASCII, folding is lowercasing and collapsing repeated letters,
 * so one case-insensitive regex (each letter of a term repeated one or more times, at a word
 * start) finds the same word.
 */
function firstMatch(flat: string, terms: readonly string[]): number {
  const wanted = [...new Set(terms.map(foldWord).filter(Boolean))];
  if (!wanted.length) return -1;
  if (wanted.every((t) => ASCII_TERM.test(t)) && !NON_ASCII_WORD_CHAR.test(flat)) {
    const runs = wanted.map((t) => [...t].map((c) => `${c}+`).join(''));
    const match = new RegExp(`(?<![a-z0-9])(?:${runs.join('|')})`, 'i').exec(flat);
    return match ? match.index : -1;
  }
  const [first] = highlightRanges(flat, terms, 1);
  return first ? first[0] : -1;
}

/** At most `max` characters of `text` around the first word matching `terms` (else its start). */
export function snippetOf(text: string, terms: readonly string[], max = SNIPPET_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const first = firstMatch(flat, terms);
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
