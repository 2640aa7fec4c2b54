// Fuzzy matching for the command palette: the query's characters in order, anywhere in the label,
// scored so that word starts and runs of consecutive characters rank first ("mr" finds
// "Mark read" before "Comment here"). Small enough that a dependency would outweigh it.

export interface FuzzyMatch {
  score: number;
  /** Indexes of the matched characters in the text, to mark them. */
  positions: number[];
}

function isWordStart(text: string, i: number): boolean {
  return i === 0 || /[\s\-_/:·(]/.test(text[i - 1]);
}

export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return { score: 0, positions: [] };
  const t = text.toLowerCase();
  // A plain substring beats any scattered match.
  const at = t.indexOf(q);
  if (at >= 0) {
    return {
      score: 1000 - at + (isWordStart(t, at) ? 200 : 0) - t.length,
      positions: Array.from({ length: q.length }, (_, i) => at + i),
    };
  }
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  for (const ch of q) {
    if (ch === ' ') continue;
    // Prefer the next word start holding this character, else its next occurrence.
    let i = -1;
    for (let j = from; j < t.length; j++) {
      if (t[j] === ch && isWordStart(t, j)) {
        i = j;
        break;
      }
    }
    const plain = t.indexOf(ch, from);
    if (plain < 0) return null;
    if (i < 0 || (positions.length && plain === positions[positions.length - 1] + 1)) i = plain;
    score += isWordStart(t, i) ? 30 : 0;
    score += positions.length && i === positions[positions.length - 1] + 1 ? 20 : 0;
    score -= i - from;
    positions.push(i);
    from = i + 1;
  }
  return { score: score - t.length / 10, positions };
}

/** Items that match, best first; ties keep their given order. */
export function fuzzyFilter<T>(
  query: string,
  items: T[],
  textOf: (item: T) => string,
): { item: T; match: FuzzyMatch }[] {
  const matched = items
    .map((item, order) => ({ item, order, match: fuzzyMatch(query, textOf(item)) }))
    .filter((m): m is { item: T; order: number; match: FuzzyMatch } => m.match !== null);
  if (query.trim()) matched.sort((a, b) => b.match.score - a.match.score || a.order - b.order);
  return matched.map(({ item, match }) => ({ item, match }));
}

/**
 * The text cut into marked and unmarked runs at a match's positions. Positions count UTF-16 code
 * units (as fuzzyMatch gives them), so a character outside the basic plane (an emoji in a tag or a
 * feed's name) stays whole and the marks after it stay on the characters that matched.
 */
export function markedRuns(text: string, positions: number[]): { text: string; marked: boolean }[] {
  const at = new Set(positions);
  const runs: { text: string; marked: boolean }[] = [];
  let offset = 0;
  for (const ch of text) {
    const marked = at.has(offset);
    const last = runs.at(-1);
    if (last && last.marked === marked) last.text += ch;
    else runs.push({ text: ch, marked });
    offset += ch.length;
  }
  return runs;
}
