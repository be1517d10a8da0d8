// The lexicon's phrases as the self-description reader (about.ts) looks them up: cut into units,
// grouped by their first unit and ordered for longest-first matching. Building it goes over every
// phrase of the lexicon, which costs more than reading a text, so the build does it once
// (lexicon-module.ts puts the embedded lexicon's index in the bundle) and a reading only looks up.
// Pure, and plain JSON, so that the index the build writes is the one built here.
import type { Lexicon } from "./lexicon-schema.js";

/** Whether the character code is a letter or digit of a word, or one that may continue one. */
export const isWordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
export const isWordChar = (c: number) => isWordStart(c) || c === 43 || c === 35 || c === 39; // + # '
/** CJK ideographs (the blocks Chinese text uses), as code units; astral ones come as surrogate pairs. */
export const isHanUnit = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);

/**
 * Where the word that starts at `i` ends. A "+" stays in a word ("c++", "5+") unless it stands
 * alone between two words: "sql+excel" is two words, as "sql + excel" is.
 */
export function wordEnd(s: string, i: number): number {
  let j = i + 1;
  for (let c = s.charCodeAt(j); j < s.length && isWordChar(c); c = s.charCodeAt(++j)) {
    if (c === 43 && s.charCodeAt(j - 1) !== 43 && isWordStart(s.charCodeAt(j + 1))) break;
  }
  return j;
}

/** Light English stemming, the same for the text and the lexicon: plurals and possessives. */
export function stem(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 39) return word; // nothing to strip unless it ends in s or '
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  while (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length >= 5 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !/\d/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * A lexicon phrase as units. Phrases are stored normalised (lexicon-validate.ts checks), so they
 * are only cut, by character codes.
 */
export function phraseUnits(phrase: string): string[] {
  const units: string[] = [];
  for (let i = 0; i < phrase.length; ) {
    const c = phrase.charCodeAt(i);
    if (isWordStart(c)) {
      const j = wordEnd(phrase, i);
      units.push(stem(phrase.slice(i, j)));
      i = j;
    } else if (isHanUnit(c)) {
      const len = c >= 0xd800 ? 2 : 1;
      units.push(phrase.slice(i, i + len));
      i += len;
    } else i++;
  }
  return units;
}

export interface IndexedPhrase {
  units: string[];
  /** Index into the lexicon's entries, or -1. */
  entry: number;
  /** Index into the lexicon's cues, or -1. Neither an entry nor a cue: a known word, placed nowhere. */
  cue: number;
  /** Counts only when written with a capital letter or beside Chinese text (LexiconEntry.cased). */
  cased: boolean;
}

/**
 * The index as plain JSON made of few, long strings: V8 parses 3,000 small objects and arrays in
 * several milliseconds, the same phrases as 1,500 strings in well under one. A reading scans the
 * strings where they are (phraseAt) and cuts nothing out of them, so it allocates next to nothing.
 */
export interface LexiconIndex {
  /** By first unit (an own property each), the phrases that start with it: longest first; at equal
   *  length an entry, then a cue, then a known word; then in lexicon order. Each phrase is " unit"
   *  for each unit after the first, then "=entry,cue,cased" (cased 1 or 0); the phrases are joined
   *  by "|". The units come first so that a phrase the text does not continue is passed over
   *  before any number is read. */
  phrases: Record<string, string>;
  /** The English words of five letters or more the lexicon's phrases use, by first letter and
   *  length ("k10"), joined by spaces: what a misspelt word is repaired to. */
  words: Record<string, string>;
}

export function buildLexiconIndex(lexicon: Lexicon): LexiconIndex {
  const phrases = new Map<string, IndexedPhrase[]>();
  const add = (text: string, entry: number, cue: number, cased: boolean) => {
    const units = phraseUnits(text);
    if (!units.length) return;
    const list = phrases.get(units[0]!);
    const phrase = { units, entry, cue, cased };
    if (list) list.push(phrase);
    else phrases.set(units[0]!, [phrase]);
  };
  lexicon.entries.forEach((e, entry) => {
    const cased = e.cased ?? [];
    for (const text of e.phrases.zh) add(text, entry, -1, false);
    for (const text of e.phrases.en) add(text, entry, -1, cased.includes(text));
  });
  lexicon.cues.forEach((c, cue) => {
    for (const text of c.phrases.zh) add(text, -1, cue, false);
    for (const text of c.phrases.en) add(text, -1, cue, false);
  });
  for (const text of lexicon.known.zh) add(text, -1, -1, false);
  for (const text of lexicon.known.en) add(text, -1, -1, false);
  const rank = (p: IndexedPhrase) => (p.entry >= 0 ? 0 : p.cue >= 0 ? 1 : 2);
  // Array.prototype.sort is stable: equal phrases stay in lexicon order.
  for (const list of phrases.values()) list.sort((a, b) => b.units.length - a.units.length || rank(a) - rank(b));
  // A unit is letters, digits, + # ' or one Chinese character (phraseUnits): never a space or "|".
  const encode = (list: IndexedPhrase[]) => list.map((p) => `${p.units.slice(1).map((u) => ` ${u}`).join("")}=${p.entry},${p.cue},${p.cased ? 1 : 0}`).join("|");

  const vocabulary = new Set<string>();
  for (const list of [...lexicon.entries.map((e) => e.phrases.en), ...lexicon.cues.map((c) => c.phrases.en), lexicon.known.en]) {
    for (const p of list) for (const u of phraseUnits(p)) if (u.length >= 5 && /^[a-z]+$/.test(u)) vocabulary.add(u);
  }
  const words = new Map<string, string[]>();
  for (const w of vocabulary) words.set(w[0]! + w.length, [...(words.get(w[0]! + w.length) ?? []), w]);
  // fromEntries defines own properties, so even a unit named like an Object.prototype member is plain data.
  return {
    phrases: Object.fromEntries([...phrases].map(([first, list]) => [first, encode(list)])),
    words: Object.fromEntries([...words].map(([key, list]) => [key, list.join(" ")])),
  };
}

/** The phrases of the index that start with `first`, in the order they are tried, as IndexedPhrases. */
export function phrasesFrom(index: LexiconIndex, first: string): IndexedPhrase[] {
  if (!Object.hasOwn(index.phrases, first)) return [];
  return index.phrases[first]!.split("|").map((p) => {
    const [rest, numbers] = p.split("=") as [string, string];
    const [entry, cue, cased] = numbers.split(",");
    return { units: [first, ...rest.split(" ").slice(1)], entry: Number(entry), cue: Number(cue), cased: cased === "1" };
  });
}

const indexes = new WeakMap<Lexicon, LexiconIndex>();

/** Gives `lexicon` its index, built beforehand (the bundle does this for the embedded lexicon). */
export function registerLexiconIndex(lexicon: Lexicon, index: LexiconIndex): void {
  indexes.set(lexicon, index);
}

/** The lexicon's index: the one registered for it, or one built now and kept. */
export function lexiconIndexOf(lexicon: Lexicon): LexiconIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    index = buildLexiconIndex(lexicon);
    indexes.set(lexicon, index);
  }
  return index;
}

