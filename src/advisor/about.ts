// Reading a self-description ("8 years of Go and C++, I tune TCP for fun"; "做了5年 Android，数学一般")
// into answers, deterministically and offline, from the phrase lexicon (data/advisor/lexicon.json).
// Each answer rests on phrases found in the text; a phrase under a cue (not, 一般, a little, 想学)
// is read accordingly and never counts as a strength. Pure: no terminal, no zod at run time.
//
// The text is normalised (NFKC, lower case, traditional → simplified for the lexicon's characters,
// light English plural stripping, one-letter typo repair for long English words) into units: an
// English word or number, one Chinese character, or a boundary. Phrases are unit sequences, found
// longest first; a dictionary segmenter is not needed because only lexicon phrases matter. The
// phrases are looked up in the lexicon's index (lexicon-index.ts), which the build precomputes.
import { requireValidAnswers, type AnswerValue, type Answers } from "./answers.js";
import type { AboutMatch, AboutView, Cue, CueKind, Lexicon, LexiconEntry, Reading, Setting } from "./lexicon-schema.js";
import type { Questionnaire } from "./schema.js";
import { isHanUnit, isWordStart, wordEnd, lexiconIndexOf, phraseAt, startsPhrase, stem, wordsFrom, type LexiconIndex } from "./lexicon-index.js";
import { usageError } from "../errors.js";
import { localize, say, type Localized } from "../messages/define.js";
import { ABOUT } from "../messages/about.js";

/** Longest text read, in characters (UTF-16 units): a few paragraphs about oneself fit many times over. */
export const ABOUT_MAX_CHARS = 10_000;

export type AboutStatus = "answered" | "no-answers" | "unrecognised";

export interface AboutReading {
  /** "answered": some answers; "no-answers": phrases found, none sets an answer (all negated, say);
   *  "unrecognised": nothing the lexicon knows. */
  status: AboutStatus;
  characters: number;
  /** Valid per requireValidAnswers: multi-choice merged and sorted, an exclusive "none" alone. */
  answers: Answers;
  matches: AboutMatch[];
  /** Words and phrases that are not function words and that no entry placed, as written. */
  unplaced: string[];
  /** Years of experience said ("8 years", "五年"), the largest; no question asks it. */
  years: number | null;
  /** Question ids the text answered, in questionnaire order, and the rest. */
  answered: string[];
  unanswered: string[];
  coverage: number;
}

// ---------------------------------------------------------------- the input gate

/** Where a description came from, for the error messages. */
export type AboutSource = { kind: "option" } | { kind: "file"; path: string } | { kind: "stdin" } | { kind: "prompt" };

