// Candidate names in running text: runs of capitalised words (with connectors such as "of" and
// "al" inside), cut at punctuation and sentence ends, with their character offsets; and the shapes
// that make a span a product or a work rather than a name.
import { PERSON_TITLES } from './data/known';
import { MODEL_WORDS, TERM_ACRONYMS } from './data/terms';
import type { Lexicon } from './lexicon';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence: its capital letter says nothing. */
  sentenceStart: boolean;
  /** In an all-capitals line (a headline, a dateline): its capitals say nothing. */
  shouting: boolean;
  /** In a row of names and numbers only (results, standings): its names are competitors. */
  row: boolean;
}

export interface Span {
  tokens: Token[];
  /** The word before the span (lower-cased), for context cues. */
  before: string;
  /** The word after the span (lower-cased). */
  after: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;

function isCapitalised(word: string): boolean {
  // "al-Bashir", "bin-Laden": an Arabic article joined to a name is part of it.
  return /^[\p{Lu}]/u.test(word) || /^(?:al|el|ad|as|ash|at|bin|ibn|abu)-\p{Lu}/u.test(word);
}

/** Split "Nations-sponsored" at the hyphen, and drop possessives and trailing dots of words. */
function clean(token: Token): Token {
  let { text, end } = token;
  const hyphen = /-[\p{Ll}]/u.exec(text);
  if (hyphen && !/^(al|el|bin)-/i.test(text)) {
    end = token.start + hyphen.index;
    text = text.slice(0, hyphen.index);
  }
  const possessive = /['’]s?$/.exec(text);
  if (possessive && text.length > 2) {
    text = text.slice(0, possessive.index);
    end = token.start + text.length;
  }
  // Keep the dot of abbreviations (U.S., Mr.), drop a sentence's full stop.
  if (
    text.endsWith('.') &&
    !/^(?:[\p{L}]\.)+$/u.test(text) &&
    !/^(Mr|Mrs|Ms|Dr|St|Gen|Col|Capt|Sen|Rep|Gov|Prof|Jr|Sr|Inc|Corp|Co|Ltd)\.$/.test(text)
  ) {
    text = text.slice(0, -1);
    end -= 1;
  }
  return { ...token, text, end };
}

/** Initials and short titles end with a dot without ending the sentence ("C. Lewis", "Mr. Li"). */
const ABBREVIATION =
  /^(?:\p{Lu}\.|(?:\p{L}\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Capt|Sen|Rep|Gov|Prof|Lt|Sgt|Mt|Ft)\.)$/u;

/** "Hyundai 6 Lotte 5", "Falkirk 3 1 1 1 1 1 4": names (with "of" and the like) and numbers. */
const ROW =
  /^\s*\p{Lu}[\p{L}'’.&-]*(?: (?:\p{Lu}[\p{L}'’.&-]*|of|de|the|and|'s|\d[\d.,:/-]*))* \d[\d.,:/-]*\s*$/u;

/** Where each line starts: written in capitals (most words without a lower-case letter), a row. */
function lineKinds(text: string): { shouting: Set<number>; rows: Set<number> } {
  const shouting = new Set<number>();
  const rows = new Set<number>();
  let offset = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/\p{L}{2,}/gu) ?? [];
    const upper = words.filter((w) => !/\p{Ll}/u.test(w)).length;
    if (ROW.test(line) && !/\d{4}-\d\d-\d\d/.test(line)) rows.add(offset);
    else if (upper > 0 && upper >= words.length * 0.6) shouting.add(offset);
    offset += line.length + 1;
  }
  return { shouting, rows };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const { shouting, rows } = lineKinds(text);
  let lineStart = 0;
  let last = 0;
  let sentenceStart = true;
  for (const match of text.matchAll(WORD)) {
    const between = text.slice(last, match.index);
    const newline = between.lastIndexOf('\n');
    if (newline >= 0) lineStart = last + newline + 1;
    const previous = tokens[tokens.length - 1];
    if (
      /[.!?]["”’)]?\s|\n|[“"(:;]\s*$/.test(between) ||
      (previous &&
        /[.!?]$/.test(previous.text) &&
        !ABBREVIATION.test(previous.text) &&
        /\s/.test(between))
    ) {
      sentenceStart = true;
    }
    tokens.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      sentenceStart,
      shouting: shouting.has(lineStart),
      row: rows.has(lineStart),
    });
    sentenceStart = false;
    last = match.index + match[0].length;
  }
  return tokens;
}

