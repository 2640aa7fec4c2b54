// One candidate name at a time: trim titles and fillers off a span, then type it from the
// gazetteers, the words it is made of and the words around it. Document-wide evidence comes later
// (document.ts).
import type { EntityType } from '../../../shared/model';
import {
  EVENT_FIRST_WORDS,
  EVENT_WORDS,
  ORG_CUES_AFTER,
  PLACE_FIRST_WORDS,
  PLACE_WORDS,
} from './data/head-words';
import { NAME_CONNECTORS, ORG_WORDS, PERSON_TITLES } from './data/known';
import { PLACE_CUES } from './data/known-places';
import { BELIEF_WORDS, COMPASS_WORDS, CONTRACTION, FOREIGN_ARTICLES } from './data/terms';
import type { Lexicon } from './lexicon';
import { endsInModelWord, hasModelNumber, isQuotedTitle, type Span, type Token } from './spans';

export interface Candidate {
  surface: string;
  canonical: string | null;
  type: EntityType | null;
  start: number;
  end: number;
  /** A title or role stood before it ("President …"). */
  titled: boolean;
  /** The name as written, with its titles ("US President Barack Obama"). */
  written: string;
  /** The word before it (lower-cased), for document-level cues. */
  before: string;
  /** Typed only by the weakest rule (an unknown pair of capitalised words read as a person). */
  guessed: boolean;
  /** Named in a row of results or standings: a competitor. */
  row: boolean;
  /** A lone unknown word typed a place by one preposition only ("in Response"): weak evidence. */
  weak?: boolean;
}

export type AliasCorrections = Record<string, { name: string; type: EntityType }> | undefined;

const SAID = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'spoke']);

export function joinTokens(text: string, tokens: Token[]): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}

/**
 * Drop leading titles, demonyms and sentence-initial common words. Reports whether a title stood
 * there, and where the name "as written" starts (titles and demonyms kept, "The"/"Although" not).
 */
function trimSpan(
  text: string,
  span: Span,
  lex: Lexicon,
): { tokens: Token[]; titled: boolean; written: number } {
  let tokens = span.tokens;
  let titled = false;
  let written = 0;
  while (tokens.length > 1) {
    const [first] = tokens;
    const whole = joinTokens(text, tokens);
    // "New York" at the start of a line is a place, not "New" + "York".
    if (lex.place(whole) || lex.org(whole)) break;
    const isTitle = PERSON_TITLES.has(first.text);
    const isDemonym =
      lex.isDemonym(first.text) ||
      first.text === 'US' ||
      first.text === 'U.S.' ||
      // "Islamist Muslim Brotherhood"; but "Muslim Brotherhood" is the name.
      (BELIEF_WORDS.has(first.text) && tokens.length > 2);
    const isFiller =
      /^(The|A|An|My|Our|Your|His|Her|Its|Their|This|That)$/.test(first.text) ||
      // "Even de Miranda": an everyday word before a surname's particle is not a first name.
      (first.sentenceStart &&
        lex.isCommonWord(first.text) &&
        NAME_CONNECTORS.has(tokens[1].text)) ||
      CONTRACTION.test(first.text) ||
      (first.sentenceStart && FOREIGN_ARTICLES.has(first.text)) ||
      NAME_CONNECTORS.has(first.text) ||
      lex.isDateWord(first.text) ||
      (first.sentenceStart &&
        (lex.isCommonWord(first.text) || lex.isEnglishWord(first.text)) &&
        !lex.isFirstName(first.text));
    if (!isTitle && !isDemonym && !isFiller) break;
    if (isTitle) titled = true;
    if (isFiller && !isTitle && !isDemonym) written = span.tokens.length - tokens.length + 1;
    tokens = tokens.slice(1);
  }
  // Connectors and contractions ("Silego I’ve") never end a name.
  while (
    tokens.length > 1 &&
    (NAME_CONNECTORS.has(tokens[tokens.length - 1].text.toLowerCase()) ||
      CONTRACTION.test(tokens[tokens.length - 1].text))
  ) {
    tokens = tokens.slice(0, -1);
  }
  // A role inside the span ("Agriculture Secretary Dan Glickman"): the person follows it.
  const role = tokens.findLastIndex((t) => PERSON_TITLES.has(t.text));
  const person = tokens.slice(role + 1);
  if (role > 0 && person.length >= 2 && person.length <= 3 && lex.isFirstName(person[0].text)) {
    return { tokens: person, titled: true, written };
  }
  return { tokens: makerOf(text, tokens, lex), titled, written };
}

/**
 * "Meta Quest Pro", "Dolby Atmos", "HTC Vive": a known organisation followed by words that are not
 * a known name is its product; the maker is the entity.
 */
