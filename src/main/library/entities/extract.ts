// Named entities of a text: people, places and organisations, merged so that every form of a name
// ("US President Barack Obama", "President Obama", "Obama") is one entity. Pure and synchronous,
// so it can run in a worker thread.
import type { EntityType } from '../../../shared/model';
import { NAME_CONNECTORS, ORG_WORDS, PERSON_TITLES, PLACE_CUES } from './data/known';
import { lexicon, type Lexicon } from './lexicon';
import { findSpans, tokenize, type Span, type Token } from './spans';

export interface EntityMention {
  start: number;
  end: number;
  surface: string;
}

export interface ExtractedEntity {
  name: string;
  type: EntityType;
  count: number;
  aliases: string[];
  mentions: EntityMention[];
  salience: number;
}

export interface ExtractOptions {
  corrections?: {
    /** A surface form (lower-cased) that must be read as this entity. */
    aliasTo?: Record<string, { name: string; type: EntityType }>;
    /** Entity keys never to report. */
    hidden?: string[];
  };
}

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

interface Candidate {
  surface: string;
  canonical: string | null;
  type: EntityType | null;
  start: number;
  end: number;
  /** A title or role stood before it ("President …"). */
  titled: boolean;
  /** The name as written, with its titles ("US President Barack Obama"). */
  written: string;
}

const SAID = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'spoke']);

function joinTokens(text: string, tokens: Token[]): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}

/**
 * Drop leading titles, demonyms and sentence-initial common words. Reports whether a title stood
 * there, and where the name "as written" starts (titles and demonyms kept, "The"/"Although" not).
 */
function trimSpan(span: Span, lex: Lexicon): { tokens: Token[]; titled: boolean; written: number } {
  let tokens = span.tokens;
  let titled = false;
  let written = 0;
  while (tokens.length > 1) {
    const [first] = tokens;
    const isTitle = PERSON_TITLES.has(first.text);
    const isDemonym = lex.isDemonym(first.text) || first.text === 'US' || first.text === 'U.S.';
    const isFiller =
      /^(The|A|An)$/.test(first.text) ||
      (first.sentenceStart && lex.isCommonWord(first.text) && !lex.isFirstName(first.text));
    if (!isTitle && !isDemonym && !isFiller) break;
    if (isTitle) titled = true;
    if (isFiller && !isTitle && !isDemonym) written = span.tokens.length - tokens.length + 1;
    tokens = tokens.slice(1);
  }
  // Connectors never end a name.
  while (tokens.length > 1 && NAME_CONNECTORS.has(tokens[tokens.length - 1].text.toLowerCase())) {
    tokens = tokens.slice(0, -1);
  }
  return { tokens, titled, written };
}

type AliasCorrections = NonNullable<ExtractOptions['corrections']>['aliasTo'];

function classify(
  text: string,
  span: Span,
  lex: Lexicon,
  aliasTo: AliasCorrections,
): Candidate | null {
  const { tokens, titled, written: writtenFrom } = trimSpan(span, lex);
  const surface = joinTokens(text, tokens);
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const words = tokens.map((t) => t.text);
  const written = text.slice(span.tokens[writtenFrom].start, end);
  const base = { surface, start, end, titled, written };
  const corrected = aliasTo?.[surface.toLowerCase()];
  if (corrected) return { ...base, canonical: corrected.name, type: corrected.type };
  if (
    words.length === 1 &&
    tokens[0].sentenceStart &&
    lex.isCommonWord(words[0]) &&
    !lex.place(surface) &&
    !lex.org(surface)
  )
    return null;
  if (words.length === 1 && lex.isDemonym(words[0]) && !lex.place(surface)) return null;
  const org = lex.org(surface);
  if (org) return { ...base, canonical: org, type: 'organization' };
  const place = lex.place(surface);
  if (place && !titled) return { ...base, canonical: place, type: 'place' };
  if (titled) return { ...base, canonical: null, type: 'person' };
  if (words.length > 1 && ORG_WORDS.has(words[words.length - 1]))
    return { ...base, canonical: null, type: 'organization' };
  if (words.length > 1 && words.some((w) => ORG_WORDS.has(w) && w !== 'United' && w !== 'City'))
    return { ...base, canonical: null, type: 'organization' };
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    (lex.isFirstName(words[0]) || lex.isLastName(words[words.length - 1]))
  )
    return { ...base, canonical: null, type: 'person' };
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]))
    return { ...base, canonical: null, type: null };
  if (SAID.has(span.after) || SAID.has(span.before))
    return { ...base, canonical: null, type: 'person' };
  if (PLACE_CUES.has(span.before) && words.length <= 3)
    return { ...base, canonical: null, type: 'place' };
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    !(tokens[0].sentenceStart && lex.isCommonWord(words[0]))
  ) {
    return { ...base, canonical: null, type: 'person' };
  }
  // A lone capitalised word: decided later, if it matches a name found elsewhere in the text.
  return { ...base, canonical: null, type: null };
}