/** A phrase found: its entry and cue (as in IndexedPhrase) and the number of units it spans. */
export interface PhraseHit {
  entry: number;
  cue: number;
  length: number;
}

const SPACE = 32;
const EQUALS = 61;

/**
 * The first phrase of the index, in the order they are tried, that is written at units[i] and
 * that `accept(length, cased)` takes (about.ts checks there how a cased phrase is written).
 * Reads the encoded list in place, by character codes.
 */
export function phraseAt(index: LexiconIndex, units: ReadonlyArray<{ text: string }>, i: number, accept: (length: number, cased: boolean) => boolean): PhraseHit | undefined {
  const first = units[i]!.text;
  if (!Object.hasOwn(index.phrases, first)) return undefined;
  const s = index.phrases[first]!;
  for (let q = 0; ; ) {
    // The units after the first, each " unit", up to the "=".
    let length = 1;
    let fits = true;
    while (s.charCodeAt(q) === SPACE) {
      const u = units[i + length];
      const after = u === undefined ? -1 : q + 1 + u.text.length;
      const c = after < 0 ? -1 : s.charCodeAt(after);
      if ((c !== SPACE && c !== EQUALS) || !s.startsWith(u!.text, q + 1)) {
        fits = false;
        break;
      }
      q = after;
      length++;
    }
    if (fits) {
      // "=entry,cue,cased": two whole numbers (perhaps -1), then 0 or 1.
      const comma = s.indexOf(",", q);
      const entry = Number(s.slice(q + 1, comma));
      const cased = s.charCodeAt(s.indexOf(",", comma + 1) + 1) === 49;
      if (accept(length, cased)) return { entry, cue: Number(s.slice(comma + 1, s.indexOf(",", comma + 1))), length };
    }
    const bar = s.indexOf("|", q);
    if (bar < 0) return undefined;
    q = bar + 1;
  }
}

/** Whether some phrase of the lexicon starts with `unit`. */
export const startsPhrase = (index: LexiconIndex, unit: string): boolean => Object.hasOwn(index.phrases, unit);

const wordLists = new WeakMap<LexiconIndex, Map<string, string[]>>();

/** The lexicon's English words of five letters or more that start with `letter` and have `length` letters. */
export function wordsFrom(index: LexiconIndex, letter: string, length: number): string[] {
  let lists = wordLists.get(index);
  if (!lists) wordLists.set(index, (lists = new Map()));
  const key = letter + length;
  let list = lists.get(key);
  if (!list) lists.set(key, (list = Object.hasOwn(index.words, key) ? index.words[key]!.split(" ") : []));
  return list;
}