function makerOf(text: string, tokens: Token[], lex: Lexicon): Token[] {
  if (tokens.length < 2 || !lex.org(tokens[0].text)) return tokens;
  const whole = joinTokens(text, tokens);
  if (lex.org(whole) || lex.place(whole)) return tokens;
  if (tokens.slice(1).some((t) => ORG_WORDS.has(t.text) || PLACE_WORDS.has(t.text))) return tokens;
  return tokens.slice(0, 1);
}

function isCamelCase(word: string): boolean {
  return (
    /\p{Ll}\p{Lu}/u.test(word) && !/^(?:Mc|Mac|O['’]|De|Di|Da|La|Le|Van|Von)\p{Lu}/u.test(word)
  );
}

type Typing = Pick<Candidate, 'canonical' | 'type'> & { guessed?: boolean; weak?: boolean };

/** The type a trimmed span's own words and its neighbours give it; null type: undecided. */
function typeOf(
  surface: string,
  tokens: Token[],
  span: Span,
  titled: boolean,
  lex: Lexicon,
): Typing | null {
  const words = tokens.map((t) => t.text);
  const first = words[0];
  const last = words[words.length - 1];
  const lone = words.length === 1;
  const unknown = { canonical: null, type: null };
  if (lone && (lex.isTerm(first) || CONTRACTION.test(first) || FOREIGN_ARTICLES.has(first)))
    return null;
  // "Response.error", "fetch.Headers": a dotted identifier of code.
  if (/\p{L}\.\p{Ll}/u.test(surface)) return null;
  if (endsInModelWord(tokens) && !lex.org(surface) && !lex.place(surface)) return null;
  // "North African", "Western": an adjective of region or belief.
  if (words.length === 2 && COMPASS_WORDS.has(first) && (lex.isDemonym(last) || lex.isTerm(last)))
    return null;
  // At a sentence's start an everyday word ("Performance", "Fans") is capitalised for the sentence.
  const everyday = lex.isCommonWord(first) || (lex.isEnglishWord(first) && !lex.isFirstName(first));
  const sentenceWord = tokens[0].sentenceStart && everyday;
  if (
    lone &&
    sentenceWord &&
    !lex.org(surface) &&
    (!lex.place(surface) || (!lex.isCountry(surface) && lex.isEnglishWord(first)))
  )
    return null;
  // "Syrian", "West Indian", "North American": adjectives of nationality.
  if (lex.isDemonym(last) && !lex.place(surface) && (lone || !lex.isFirstName(first))) return null;
  if (lone && first.length < 2) return null;
  // "in May", "Labor Day", but "Mrs May", "Theresa May".
  if (lex.isDateWord(last) && !titled && (lone || !lex.isFirstName(first))) return null;
  const org = lex.org(surface);
  if (org) return { canonical: org, type: 'organization' };
  const place = lex.place(surface);
  if (place && !titled) return { canonical: place, type: 'place' };
  if (titled) return { canonical: null, type: 'person' };
  // "HTML5 Canvas", "GDDR5", "PS4 Pro": letters and digits in one word make a model or a format.
  if (words.some((w) => /\p{L}\d|\d\p{L}/u.test(w) && !/^\d+(?:st|nd|rd|th|s)$/.test(w)))
    return null;
  if (!lone && (EVENT_WORDS.has(last) || EVENT_FIRST_WORDS.has(first))) return null;
  if (!lone && ORG_WORDS.has(last)) return { canonical: null, type: 'organization' };
  if (!lone && PLACE_WORDS.has(last)) return { canonical: null, type: 'place' };
  // "Fort Worth", "Boulevard Montmartre", "West Mercia", "South Taranaki".
  if (!lone && (PLACE_FIRST_WORDS.test(first) || COMPASS_WORDS.has(first)))
    return { canonical: null, type: 'place' };
  if (!lone && words.some((w) => ORG_WORDS.has(w) && w !== 'United' && w !== 'City'))
    return { canonical: null, type: 'organization' };
  // People take no article: "the Oculus Rift", "the Moulin Rouge cabaret" are things or places.
  const bare = span.before !== 'the';
  if (bare && words.length <= 4 && !lone && (lex.isFirstName(first) || lex.isLastName(last)))
    return { canonical: null, type: 'person' };
  if (lone && /^[A-Z]{2,6}$/.test(first)) return unknown;
  // "the Ministry": a kind of organisation alone names none.
  if (lone && ORG_WORDS.has(first)) return null;
  if (ORG_CUES_AFTER.has(span.after)) return { canonical: null, type: 'organization' };
  if (bare && (SAID.has(span.after) || SAID.has(span.before)))
    return { canonical: null, type: 'person' };
  // A first name alone ("Ken", "Svetlana"), unless it is also an everyday word ("Will").
  // … but "the Web" is no person: people take no article.
  if (lone && !sentenceWord && bare && lex.isFirstName(first) && !lex.isEnglishWord(first))
    return { canonical: null, type: 'person' };
  // One preposition makes a lone unknown word a place only weakly ("in Response", "to Yahoo").
  if (PLACE_CUES.has(span.before) && words.length <= 3 && !words.some(isCamelCase)) {
    if (lone && lex.isEnglishWord(first)) return unknown;
    return { canonical: null, type: 'place', weak: lone };
  }
  // "Rotor Volgograd", "Red Star Belgrade": a club named with its town.
  if (!lone && lex.place(last) && !lex.isCountry(last) && !lex.isFirstName(first))
    return { canonical: null, type: 'organization' };
  // "Colorado Rockies", "Boston Globe": a town's team or paper.
  if (
    words.length <= 3 &&
    !lone &&
    lex.place(first) &&
    !lex.isCountry(first) &&
    !lex.isFirstName(first) &&
    !words.slice(1).some((w) => lex.isFirstName(w) || lex.isLastName(w))
  )
    return { canonical: null, type: 'organization' };
  // People's names have no acronyms ("Silego ZIF") and no inner capitals ("GreenPak"), bar
  // "McDonald", "DeShawn".
  if (
    bare &&
    words.length <= 3 &&
    !lone &&
    !words.some((w) => lex.isEnglishWord(w) || /^\p{Lu}{3,}$/u.test(w) || isCamelCase(w))
  )
    return { canonical: null, type: 'person', guessed: true };
  // A lone capitalised word: decided later, if it matches a name found elsewhere in the text.
  return unknown;
}

export function classify(
  text: string,
  span: Span,
  lex: Lexicon,
  aliasTo: AliasCorrections,
  sports = false,
): Candidate | null {
  const { tokens, titled, written: writtenFrom } = trimSpan(text, span, lex);
  const surface = joinTokens(text, tokens);
  const end = tokens[tokens.length - 1].end;
  const base = {
    surface,
    start: tokens[0].start,
    end,
    titled,
    written: text.slice(span.tokens[writtenFrom].start, end),
    // "In St Louis": the filler word stripped off the span is the word before the name.
    before:
      tokens[0] === span.tokens[0]
        ? span.before
        : span.tokens[span.tokens.indexOf(tokens[0]) - 1].text.toLowerCase(),
    guessed: false,
    row: tokens[0].row,
  };
  const corrected = aliasTo?.[surface.toLowerCase()];
  if (corrected) return { ...base, canonical: corrected.name, type: corrected.type };
  if (isWorkOrModel(text, span, lex, sports)) return null;
  const typing = typeOf(surface, tokens, span, titled, lex);
  return typing ? { ...base, ...typing } : null;
}

/** A quoted title or a model with its number, unless the whole name is known. */
function isWorkOrModel(text: string, span: Span, lex: Lexicon, sports: boolean): boolean {
  const whole = joinTokens(text, span.tokens);
  if (lex.org(whole) || lex.place(whole) || span.tokens[0].row) return false;
  // "Mitt Romney 47.": a person's full name with a number is a tally, not a model.
  const person = span.tokens.length > 1 && lex.isFirstName(span.tokens[0].text);
  return isQuotedTitle(text, span) || (!sports && !person && hasModelNumber(text, span));
}

/** "Obama and Putin" is two names; "Bosnia and Herzegovina" is one the lexicon knows. */
export function splitAtAnd(text: string, span: Span, lex: Lexicon): Span[] {
  const at = span.tokens.findIndex((t) => t.text === 'and' || t.text === '&');
  if (at <= 0) return [span];
  const whole = joinTokens(text, span.tokens);
  const left = span.tokens[at - 1].text;
  if (
    lex.place(whole) ||
    lex.org(whole) ||
    (ORG_WORDS.has(span.tokens[span.tokens.length - 1].text) && !ORG_WORDS.has(left))
  )
    return [span];
  const head = { tokens: span.tokens.slice(0, at), before: span.before, after: 'and' };
  const rest = { tokens: span.tokens.slice(at + 1), before: 'and', after: span.after };
  return [head, ...splitAtAnd(text, rest, lex)];
}

/** "Keith O'Neill of Norwich City" is two names; "Bank of England" is one. */
export function splitAtOf(text: string, span: Span, lex: Lexicon): Span[] {
  const at = span.tokens.findIndex((t) => t.text === 'of');
  if (at <= 0 || at === span.tokens.length - 1) return [span];
  const whole = joinTokens(text, span.tokens);
  const head = span.tokens[at - 1].text;
  if (lex.place(whole) || lex.org(whole) || ORG_WORDS.has(head) || lex.isEnglishWord(head))
    return [span];
  return [
    { tokens: span.tokens.slice(0, at), before: span.before, after: 'of' },
    { tokens: span.tokens.slice(at + 1), before: 'of', after: span.after },
  ];
}