/** Punctuation between two tokens that ends a name (a comma, a full stop, a quote …). */
function breaksBetween(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap !== ' ' && gap !== '\u00a0';
}

export function findSpans(text: string, tokens: Token[], connectors: Set<string>): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].text) || /^\d/.test(tokens[i].text)) {
      i++;
      continue;
    }
    const run: Token[] = [clean(tokens[i])];
    let j = i + 1;
    while (
      j < tokens.length &&
      !breaksBetween(text, tokens[j - 1], tokens[j]) &&
      run[run.length - 1].end === tokens[j - 1].end
    ) {
      const word = tokens[j].text;
      if (tokens[j].sentenceStart) break;
      if (isCapitalised(word)) {
        run.push(clean(tokens[j]));
        j++;
        continue;
      }
      // A connector joins only when a capitalised word (or a number after "of") follows.
      const next = tokens[j + 1];
      if (
        connectors.has(word.toLowerCase()) &&
        next &&
        !breaksBetween(text, tokens[j], next) &&
        (isCapitalised(next.text) || (word === 'of' && /^\d+$/.test(next.text)))
      ) {
        run.push(tokens[j], clean(next));
        j += 2;
        continue;
      }
      break;
    }
    spans.push({
      tokens: run,
      before:
        i > 0 && !breaksBetween(text, tokens[i - 1], tokens[i])
          ? tokens[i - 1].text.toLowerCase()
          : '',
      after:
        tokens[j] && !breaksBetween(text, tokens[j - 1], tokens[j])
          ? tokens[j].text.toLowerCase()
          : '',
    });
    i = j;
  }
  return spans;
}

/** A whole quotation ("“Job Simulator” ($30)") is the title of a work. */
export function isQuotedTitle(text: string, span: Span): boolean {
  const first = span.tokens[0];
  const last = span.tokens[span.tokens.length - 1];
  return /[“"]$/.test(text.slice(0, first.start)) && /^[,.!?]?[”"]/.test(text.slice(last.end));
}

/**
 * A name with one number after it is a product's model ("Firefox 39", "Forza Motorsport 7"); not
 * results ("Woods 66 67", "Sampras 6-3"), tallies ("Obama 51, Romney 47") nor shares ("Ford 3 %").
 */
export function hasModelNumber(text: string, span: Span): boolean {
  const end = span.tokens[span.tokens.length - 1].end;
  // Then a lower-case word, a bracket or the sentence's end: "Obama 51, Romney 47" is a tally.
  return /^ \d+(?:\.\d+)*(?: [\p{Ll}(]|[.!?]?$|[.!?]\s)/u.test(text.slice(end, end + 12));
}

/** A model word ends a product's name: "Vision Pro", "Xbox One X", "PlayStation VR", "Cache API". */
export function endsInModelWord(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1].text;
  return (
    tokens.length > 1 &&
    (MODEL_WORDS.has(last) || TERM_ACRONYMS.has(last) || /^\p{Lu}$/u.test(last))
  );
}

/**
 * "Facebook CEO Mark Zuckerberg": a known organisation before a role is a name of its own; so is a
 * known place run into a person's name ("… cabaret in Paris Benoit Tessier/Reuters", a credit).
 */
export function splitAtRole(text: string, span: Span, lex: Lexicon): Span[] {
  const { tokens } = span;
  const head = (end: number): string => text.slice(tokens[0].start, tokens[end - 1].end);
  const whole = head(tokens.length);
  if (lex.org(whole) || lex.place(whole)) return [span];
  for (let at = 1; at < tokens.length - 1; at++) {
    // "US President Barack Obama" stays whole: the title keeps its country ("as written").
    const afterOrg = PERSON_TITLES.has(tokens[at].text) && lex.org(head(at)) !== null;
    const afterPlace = lex.isFirstName(tokens[at].text) && lex.place(head(at)) !== null;
    if (!afterOrg && !afterPlace) continue;
    return [
      { tokens: tokens.slice(0, at), before: span.before, after: tokens[at].text.toLowerCase() },
      { tokens: tokens.slice(at), before: tokens[at - 1].text.toLowerCase(), after: span.after },
    ];
  }
  return [span];
}
