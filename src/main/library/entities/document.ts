// Evidence from the whole text: a name keeps one type throughout a story, capitals-only lines
// (headlines, datelines) are read against the names found in the body, and in a sports story a
// town or county that competes is its team.
import type { EntityType } from '../../../shared/model';
import { SPORTS } from './data/head-words';
import { PLACE_CUES, US_STATES } from './data/known-places';
import { joinTokens, type Candidate } from './classify';
import type { Lexicon } from './lexicon';
import { PRODUCT_NOUNS } from './data/terms';
import { endsInModelWord, hasModelNumber, type Span, type Token } from './spans';

interface Known {
  type: EntityType;
  canonical: string | null;
}

const LONGEST_NAME = 4;
/** Regions bigger than a country: never a team. */
const CONTINENTS = new Set(
  US_STATES.slice(US_STATES.indexOf('Europe')).map((r) => r.toLowerCase()),
);
const SCORE_LINE = /^[^\d\n]+ \d+ ,? ?[^\d\n]+ \d+\s*$/gm;

function key(surface: string): string {
  return surface
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A sport named in the first line, or several result lines ("Chelsea 2 Arsenal 1"). */
export function isSportsStory(text: string): boolean {
  const headline = text.slice(0, text.indexOf('\n') >>> 0).toLowerCase();
  if ([...SPORTS].some((sport) => new RegExp(`\\b${sport}\\b`).test(headline))) return true;
  return (text.match(SCORE_LINE)?.length ?? 0) >= 3;
}

/** In a sports story a place that is not a country nor where something happens is a team. */
function asTeam(c: Candidate, lex: Lexicon): Candidate {
  const name = c.canonical ?? c.surface;
  if (c.type !== 'place' || PLACE_CUES.has(c.before) || lex.isCountry(name)) return c;
  if (lex.isCapital(name) && !c.row) return c;
  if (CONTINENTS.has(name.toLowerCase())) return c;
  return { ...c, type: 'organization', canonical: null };
}

/** The type most often given to each surface form in the body, and its surnames as people. */
function knownNames(candidates: Candidate[]): Map<string, Known> {
  const votes = new Map<string, Map<EntityType, number>>();
  const canonical = new Map<string, string | null>();
  const vote = (surface: string, type: EntityType, name: string | null): void => {
    const k = key(surface);
    const counts = votes.get(k) ?? new Map<EntityType, number>();
    counts.set(type, (counts.get(type) ?? 0) + 1);
    votes.set(k, counts);
    if (name) canonical.set(`${type}|${k}`, name);
  };
  for (const c of candidates) {
    if (!c.type || c.guessed) continue;
    vote(c.surface, c.type, c.canonical);
    const words = c.surface.split(/\s+/);
    if (c.type === 'person' && words.length > 1) vote(words[words.length - 1], 'person', c.surface);
  }
  const known = new Map<string, Known>();
  for (const [k, counts] of votes) {
    const [type] = [...counts].sort((a, b) => b[1] - a[1])[0];
    known.set(k, { type, canonical: canonical.get(`${type}|${k}`) ?? null });
  }
  return known;
}

/** A competitor in a results or standings row: a person or a country as found, else a team. */
function asCompetitor(c: Candidate, lex: Lexicon): Candidate {
  // A full name is a player; a lone word in a table is a team ("Clyde 3").
  if (!c.row || (c.type === 'person' && !c.guessed && /\s/.test(c.surface))) return c;
  if (c.type === 'place' && lex.isCountry(c.canonical ?? c.surface)) return c;
  return { ...c, type: 'organization', canonical: null, guessed: false };
}

/** In a list ("Mike Hulbert , Tiger Woods , Steve Jurgenson") names share their neighbour's type. */
function listedWith(text: string, a?: Candidate, b?: Candidate): EntityType | null {
  if (!a || !b || !/^\s*(?:,|and|, and)\s*$/.test(text.slice(a.end, b.start))) return null;
  const other = a.type === null ? b : a;
  return other.type && !other.guessed ? other.type : null;
}

/**
 * A lone unknown word made a place by prepositions alone is one only when most of its mentions have
 * one ("in Darfur" 4 of 4); "Firefox", named 26 times and twice "in Firefox", is no place.
 */
function confirmCuedPlaces(candidates: Candidate[]): Candidate[] {
  const mentions = new Map<string, number>();
  const cued = new Map<string, number>();
  for (const c of candidates) {
    const k = key(c.surface);
    mentions.set(k, (mentions.get(k) ?? 0) + 1);
    if (c.weak) cued.set(k, (cued.get(k) ?? 0) + 1);
  }
  return candidates.map((c) => {
    if (!c.weak) return c;
    const k = key(c.surface);
    const confirmed = cued.get(k)! * 2 > mentions.get(k)! && !/\p{Ll}\p{Lu}/u.test(c.surface);
    return confirmed ? { ...c, weak: false } : { ...c, type: null, weak: false };
  });
}

/** One type per name in a story; undecided and guessed names take the type found elsewhere. */
export function settleTypes(found: Candidate[], text: string, lex: Lexicon): Candidate[] {
  const sports = isSportsStory(text);
  const candidates = confirmCuedPlaces(found);
  const typed = sports ? candidates.map((c) => asCompetitor(asTeam(c, lex), lex)) : candidates;
  const known = knownNames(typed);
  return typed.map((c, i) => {
    const k = known.get(key(c.surface));
    if (!k && c.type === null) {
      const listed = listedWith(text, typed[i - 1], c) ?? listedWith(text, c, typed[i + 1]);
      if (listed) return { ...c, type: listed, canonical: null };
    }
    if (!k || (c.type && !c.guessed) || k.type === c.type) return c;
    return { ...c, type: k.type, canonical: k.canonical ?? c.canonical, guessed: false };
  });
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
}

/** "LONDON 1996-08-30": a place and a date, the place where the story was filed. */
function isDateline(tokens: Token[], at: number, text: string): boolean {
  return at === 0 && /^\s*\d{4}-\d\d-\d\d/.test(text.slice(tokens[tokens.length - 1].end));
}

/**
 * Names in capitals-only lines: the longest runs of words that name something found in the body
 * or in the gazetteer. Capitals there mark nothing, so nothing else is read.
 */
export function readShouting(
  text: string,
  spans: Span[],
  body: Candidate[],
  lex: Lexicon,
): Candidate[] {
  const known = knownNames(body);
  const sports = isSportsStory(text);
  const out: Candidate[] = [];
  for (const span of spans) {
    const { tokens } = span;
    for (let i = 0; i < tokens.length;) {
      let found: Candidate | null = null;
      for (let n = Math.min(LONGEST_NAME, tokens.length - i); n > 0 && !found; n--) {
        const words = tokens.slice(i, i + n);
        const surface = joinTokens(text, words);
        const base = {
          surface,
          start: words[0].start,
          end: words[n - 1].end,
          titled: false,
          written: surface,
          before: i > 0 ? tokens[i - 1].text.toLowerCase() : span.before,
          guessed: false,
          row: false,
        };
        const k = known.get(key(surface));
        if (k && (n > 1 || !lex.isEnglishWord(surface) || k.type !== 'person')) {
          found = { ...base, ...k };
        }
        const org: string | null = found
          ? null
          : (lex.org(surface) ??
            (n > 1 || surface.length > 4 ? lex.org(titleCase(surface)) : null));
        if (org) found = { ...base, type: 'organization', canonical: org };
        const place = lex.place(titleCase(surface));
        if (!found && place && (n > 1 || !lex.isEnglishWord(surface))) {
          const c: Candidate = { ...base, type: 'place', canonical: place };
          found = sports && !isDateline(tokens.slice(0, i + n), i, text) ? asTeam(c, lex) : c;
        }
        if (found) i += n;
      }
      if (!found) i++;
      else out.push({ ...found, canonical: found.canonical ?? titleCase(found.surface) });
    }
  }
  return out;
}

/**
 * Words that name a product somewhere in the text ("Firefox 39", "the Firefox browser", "PlayStation
 * VR"): unknown words there, not everyday ones nor makers. Their other mentions are products too.
 */
export function productWords(
  text: string,
  spans: Span[],
  lex: Lexicon,
  sports: boolean,
): Set<string> {
  const words = new Set<string>();
  if (sports) return words;
  for (const span of spans) {
    const { tokens } = span;
    const whole = joinTokens(text, tokens);
    if (tokens[0].row || lex.org(whole) || lex.place(whole)) continue;
    // "Mitt Romney 47.": a person's full name with a number is a tally.
    if (tokens.length > 1 && lex.isFirstName(tokens[0].text)) continue;
    if (!hasModelNumber(text, span) && !endsInModelWord(tokens) && !PRODUCT_NOUNS.has(span.after))
      continue;
    for (const t of tokens)
      if (
        /^\p{Lu}/u.test(t.text) &&
        !lex.isEnglishWord(t.text) &&
        !lex.org(t.text) &&
        !lex.place(t.text) &&
        !lex.isTerm(t.text) &&
        !lex.isFirstName(t.text) &&
        !lex.isLastName(t.text)
      )
        words.add(t.text);
  }
  return words;
}

/**
 * An acronym the text uses as a common noun: "an FPGA is", "a CDN." ("a NATO spokesman" is still the
 * name), in the plural ("LUTs"), or spelled out in lower case beside it ("HDR (high dynamic range)").
 */
export function isTermAcronym(text: string, acronym: string): boolean {
  const after =
    '(?:[.,;:!?)]|\\s(?:is|was|that|which|with|to|and|or|in|on|for|from|can|will|would)\\b)';
  if (new RegExp(`\\b(?:a|an) ${acronym}${after}`).test(text)) return true;
  // "two LUTs": a plural, so a common noun ("12 SNP MPs" counts members, not the name).
  if (new RegExp(`\\b${acronym}s\\b`).test(text)) return true;
  const spelled = `${[...acronym.toLowerCase()].map((l) => `${l}[a-z-]*`).join(' ')}`;
  return new RegExp(`${acronym} \\(${spelled}\\b|\\b${spelled} \\(${acronym}\\)`).test(text);
}
