// The lookups the extractor uses, loaded once: the generated gazetteer, compromise's lexicon of
// names and places, and the hand-written lists in data/known.ts.
import nlp from 'compromise';
import lexiconData from './data/lexicon.json';
import { ORGANIZATIONS } from './data/known';
import { PLACE_ALIASES, US_STATES } from './data/known-places';
import { BELIEF_WORDS, TERM_ACRONYMS } from './data/terms';

export interface Lexicon {
  place(surface: string): string | null;
  org(surface: string): string | null;
  /** A country (any of its names): national sides keep the place type. */
  isCountry(surface: string): boolean;
  /** A national capital: more often where a match is played than a team. */
  isCapital(surface: string): boolean;
  isDemonym(word: string): boolean;
  isFirstName(word: string): boolean;
  isLastName(word: string): boolean;
  /** A common word of the language (so a capital at a sentence start means nothing). */
  isCommonWord(word: string): boolean;
  /** An everyday English word in lower case ("world", "cup"): not a name by itself. */
  isEnglishWord(word: string): boolean;
  /** A month, weekday or holiday: capitalised but never an entity. */
  isDateWord(word: string): boolean;
  /** A capitalised word that is no name at all: a language, a belief, an acronym of a thing. */
  isTerm(word: string): boolean;
}

interface LexiconData {
  places: Record<string, string>;
  demonyms: string[];
  countries: string;
  capitals: string;
  languages: string;
  firstNames: string;
  commonWords: string;
}

let loaded: Lexicon | null = null;
// compromise tags "may" a modal verb, so months are named here.
const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function lexicon(): Lexicon {
  if (loaded) return loaded;
  const words = (
    nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }
  ).model().one.lexicon;
  const tagsOf = (w: string): string[] => {
    const t = words[w.toLowerCase()];
    return t === undefined ? [] : Array.isArray(t) ? t : [t];
  };
  const places = new Map<string, string>();
  const data = lexiconData as LexiconData;
  for (const [surface, canonical] of Object.entries(data.places)) {
    places.set(surface.toLowerCase(), canonical);
  }
  for (const name of US_STATES) places.set(name.toLowerCase(), name);
  for (const [word, tag] of Object.entries(words)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region')) {
      const canonical = word.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      if (!places.has(word)) places.set(word, canonical);
    }
  }
  const orgs = new Map<string, string>();
  for (const [word, tag] of Object.entries(words)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.includes('Organization') && word.length > 2)
      orgs.set(
        word,
        word.replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
      );
  }
  // compromise spells them in lower case: "Sony", "AMD" as written in text.
  const shortOrgs = new Map<string, string>();
  for (const word of orgs.keys())
    if (word.length <= 4 && !/[^a-z&]/.test(word)) {
      shortOrgs.set(titleCase(word), titleCase(word));
      shortOrgs.set(word.toUpperCase(), word.toUpperCase());
    }
  const demonyms = new Set(data.demonyms.map((d) => d.toLowerCase()));
  const countries = new Set(data.countries.split('|'));
  const capitals = new Set(data.capitals.split('|'));
  // compromise knows older names world-countries has replaced ("Turkey" for "Türkiye").
  for (const [word, tag] of Object.entries(words))
    if ((Array.isArray(tag) ? tag : [tag]).includes('Country')) countries.add(word);
  const languages = new Set(data.languages.split('|'));
  const firstNames = new Set(data.firstNames.split(' '));
  const commonWords = new Set(data.commonWords.split(' '));
  const NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName'];
  loaded = {
    place: (s) => PLACE_ALIASES[s] ?? places.get(s.toLowerCase()) ?? null,
    // Acronyms must match in case ("WHO" the organisation, not "who").
    // Short ones ("Sony", "AMD") only as capitalised non-words: "Visa", "Ford" are also words.
    org: (s) =>
      ORGANIZATIONS[s] ??
      (s.length > 4
        ? (orgs.get(s.toLowerCase()) ?? ORGANIZATIONS[titleCase(s)] ?? null)
        : /^\p{Lu}/u.test(s) && !commonWords.has(s.toLowerCase())
          ? (shortOrgs.get(s) ?? null)
          : null),
    isCapital: (s) => capitals.has(s),
    isCountry: (s) => countries.has((PLACE_ALIASES[s] ?? s).toLowerCase()),
    // Plurals too: "Arabs", "Kurds".
    isDemonym: (w) =>
      [w, w.replace(/s$/, '')].some(
        (f) => demonyms.has(f.toLowerCase()) || tagsOf(f).includes('Demonym'),
      ),
    isFirstName: (w) => firstNames.has(w) || tagsOf(w).some((t) => NAME_TAGS.includes(t)),
    isLastName: (w) => tagsOf(w).includes('LastName'),
    isCommonWord: (w) => {
      const tags = tagsOf(w);
      return (
        tags.length > 0 &&
        !tags.some((t) =>
          /Name|Country|City|Place|Region|Organization|ProperNoun|SportsTeam|Person/.test(t),
        )
      );
    },
    isEnglishWord: (w) => commonWords.has(w.toLowerCase()),
    // "CDNs", "GPUs": a plural acronym is a common noun.
    isTerm: (w) =>
      TERM_ACRONYMS.has(w) || BELIEF_WORDS.has(w) || languages.has(w) || /^[A-Z]{2,}s$/.test(w),
    isDateWord: (w) =>
      MONTHS.test(w) || tagsOf(w).some((t) => t === 'Month' || t === 'WeekDay' || t === 'Holiday'),
  };
  return loaded;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
