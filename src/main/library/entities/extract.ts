// Named entities of a text: people, places and organisations, merged so that every form of a name
// ("US President Barack Obama", "President Obama", "Obama") is one entity. Pure and synchronous,
// so it can run in a worker thread.
import type { EntityType } from '../../../shared/model';
import { classify, joinTokens, splitAtAnd, splitAtOf, type Candidate } from './classify';
import { NAME_CONNECTORS, ORG_WORDS } from './data/known';
import { isSportsStory, isTermAcronym, productWords, readShouting, settleTypes } from './document';
import { normalizeEntityKey } from './key';
import { lexicon } from './lexicon';
import { findSpans, splitAtRole, tokenize } from './spans';

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

export { normalizeEntityKey };

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

function sameFirstName(a: string, b: string): boolean {
  const [x, y] = [a.split(/\s+/), b.split(/\s+/)];
  return x.length === 1 || y.length === 1 || x[0] === y[0];
}

/**
 * "Department of Conservation" after "New Zealand Department of Conservation", "Alibaba" beside
 * "Alibaba Group": the short form of an organisation named in full is the same organisation.
 */
function mergeShortOrganizations(groups: Map<string, Group>): void {
  const orgs = [...groups].filter(([, g]) => g.type === 'organization');
  for (const [key, short] of orgs) {
    const fuller = orgs.filter(
      ([k, g]) =>
        k !== key &&
        groups.has(k) &&
        (g.name.endsWith(` ${short.name}`) ||
          (g.name.startsWith(`${short.name} `) &&
            g.name
              .slice(short.name.length + 1)
              .split(' ')
              .every((w) => ORG_WORDS.has(w)))),
    );
    // "Mozilla" beside "Mozilla Corporation" and "Mozilla Foundation" could be either.
    if (fuller.length !== 1) continue;
    const [, full] = fuller[0];
    // The form used most names it: "Mozilla" (140) over "Mozilla Corporation" (2).
    if (short.mentions.length > full.mentions.length * 3) full.name = short.name;
    full.mentions.push(...short.mentions);
    for (const w of short.written) full.written.add(w);
    groups.delete(key);
  }
}

/** "de Miranda", "van Gogh": a surname with its particle, the short form of a full name. */
function isSurnameForm(words: string[]): boolean {
  return words.length > 1 && NAME_CONNECTORS.has(words[0].toLowerCase());
}

export function extractEntities(text: string, options: ExtractOptions = {}): ExtractedEntity[] {
  const lex = lexicon();
  const tokens = tokenize(text);
  const found = findSpans(text, tokens, NAME_CONNECTORS);
  const sports = isSportsStory(text);
  // A name made of a product's word is the product ("Firefox Mobile"), unless the lexicon knows it
  // or its maker ("AMD Polaris GPU" is AMD's).
  const products = productWords(text, found, lex, sports);
  const spans = found.filter(
    (span) =>
      !span.tokens.some((t) => products.has(t.text)) ||
      lex.org(joinTokens(text, span.tokens)) !== null ||
      lex.org(span.tokens[0].text) !== null,
  );
  const body = settleTypes(
    spans
      .filter((span) => !span.tokens[0].shouting)
      .flatMap((span) => splitAtAnd(text, span, lex))
      .flatMap((span) => splitAtOf(text, span, lex))
      .flatMap((span) => splitAtRole(text, span, lex))
      .map((span) => classify(text, span, lex, options.corrections?.aliasTo, sports))
      .filter((c): c is Candidate => c !== null),
    text,
    lex,
  );
  const shouting = readShouting(
    text,
    spans.filter((span) => span.tokens[0].shouting),
    body,
    lex,
  );
  const candidates = [...shouting, ...body].sort((a, b) => a.start - b.start);

  const groups = new Map<string, Group>();
  // People first, so that a surname alone can join the full name.
  const surnames = new Map<string, string>();
  const givenNames = new Map<string, string | null>();
  for (const c of candidates) {
    if (c.type !== 'person' || c.canonical) continue;
    const parts = c.surface.split(/\s+/);
    if (parts.length < 2 || isSurnameForm(parts)) continue;
    // The first person named with a surname keeps it: later "Parata" is still the story's Parata.
    // "al-Bashir" is also "Bashir".
    const surname = parts[parts.length - 1].toLowerCase().replace(/^(?:al|el)-/, '');
    if (!surnames.has(surname)) surnames.set(surname, c.surface);
    // A first name alone joins the one full name it begins ("Fiona" in a story on Fiona Parry).
    const given = parts[0].toLowerCase();
    givenNames.set(
      given,
      givenNames.has(given) && givenNames.get(given) !== c.surface ? null : c.surface,
    );
  }
  const terms = new Map<string, boolean>();
  const termAcronym = (a: string): boolean => {
    if (!terms.has(a)) terms.set(a, isTermAcronym(text, a));
    return terms.get(a)!;
  };
  const hasIslamicState = candidates.some((c) => c.canonical === 'Islamic State');
  for (const c of candidates) {
    const lone = c.surface.split(/\s+/);
    if (c.type === 'person' || (c.type === null && lone.length === 1)) {
      const full =
        c.canonical ??
        (lone.length === 1 || isSurnameForm(lone)
          ? surnames.get(lone[lone.length - 1].toLowerCase().replace(/^(?:al|el)-/, ''))
          : null) ??
        (c.type === 'person' && lone.length === 1 ? givenNames.get(lone[0].toLowerCase()) : null) ??
        (c.type === 'person' ? c.surface : null);
      if (full) {
        // Forms of one name share a surname and a first name ("Vladimir V. Putin"); two people
        // may share a surname only ("Fiona Parry", "Eloise Parry").
        const same = surnames.get(
          full
            .split(/\s+/)
            .pop()!
            .toLowerCase()
            .replace(/^(?:al|el)-/, ''),
        );
        const key = normalizeEntityKey(same && sameFirstName(same, full) ? same : full, 'person');
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
      // An unknown acronym is most often an organisation, unless it spells a word ("ERA").
      if (
        /^[A-Z]{3,6}$/.test(c.surface) &&
        !lex.isEnglishWord(c.surface) &&
        !termAcronym(c.surface)
      )
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

  mergeShortOrganizations(groups);
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
