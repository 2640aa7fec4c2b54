// The line of context a search result shows: the text around the first matching word.
import { highlightRanges } from '../../../shared/search-query';

export const SNIPPET_CHARS = 240;
/** How much of the snippet comes before the match. */
const LEAD = 60;

/** At most `max` characters of `text` around the first word matching `terms` (else its start). */
export function snippetOf(text: string, terms: readonly string[], max = SNIPPET_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const [first] = highlightRanges(flat, terms, 1);
  let start = first ? Math.max(0, first[0] - LEAD) : 0;
  if (start > 0) {
    // Begin at a word: the space before the match, or the match itself.
    const space = flat.indexOf(' ', start);
    start = space !== -1 && space < first![0] ? space + 1 : first![0];
  }
  const lead = start > 0 ? '…' : '';
  let end = start + max - lead.length;
  if (end >= flat.length) return lead + flat.slice(start);
  end -= 1; // room for the closing ellipsis
  const space = flat.lastIndexOf(' ', end);
  if (space > start + max / 2) end = space;
  return `${lead}${flat.slice(start, end).trimEnd()}…`;
}
