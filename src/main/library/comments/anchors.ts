// Placing a quoted passage in an article's text: the exact quote, disambiguated by its prefix and
// suffix and by the position hint, so an anchor survives small edits and re-extraction.
import type { TextAnchor } from '../../../shared/model';

const CONTEXT = 32;

/** Whitespace differs between renderings of the same article; compare with it collapsed. */
function collapse(text: string): { flat: string; map: number[] } {
  let flat = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      if (space) continue;
      space = true;
      flat += ' ';
    } else {
      space = false;
      flat += c;
    }
    map.push(i);
  }
  map.push(text.length);
  return { flat, map };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Where the anchor's passage is now, in `text` offsets, or null when it is detached. */
export function locateAnchor(
  text: string,
  anchor: Pick<TextAnchor, 'exact' | 'prefix' | 'suffix' | 'start'>,
): { start: number; end: number } | null {
  const { flat, map } = collapse(text);
  const exact = collapse(anchor.exact).flat.trim();
  if (!exact) return null;
  const prefix = collapse(anchor.prefix).flat;
  const suffix = collapse(anchor.suffix).flat;
  let best: { at: number; score: number } | null = null;
  for (let at = flat.indexOf(exact); at !== -1; at = flat.indexOf(exact, at + 1)) {
    const before = flat.slice(Math.max(0, at - prefix.length), at);
    const after = flat.slice(at + exact.length, at + exact.length + suffix.length);
    const context = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    // Context decides; the position hint only breaks ties.
    const score = context * 1e7 - Math.abs(map[at] - anchor.start);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  return { start: map[best.at], end: map[best.at + exact.length - 1] + 1 };
}

/** Build an anchor for an exact passage of `text` (the CLI's --quote). */
export function anchorForQuote(text: string, quote: string): TextAnchor | null {
  const found = locateAnchor(text, { exact: quote, prefix: '', suffix: '', start: 0 });
  if (!found) return null;
  return {
    exact: text.slice(found.start, found.end),
    prefix: text.slice(Math.max(0, found.start - CONTEXT), found.start),
    suffix: text.slice(found.end, found.end + CONTEXT),
    start: found.start,
    end: found.end,
  };
}