/** "Obama and Putin" is two names; "Bosnia and Herzegovina" is one the lexicon knows. */
function splitAtAnd(text: string, span: Span, lex: Lexicon): Span[] {
  const at = span.tokens.findIndex((t) => t.text === 'and' || t.text === '&');
  if (at <= 0) return [span];
  const whole = joinTokens(text, span.tokens);
  if (lex.place(whole) || lex.org(whole) || ORG_WORDS.has(span.tokens[span.tokens.length - 1].text))
    return [span];
  const left = { tokens: span.tokens.slice(0, at), before: span.before, after: 'and' };
  const right = { tokens: span.tokens.slice(at + 1), before: 'and', after: span.after };
  return [left, ...splitAtAnd(text, right, lex)];
}

interface Group {
  name: string;
  type: EntityType;
  mentions: EntityMention[];
  written: Set<string>;
}

function addMention(
  groups: Map<string, Group>,
  key: string,
  name: string,
  type: EntityType,
  c: Candidate,
): void {
  const group = groups.get(key) ?? { name, type, mentions: [], written: new Set<string>() };
  if (name.length > group.name.length && type === 'person') group.name = name;
  group.mentions.push({ start: c.start, end: c.end, surface: c.surface });
  if (c.written !== c.surface) group.written.add(c.written);
  groups.set(key, group);
}

export function extractEntities(text: string, options: ExtractOptions = {}): ExtractedEntity[] {
  const lex = lexicon();
  const tokens = tokenize(text);
  const candidates = findSpans(text, tokens, NAME_CONNECTORS)
    .flatMap((span) => splitAtAnd(text, span, lex))
    .map((span) => classify(text, span, lex, options.corrections?.aliasTo))
    .filter((c): c is Candidate => c !== null);

  const groups = new Map<string, Group>();
  // People first, so that a surname alone can join the full name.
  const surnames = new Map<string, string>();
  for (const c of candidates) {
    if (c.type !== 'person' || c.canonical) continue;
    const parts = c.surface.split(/\s+/);
    if (parts.length > 1) surnames.set(parts[parts.length - 1].toLowerCase(), c.surface);
  }
  const hasIslamicState = candidates.some((c) => c.canonical === 'Islamic State');
  for (const c of candidates) {
    const lone = c.surface.split(/\s+/);
    if (c.type === 'person' || (c.type === null && lone.length === 1)) {
      const full =
        c.canonical ??
        surnames.get(lone[lone.length - 1].toLowerCase()) ??
        (c.type === 'person' ? c.surface : null);
      if (full) {
        const key = normalizeEntityKey(
          surnames.get(full.split(/\s+/).pop()!.toLowerCase()) ?? full,
          'person',
        );
        addMention(groups, key, full, 'person', c);
        continue;
      }
    }
    if (c.type === null && c.surface === 'IS' && hasIslamicState) {
      addMention(
        groups,
        normalizeEntityKey('Islamic State', 'organization'),
        'Islamic State',
        'organization',
        c,
      );
      continue;
    }
    if (c.type === null) {
      if (/^[A-Z]{3,6}$/.test(c.surface))
        addMention(
          groups,
          normalizeEntityKey(c.surface, 'organization'),
          c.surface,
          'organization',
          c,
        );
      continue;
    }
    const name = c.canonical ?? c.surface;
    addMention(groups, normalizeEntityKey(name, c.type), name, c.type, c);
  }

  const hidden = new Set(options.corrections?.hidden ?? []);
  const length = Math.max(1, text.length);
  const out: ExtractedEntity[] = [];
  for (const [key, g] of groups) {
    if (hidden.has(key)) continue;
    const aliases = [...new Set([...g.mentions.map((m) => m.surface), ...g.written])];
    // Earlier mentions weigh more: a story names what it is about near its start.
    const salience = g.mentions.reduce((sum, m) => sum + 1 + (1 - m.start / length), 0);
    out.push({
      name: g.name,
      type: g.type,
      count: g.mentions.length,
      aliases,
      mentions: g.mentions,
      salience,
    });
  }
  return out.sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));
}
