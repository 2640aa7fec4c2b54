// Anchors between the reader's DOM and stored comments: a selection becomes a TextQuoteSelector
// plus a TextPositionSelector (W3C Web Annotation), found again with @apache-annotator/dom.
// Loaded on first use through anchoring.ts.
import {
  createTextQuoteSelectorMatcher,
  describeTextPosition,
  describeTextQuote,
} from '@apache-annotator/dom';
import type { TextAnchor } from '../../../../shared/model';

export async function anchorFromSelection(
  range: Range,
  scope: HTMLElement,
): Promise<TextAnchor | null> {
  const exact = range.toString();
  if (!exact.trim() || !scope.contains(range.commonAncestorContainer)) return null;
  const quote = await describeTextQuote(range, scope, { minimumQuoteLength: 0 });
  const position = await describeTextPosition(range, scope);
  return {
    exact: quote.exact,
    prefix: (quote.prefix ?? '').slice(-400),
    suffix: (quote.suffix ?? '').slice(0, 400),
    start: position.start,
    end: position.end,
  };
}

/** Where the anchor is in the rendered article now; null when the passage is gone (detached). */
export async function locate(anchor: TextAnchor, scope: HTMLElement): Promise<Range | null> {
  const matches: Range[] = [];
  const match = createTextQuoteSelectorMatcher({
    type: 'TextQuoteSelector',
    exact: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
  });
  for await (const range of match(scope)) {
    matches.push(range);
    if (matches.length > 20) break;
  }
  if (matches.length === 0) {
    // The context changed (re-extraction): the passage alone still anchors it.
    const loose = createTextQuoteSelectorMatcher({
      type: 'TextQuoteSelector',
      exact: anchor.exact,
    });
    for await (const range of loose(scope)) {
      matches.push(range);
      if (matches.length > 20) break;
    }
  }
  if (matches.length <= 1) return matches[0] ?? null;
  // Several places: the one nearest to where it was.
  const offsetOf = async (r: Range) => (await describeTextPosition(r, scope)).start;
  let best = matches[0];
  let distance = Infinity;
  for (const r of matches) {
    const d = Math.abs((await offsetOf(r)) - anchor.start);
    if (d < distance) [best, distance] = [r, d];
  }
  return best;
}
