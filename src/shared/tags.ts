// How tags combine, the same in the Library and in the list that shows its result: spaces
// collapsed, blanks dropped, and case-insensitive (World and world are one tag; the first spelling
// stays).

export function normaliseTag(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** Tags in the order given, without blanks or case-insensitive duplicates. */
export function normaliseTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = normaliseTag(raw);
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

/** An article's tags after adding some and removing others. */
export function changeTags(tags: string[], add: string[], remove: string[]): string[] {
  const removing = new Set(remove.map((t) => normaliseTag(t).toLowerCase()));
  return normaliseTags([...tags, ...add]).filter((t) => !removing.has(t.toLowerCase()));
}