// C0 and C1 controls other than tab and line breaks; DEL; bidi overrides and isolates.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// A NUL, U+FFFD (what invalid UTF-8 decodes to) or a lone surrogate: bytes that are not text.
// Written without \p{…}, whose classes cost milliseconds to compile at each start.
const BINARY = /[\u0000\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Refuses what cannot be a description, with one message; the length check comes first, so 1 MB is refused at once. */
export function checkAboutText(text: string, from: AboutSource = { kind: "option" }): void {
  const where = sourceText(from);
  // Each message names the source in its own language.
  if (text.length > ABOUT_MAX_CHARS) {
    throw usageError({ en: say("en", ABOUT.tooLong, where.en, ABOUT_MAX_CHARS), zh: say("zh", ABOUT.tooLong, where.zh, ABOUT_MAX_CHARS) });
  }
  if (BINARY.test(text)) throw usageError({ en: say("en", ABOUT.binary, where.en), zh: say("zh", ABOUT.binary, where.zh) });
  const control = CONTROL.exec(text);
  if (control) {
    const code = `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    throw usageError({ en: say("en", ABOUT.control, where.en, code), zh: say("zh", ABOUT.control, where.zh, code) });
  }
  if (!text.trim()) throw usageError({ en: say("en", ABOUT.empty, where.en), zh: say("zh", ABOUT.empty, where.zh) });
}

function sourceText(from: AboutSource): Localized {
  switch (from.kind) {
    case "option":
      return localize(ABOUT.fromOption);
    case "file":
      return localize(ABOUT.fromFile, from.path);
    case "stdin":
      return localize(ABOUT.fromStdin);
    case "prompt":
      return localize(ABOUT.fromPrompt);
  }
}

// ---------------------------------------------------------------- normalisation and units

type UnitKind = "word" | "han" | "hard" | "soft";
interface Unit {
  text: string;
  kind: UnitKind;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

// A unit is a word (letters, digits, + # ' inside: c++, c#, don't), one Chinese character, or
// punctuation that bounds a clause ("hard") or a list item ("soft"). Everything else (spaces,
// hyphens, slashes, symbols, emoji) only separates words, and so does a dot between letters or
// digits, like a hyphen: node.js, 2.5. Han is told by code-unit ranges (isHanUnit), the
// supplementary ideographs (extensions B to F) as surrogate pairs. The text is cut in one pass by
// character codes: no regular expression, no Unicode property class (which costs milliseconds to
// compile at every start).
const HARD = new Set([".", "!", "?", ";", "。", "！", "？", "；", "\n", "…"]);
const SOFT = new Set([",", "，", "、", ":", "(", ")", "[", "]", '"', "“", "”", "‘", "’", "《", "》", "「", "」", "【", "】", "|", "~", "·", "•"]);

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Normalised text (already lower case, simplified) as units. `starts`/`ends` map a normalised
 * offset to the original; without them the two are the same (each character normalised to as
 * many code units as it had).
 */
function tokenize(norm: string, starts?: number[], ends?: number[]): Unit[] {
  const start = (k: number) => (starts ? starts[k]! : k);
  const end = (k: number) => (ends ? ends[k]! : k + 1);
  const units: Unit[] = [];
  const n = norm.length;
  for (let i = 0; i < n; ) {
    const c = norm.charCodeAt(i);
    if (isWordStart(c)) {
      const j = wordEnd(norm, i);
      units.push({ text: stem(norm.slice(i, j)), kind: "word", start: start(i), end: end(j - 1) });
      i = j;
    } else if (c >= 0xd840 && c <= 0xd87f) {
      // A supplementary ideograph; a high surrogate alone is no unit.
      if (i + 1 < n && isLowSurrogate(norm.charCodeAt(i + 1))) {
        units.push({ text: norm.slice(i, i + 2), kind: "han", start: start(i), end: end(i + 1) });
        i += 2;
      } else i++;
    } else if (isHanUnit(c)) {
      units.push({ text: norm[i]!, kind: "han", start: start(i), end: end(i) });
      i++;
    } else {
      const t = norm[i]!;
      const innerDot = c === 46 && i > 0 && i + 1 < n && isWordStart(norm.charCodeAt(i - 1)) && isWordStart(norm.charCodeAt(i + 1));
      const kind: UnitKind | undefined = innerDot ? undefined : HARD.has(t) ? "hard" : SOFT.has(t) ? "soft" : undefined;
      if (kind) units.push({ text: t, kind, start: start(i), end: end(i) });
      i++;
    }
  }
  return units;
}

/** The unified ideographs (extension A and the main block): NFKC and lower case leave them as they are. */
const isPlainHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

const simplifiedMaps = new WeakMap<Readonly<Record<string, string>>, Map<number, string>>();

/** The lexicon's traditional characters (each one code unit, per the schema) to simplified, by code. */
function simplifiedOf(traditional: Readonly<Record<string, string>>): Map<number, string> {
  let map = simplifiedMaps.get(traditional);
  if (!map) {
    map = new Map();
    for (const t in traditional) if (Object.hasOwn(traditional, t)) map.set(t.charCodeAt(0), traditional[t]!);
    simplifiedMaps.set(traditional, map);
  }
  return map;
}

/**
 * The text as units. Each non-ASCII code point is normalised on its own (NFKC folds full-width
 * letters and punctuation; lower case; the lexicon's traditional characters to simplified),
 * keeping its offsets in the original, so a match always points at the words as written. Most
 * characters stay as written: they are copied a run at a time, and offsets are mapped only once a
 * character becomes a different number of code units ("ﬁ" → "fi").
 */
function unitsOf(text: string, traditional: Readonly<Record<string, string>>): Unit[] {
  const simplified = simplifiedOf(traditional);
  let norm = "";
  let run = 0; // where the characters copied as written start
  let starts: number[] | undefined;
  let ends: number[] | undefined;
  const copy = (to: number) => {
    if (starts) for (let k = run; k < to; k++) starts.push(k), ends!.push(k + 1);
    norm += text.slice(run, to);
  };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let len = 1;
    let piece: string | undefined; // undefined: as written
    if (c < 0x80) {
      if (c >= 65 && c <= 90) piece = String.fromCharCode(c + 32);
    } else if (isPlainHan(c)) {
      // Most of a Chinese text: skip normalize(), a call into ICU for each character.
      piece = simplified.get(c);
    } else {
      if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) len = 2;
      const raw = text.slice(i, i + len);
      // A Chinese comma ends a clause; an English one may also run a list: keep them apart.
      let p = raw === "，" ? raw : raw === "’" || raw === "‘" ? "'" : raw.normalize("NFKC").toLowerCase();
      if (p.length === 1) p = simplified.get(p.charCodeAt(0)) ?? p;
      if (p !== raw) piece = p;
    }
    if (piece === undefined) {
      i += len;
      continue;
    }
    copy(i);
    if (!starts && piece.length !== len) {
      starts = Array.from({ length: norm.length }, (_, k) => k);
      ends = starts.map((k) => k + 1);
    }
    if (starts) for (let k = 0; k < piece.length; k++) starts.push(i), ends!.push(i + len);
    norm += piece;
    i += len;
    run = i;
  }
  copy(text.length);
  return tokenize(norm, starts, ends);
}

// ---------------------------------------------------------------- looking phrases up

/** Whether a and b differ by one edit (insertion, deletion, substitution or swap of neighbours). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A long English word no lexicon phrase starts with, repaired when exactly one lexicon word is one edit away ("kuberntes"). */
function repair(word: string, index: LexiconIndex): string {
  if (word.length < 6 || startsPhrase(index, word) || /[^a-z]/.test(word)) return word;
  // A word one edit away has the same first letter here, and one letter more or less at most.
  const letter = word[0]!;
  if (wordsFrom(index, letter, word.length).includes(word)) return word;
  let near: string | undefined;
  for (let length = word.length - 1; length <= word.length + 1; length++) {
    for (const w of wordsFrom(index, letter, length)) {
      if (!oneEditApart(word, w)) continue;
      if (near !== undefined) return word;
      near = w;
    }
  }
  return near ?? word;
}

// ---------------------------------------------------------------- finding phrases

/** What a phrase found in the text is in the lexicon: an entry (its index), a cue, or neither (a known word). */
interface Phrase {
  entry: number;
  cue: Cue | null;
}

interface Found {
  from: number;
  to: number; // unit indexes, exclusive
  phrase: Phrase;
}

function find(units: Unit[], lexicon: Lexicon, index: LexiconIndex, text: string): Found[] {
  const found: Found[] = [];
  let i = 0;
  // A phrase that counts only when cased (LexiconEntry.cased): written with a capital letter, or
  // right beside Chinese text.
  const written = (length: number, cased: boolean) => {
    if (!cased) return true;
    const words = text.slice(units[i]!.start, units[i + length - 1]!.end);
    return words !== words.toLowerCase() || (i > 0 && units[i - 1]!.kind === "han") || (i + length < units.length && units[i + length]!.kind === "han");
  };
  while (i < units.length) {
    const kind = units[i]!.kind;
    const hit = kind === "word" || kind === "han" ? phraseAt(index, units, i, written) : undefined;
    if (hit) {
      found.push({ from: i, to: i + hit.length, phrase: { entry: hit.entry, cue: hit.cue >= 0 ? lexicon.cues[hit.cue]! : null } });
      i += hit.length;
    } else i++;
  }
  return found;
}

// ---------------------------------------------------------------- cues: how each mention is read

const MODIFIERS: ReadonlySet<CueKind> = new Set(["negation", "weak", "fair", "strong", "wish", "like", "dislike"]);
/** How far after a mention (in units) a trailing cue still speaks of it: "数学基础真的一般". */
const AFTER_REACH = 5;

function readingOf(kinds: ReadonlySet<CueKind>): Reading {
  if (kinds.has("negation")) return kinds.has("strong") || kinds.has("fair") ? "weak" : kinds.has("like") ? "disliked" : "negated";
  if (kinds.has("weak")) return "weak";
  if (kinds.has("dislike")) return "disliked";
  if (kinds.has("wish")) return "wished";
  if (kinds.has("like")) return "liked";
  if (kinds.has("strong")) return "strong";
  if (kinds.has("fair")) return "fair";
  return "plain";
}

/**
 * The cue kinds that apply to each entry mention. A cue before a mention reaches forward through
 * its clause, across lists (a connector or comma followed at once by another mention), and stops
 * at a pronoun, a break word, another cue or the clause's end. A cue after a mention applies to
 * the mention just before it (within AFTER_REACH units) and to the list that mention ends. A cue
 * that may stand either side goes forward when a mention follows it in its reach.
 */
function cueKinds(found: Found[], units: Unit[]): Map<Found, Set<CueKind>> {
  const result = new Map<Found, Set<CueKind>>();
  const mentions = found.filter((f) => f.phrase.entry >= 0);
  for (const m of mentions) result.set(m, new Set());
  // Items in unit order: mentions, cues and boundaries; gaps are the units between them.
  const items: Item[] = [];
  let fi = 0;
  for (let i = 0; i < units.length; ) {
    const f = found[fi];
    if (f && f.from === i) {
      if (f.phrase.entry >= 0) items.push({ kind: "mention", f });
      else if (f.phrase.cue) {
        const cue = f.phrase.cue;
        if (cue.kind === "break") items.push({ kind: "boundary", hard: true, at: i, to: f.to });
        else if (cue.kind === "connector") items.push({ kind: "boundary", hard: false, at: i, to: f.to });
        else items.push({ kind: "cue", f, cue });
      }
      fi++;
      i = f.to;
      continue;
    }
    const u = units[i]!;
    if (u.kind === "hard" || u.kind === "soft") items.push({ kind: "boundary", hard: u.kind === "hard", at: i, to: i + 1 });
    i++;
  }
  const clauseCommas = commasBetweenClauses(items, units);
  /** Whether the boundary unit at `at` joins list items: a connector, "、", or an English comma in a list (not between clauses). */
  const joinsList = (at: number) => {
    const u = units[at]!;
    if (u.kind === "word" || u.kind === "han") return true; // a connector word
    return u.text === "、" || (u.text === "," && units[at - 1]?.kind === "word" && units[at + 1]?.kind === "word" && !clauseCommas.has(at));
  };
  const startOf = (it: Item) => (it.kind === "boundary" ? it.at : it.f.from);
  const endOf = (it: Item) => (it.kind === "boundary" ? it.to : it.f.to);
  /** The mentions a forward cue at items[k] reaches, and whether the first is in its own stretch (no comma before it). */
  const forward = (k: number): { reached: Found[]; direct: boolean } => {
    const reached: Found[] = [];
    let direct = true;
    for (let j = k + 1; j < items.length; j++) {
      const it = items[j]!;
      if (it.kind === "mention") {
        reached.push(it.f);
        continue;
      }
      if (it.kind === "cue") {
        // Cues side by side combine ("not very good at"); any other cue, or a pronoun, ends the reach.
        if (items[j - 1]!.kind === "cue" && endOf(items[j - 1]!) === startOf(it) && MODIFIERS.has(it.cue.kind)) continue;
        break;
      }
      if (it.hard) break;
      if (!reached.length) direct = false;
      // A connector or a list comma (", or") carries the cue on only into a list: the next thing is a mention, at once.
      let last = j;
      while (items[last + 1]?.kind === "boundary" && joinsList((items[last + 1] as { at: number }).at) && joinsList((items[last] as { at: number }).at)) last++;
      const next = items[last + 1];
      if (!next || next.kind !== "mention" || next.f.from !== endOf(items[last]!) || !joinsList(it.at)) break;
      j = last;
    }
    return { reached, direct };
  };
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind !== "cue" || !MODIFIERS.has(it.cue.kind)) continue;
    const { reached: ahead, direct } = forward(k);
    const aheadInReach = ahead.length > 0 && direct && ahead[0]!.from - it.f.to <= AFTER_REACH * 2;
    const prev = items[k - 1];
    const prevMention = prev?.kind === "mention" ? prev : prev?.kind === "cue" && items[k - 2]?.kind === "mention" ? items[k - 2] : undefined;
    const behind = prevMention?.kind === "mention" && it.f.from - prevMention.f.to <= AFTER_REACH ? prevMention.f : null;
    // Between two mentions, a cue goes back when the one ahead has a trailing cue of its own: "前端基本不会 Python很熟".
    const next = items[k + 1];
    const after = items[k + 2];
    const aheadHasOwn = next?.kind === "mention" && after?.kind === "cue" && after.cue.at !== "before" && MODIFIERS.has(after.cue.kind) && after.f.from - next.f.to <= AFTER_REACH;
    const goForward = it.cue.at === "before" || (it.cue.at === "either" && ((aheadInReach && !(behind && aheadHasOwn)) || !behind));
    const targets: Found[] = [];
    if (goForward) targets.push(...ahead);
    else if (behind) {
      targets.push(behind);
      // Back through a list: "Python 和 C++ 都不太会".
      for (let j = items.findIndex((x) => x.kind === "mention" && x.f === behind) - 1; j >= 1; j -= 2) {
        const sep = items[j]!;
        const before = items[j - 1]!;
        const later = items[j + 1] as { f: Found };
        if (sep.kind !== "boundary" || sep.hard || before.kind !== "mention" || before.f.to !== sep.at || sep.to !== later.f.from || !joinsList(sep.at)) break;
        targets.push(before.f);
      }
    }
    for (const t of targets) result.get(t)!.add(it.cue.kind);
  }
  return result;
}

/** Mentions, cues and boundaries in unit order; a boundary spans units `at` to `to` (a connector may be several words). */
type Item = { kind: "mention"; f: Found } | { kind: "cue"; f: Found; cue: Cue } | { kind: "boundary"; hard: boolean; at: number; to: number };

/**
 * The English commas that end a clause rather than run a list. Mentions joined only by
 * separators (a comma, "、", a connector, ", or") form a run; its commas make a list when a
 * connector joins or closes it ("CUDA, C++, or Rust") or when no English word follows its last
 * mention ("never used CUDA, C++.", "Python, C++ 都不太会"). Otherwise the last mention starts a
 * clause of its own ("never used CUDA, Python is my main language"), and no cue crosses its comma.
 */
function commasBetweenClauses(items: readonly Item[], units: readonly Unit[]): Set<number> {
  const out = new Set<number>();
  const isSeparator = (it: Item | undefined): it is Extract<Item, { kind: "boundary" }> =>
    it?.kind === "boundary" && !it.hard && (units[it.at]!.kind !== "soft" || units[it.at]!.text === "," || units[it.at]!.text === "、");
  for (let k = 0; k < items.length; k++) {
    const first = items[k]!;
    if (first.kind !== "mention") continue;
    const commas: number[] = [];
    let connected = false;
    let last = first.f;
    let listEnded = false;
    for (;;) {
      // The separators right after `last`, touching one another, then a mention touching them.
      let j = k + 1;
      let end = last.to;
      const seps: number[] = [];
      while (isSeparator(items[j]) && (items[j] as { at: number }).at === end) {
        seps.push(j);
        end = (items[j] as { to: number }).to;
        j++;
      }
      const next = items[j];
      if (!seps.length || next?.kind !== "mention" || next.f.from !== end) break;
      const ats = seps.map((s) => (items[s] as { at: number }).at);
      // A list closed by its connector ("Go, and SQL") ends there: a bare comma after it starts another run.
      if (connected && ats.every((at) => units[at]!.text === ",")) {
        listEnded = true;
        break;
      }
      for (const at of ats) {
        if (units[at]!.text === ",") commas.push(at);
        else connected = true;
      }
      last = next.f;
      k = j;
    }
    if (listEnded) k--; // the list's last item starts the next run
    if (!commas.length || connected) continue;
    // Closed: no English word goes on after it, or a connector or break word does.
    const next = items[k + 1];
    const closed = units[last.to]?.kind !== "word" || (next?.kind === "boundary" && next.at === last.to);
    if (!closed) for (const at of commas) out.add(at);
  }
  return out;
}

// ---------------------------------------------------------------- from mentions to answers

function settingsFor(entry: LexiconEntry, reading: Reading): Setting[] {
  switch (reading) {
    case "plain":
      return entry.sets;
    case "strong":
      return entry.strong ?? entry.sets;
    case "fair":
      return entry.fair ?? entry.sets;
    case "liked":
      return entry.liked ?? entry.sets;
    case "wished":
      return entry.wished ?? (entry.kind === "interest" || entry.kind === "goal" ? entry.sets : []);
    case "weak":
      return entry.weak ?? [];
    case "negated":
      return entry.negated ?? [];
    case "disliked":
      return [];
  }
}

const valueOf = (s: Setting): string | number => ("option" in s ? s.option : s.value);
const POSITIVE: ReadonlySet<Reading> = new Set(["plain", "strong", "fair", "liked", "wished"]);

interface Candidate {
  match: AboutMatch;
  setting: Setting;
  order: number;
}

/** Merges the candidates into one answer per question; marks the matches whose answer was kept. */
function merge(questionnaire: Questionnaire, lexicon: Lexicon, candidates: Candidate[]): Record<string, AnswerValue> {
  const byQuestion = new Map<string, Candidate[]>();
  for (const c of candidates) byQuestion.set(c.setting.question, [...(byQuestion.get(c.setting.question) ?? []), c]);
  const out: Record<string, AnswerValue> = {};
  const keep = (list: Candidate[], value: string | number) => list.filter((c) => valueOf(c.setting) === value).forEach((c) => (c.match.used = true));
  for (const q of questionnaire.questions) {
    const list = byQuestion.get(q.id);
    if (!list?.length) continue;
    if (q.kind === "multi") {
      const exclusive = new Set(q.options.filter((o) => o.exclusive).map((o) => o.id));
      let ids = [...new Set(list.map((c) => valueOf(c.setting) as string))];
      if (ids.some((id) => !exclusive.has(id))) ids = ids.filter((id) => !exclusive.has(id));
      else ids = ids.slice(0, 1);
      for (const id of ids) keep(list, id);
      out[q.id] = ids.sort();
    } else if (q.kind === "scale") {
      const positive = list.filter((c) => POSITIVE.has(c.match.reading));
      const values = (positive.length ? positive : list).map((c) => valueOf(c.setting) as number);
      const value = positive.length ? Math.max(...values) : Math.min(...values);
      keep(list, value);
      out[q.id] = value;
    } else if (q.id === "background") {
      // The first background the text names, then a second one; a student, or a hint from a
      // language alone, only when nothing more specific is said.
      const firm = list.filter((c) => !("fallback" in c.setting && c.setting.fallback));
      const pool = (firm.length ? firm : list).slice().sort((a, b) => Number(valueOf(a.setting) === "student") - Number(valueOf(b.setting) === "student") || a.order - b.order);
      const ids = [...new Set(pool.map((c) => valueOf(c.setting) as string))];
      out.background = ids[0]!;
      keep(list, ids[0]!);
      if (ids[1] && questionnaire.questions.some((x) => x.id === "second-background")) {
        out["second-background"] = ids[1];
        for (const c of list.filter((c) => valueOf(c.setting) === ids[1])) {
          c.match.used = true;
          c.match.question = "second-background";
        }
      }
    } else {
      const pick = lexicon.questions[q.id]?.pick ?? "first";
      const options = q.options.map((o) => o.id);
      const ids = list.map((c) => valueOf(c.setting) as string);
      const value = pick === "highest" ? ids.reduce((a, b) => (options.indexOf(b) > options.indexOf(a) ? b : a)) : ids[0]!;
      keep(list, value);
      out[q.id] = value;
    }
  }
  return out;
}

// ---------------------------------------------------------------- years of experience

const ZH_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral of up to 99 ("五", "十二", "二十", "十几"); undefined if it is not one. */
function zhNumber(s: string): number | undefined {
  if (!s || /[^零一二两三四五六七八九十几]/.test(s)) return undefined;
  const t = s.replace(/几$/, "");
  if (t === "十") return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(t);
  if (m) return (m[1] ? ZH_DIGITS[m[1]]! : 1) * 10 + (m[2] ? ZH_DIGITS[m[2]]! : 0);
  return t.length === 1 ? ZH_DIGITS[t] : undefined;
}

const ZH_NUMERAL = new Set("零一二两三四五六七八九十几");
const YEAR_WORD = /^(year|yr|yrs)\+?$/;
const NUMBER_WORD = /^\d+(\+)?$/;
const EN_NUMBERS: ReadonlyMap<string, number> = new Map(
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
    .split(" ")
    .flatMap((w, k) => [[w, k + 1] as const, [`${w}+`, k + 1] as const]),
);
/** Whether a word is a number a years count may be written in ("8", "10+", "ten"); such a word is never repaired into a lexicon word. */
const isNumberWord = (w: string) => NUMBER_WORD.test(w) || EN_NUMBERS.has(w);

/** Years of experience said, and the units the saying covers. `text` is the original, for the dot of "1.5" and a minus sign. */
function findYears(units: Unit[], covered: Uint8Array, text: string): { years: number | null; used: Set<number> } {
  let years: number | null = null;
  const used = new Set<number>();
  const note = (n: number, from: number, to: number) => {
    if (n > 0 && n < 60) years = Math.max(years === null ? 0 : years, n);
    for (let k = from; k < to; k++) used.add(k);
  };
  const textAt = (k: number) => (k < units.length ? units[k]!.text : undefined);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (covered[i]) continue;
    if (u.kind === "word" && isNumberWord(u.text)) {
      // "1.5": the dot between digits cut it in two units.
      const decimal = /^\d+$/.test(u.text) && /^\d+\+?$/.test(textAt(i + 1) ?? "") && units[i + 1]!.start === u.end + 1 && ".．".includes(text[u.end]!);
      const n = decimal ? Number.parseFloat(`${u.text}.${units[i + 1]!.text}`) : (EN_NUMBERS.get(u.text) ?? Number.parseInt(u.text, 10));
      const last = decimal ? i + 1 : i;
      // "-3 years" is no count of years; "3-5 years" is a range, whose dash follows a digit.
      const minus = u.start > 0 && "-−－".includes(text[u.start - 1]!) && !(u.start > 1 && /[a-z0-9]/i.test(text[u.start - 2]!));
      const next = units[last + 1];
      const said = next !== undefined && ((next.kind === "word" && YEAR_WORD.test(next.text)) || (next.text === "年" && textAt(last + 2) !== "级"));
      if (said && !minus) note(n, i, last + 2);
      i = last;
      continue;
    }
    // "零" alone starts no number ("零基础"), but may continue one.
    if (u.kind !== "han" || u.text === "零" || !ZH_NUMERAL.has(u.text)) continue;
    let j = i;
    let s = "";
    while (j < units.length && units[j]!.kind === "han" && ZH_NUMERAL.has(units[j]!.text) && !covered[j]) s += units[j++]!.text;
    const n = zhNumber(s);
    if (n !== undefined && textAt(j) === "年" && textAt(j + 1) !== "级") {
      const half = textAt(j + 1) === "半" ? 0.5 : 0;
      note(n + half, i, j + 1 + (half ? 1 : 0));
    }
    i = j - 1;
  }
  return { years, used };
}

// ---------------------------------------------------------------- the reading

/**
 * Reads a self-description into answers. Throws a usage error for text that cannot be one
 * (checkAboutText). Deterministic: the same text, questionnaire and lexicon give the same reading.
 */
export function readAbout(questionnaire: Questionnaire, lexicon: Lexicon, text: string, from: AboutSource = { kind: "option" }): AboutReading {
  checkAboutText(text, from);
  const index = lexiconIndexOf(lexicon);
  const units = unitsOf(text, lexicon.traditional);
  for (const u of units) if (u.kind === "word" && !isNumberWord(u.text)) u.text = repair(u.text, index);
  const found = find(units, lexicon, index, text);
  const kinds = cueKinds(found, units);
  const matches: AboutMatch[] = [];
  const candidates: Candidate[] = [];
  let order = 0;
  for (const f of found) {
    if (f.phrase.entry < 0) continue;
    const entry = lexicon.entries[f.phrase.entry]!;
    const reading = entry.literal ? "plain" : readingOf(kinds.get(f)!);
    const start = units[f.from]!.start;
    const end = units[f.to - 1]!.end;
    const chosen = settingsFor(entry, reading);
    // A reading that sets nothing still shows what the words would have set, marked unused.
    for (const setting of chosen.length ? chosen : entry.sets) {
      const match: AboutMatch = {
        phrase: text.slice(start, end),
        start,
        end,
        entry: entry.id,
        question: setting.question,
        value: valueOf(setting),
        reading,
        negated: reading === "negated" || reading === "disliked",
        used: false,
        source: entry.source,
      };
      matches.push(match);
      if (chosen.length) candidates.push({ match, setting, order: order++ });
    }
  }
  const merged = merge(questionnaire, lexicon, candidates);
  // The one gate for answers: a lexicon that sets an impossible answer fails here, as any source would.
  const answers = requireValidAnswers(questionnaire, { answers: merged }, "the self-description");
  const covered = new Uint8Array(units.length);
  for (const f of found) covered.fill(1, f.from, f.to);
  const { years, used } = findYears(units, covered, text);
  for (const k of used) covered[k] = 1;
  const answered = questionnaire.questions.filter((q) => answers.has(q.id)).map((q) => q.id);
  return {
    status: answers.size ? "answered" : matches.length ? "no-answers" : "unrecognised",
    characters: text.length,
    answers,
    matches,
    unplaced: unplacedOf(text, units, covered),
    years,
    answered,
    unanswered: questionnaire.questions.filter((q) => !answers.has(q.id)).map((q) => q.id),
    coverage: Math.round((answered.length / questionnaire.questions.length) * 100) / 100,
  };
}

const MAX_UNPLACED = 40;

/** Runs of units that nothing covered, as written; single characters and bare numbers are left out. */
function unplacedOf(text: string, units: Unit[], covered: Uint8Array): string[] {
  const out = new Set<string>();
  for (let i = 0; i < units.length && out.size < MAX_UNPLACED; i++) {
    if (covered[i] || units[i]!.kind === "hard" || units[i]!.kind === "soft") continue;
    let j = i;
    while (j + 1 < units.length && !covered[j + 1] && (units[j + 1]!.kind === "word" || units[j + 1]!.kind === "han")) j++;
    const run = units.slice(i, j + 1);
    const single = run.length === 1 && (run[0]!.kind === "han" || run[0]!.text.length < 2);
    if (!single && !run.every((u) => /^\d+$/.test(u.text))) out.add(text.slice(run[0]!.start, run[run.length - 1]!.end));
    i = j;
  }
  return [...out];
}

/** The reading as `--json` prints it (the `about` part of the output). */
export function aboutView(questionnaire: Questionnaire, reading: AboutReading): AboutView {
  const answers: Record<string, AnswerValue> = {};
  for (const q of questionnaire.questions) {
    const v = reading.answers.get(q.id);
    if (v !== undefined) answers[q.id] = v;
  }
  return {
    status: reading.status,
    characters: reading.characters,
    answers,
    matches: reading.matches,
    unplaced: reading.unplaced,
    years: reading.years,
    answered: reading.answered,
    unanswered: reading.unanswered,
    coverage: reading.coverage,
  };
}

/**
 * Answers from the text and answers given explicitly (--answers, --code, the review step): the
 * explicit ones win, question by question. `fromText` lists the questions whose answer came from the text.
 */
export function withExplicitAnswers(fromText: Answers, explicit: Answers): { answers: Answers; fromText: string[] } {
  const answers = new Map(fromText);
  for (const [id, v] of explicit) answers.set(id, v);
  return { answers, fromText: [...fromText.keys()].filter((id) => !explicit.has(id)) };
}
