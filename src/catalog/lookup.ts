// Finding a direction or a role by what a person types: its number, id, any alias, or its name in
// either language, case-insensitively, in simplified or traditional Chinese; and the closest names
// when nothing matches.
import type { Catalog, Direction, Role } from "./schema.js";
import { foldTraditional } from "./traditional.js";

export type Found = { kind: "direction"; direction: Direction } | { kind: "role"; role: Role; direction: Direction };

export function normalizeName(s: string): string {
  return foldTraditional(s.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " "));
}

interface Key {
  key: string;
  found: Found;
}
const keysOf = new WeakMap<Catalog, Key[]>();

/** Every name a person may type for each direction and role, normalised, with what it names. */
export function lookupKeys(catalog: Catalog): Key[] {
  const cached = keysOf.get(catalog);
  if (cached) return cached;
  const keys: Key[] = [];
  for (const direction of catalog.directions) {
    const found: Found = { kind: "direction", direction };
    for (const k of [String(direction.number), direction.id, ...direction.aliases, direction.name.zh, direction.name.en]) {
      keys.push({ key: normalizeName(k), found });
    }
    for (const role of direction.roles) {
      const roleFound: Found = { kind: "role", role, direction };
      for (const k of [role.id, ...role.aliases, role.name.zh, role.name.en]) keys.push({ key: normalizeName(k), found: roleFound });
    }
  }
  keysOf.set(catalog, keys);
  return keys;
}

export function findEntry(catalog: Catalog, query: string): Found | undefined {
  const key = normalizeName(query);
  return lookupKeys(catalog).find((k) => k.key === key)?.found;
}

/** Levenshtein distance over code points, so a Chinese character counts as one edit. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** Past this many characters a name is no typo of a catalog name: no search (it is quadratic). */
export const MAX_SUGGEST_LENGTH = 200;

const HAN = /\p{Script=Han}/u;
/** A letter or digit of a script that separates words with spaces (not Han). */
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch) && !HAN.test(ch);

/**
 * Whether `needle` is a meaningful part of `hay`: a Chinese word (two Han characters or more)
 * anywhere, or in other scripts a whole word, or the start of a word at least three letters long
 * ("inf" in "inference", but not "rl" in "world" nor "en" in "engineer").
 */
function meaningfulPart(hay: string, needle: string, wholeWord: boolean): boolean {
  const chars = [...needle];
  if (chars.length < 2) return false;
  const han = chars.every((c) => HAN.test(c));
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (han) return true;
    const starts = !isWordChar(hay[at - 1]) || !isWordChar(needle[0]);
    const ends = !isWordChar(hay[at + needle.length]) || !isWordChar(needle[needle.length - 1]);
    if (starts && (ends || (!wholeWord && chars.length >= 3))) return true;
  }
  return false;
}

/**
 * How far a query is from a catalog name, or undefined when they share nothing meaningful. A
 * typo is a few edits (one for a word of up to four characters, one more for every three more,
 * counting the shorter of the two) that leave at least two characters, and half of the longer,
 * in place: "infar" is near "infra" and "aps" near "apps"; "happy", "gen" and "7" near nothing.
 * A name that contains the query, or is contained in it, as a word ranks like one edit and a half,
 * ahead of two.
 */
function closeness(q: string, qLength: number, key: string): number | undefined {
  const whole = typoDistance(q, qLength, key);
  if (meaningfulPart(key, q, false) || meaningfulPart(q, key, true)) return Math.min(whole ?? Infinity, 1.5);
  if (whole !== undefined) return whole;
  // A typo of one word of a longer name ("kernal" for "kernel developer") ranks behind.
  if (q.includes(" ") || !key.includes(" ")) return undefined;
  const words = key.split(" ").map((w) => typoDistance(q, qLength, w)).filter((d) => d !== undefined);
  return words.length ? Math.min(...words) + 1 : undefined;
}

function typoDistance(q: string, qLength: number, key: string): number | undefined {
  const keyLength = [...key].length;
  const longer = Math.max(qLength, keyLength);
  const limit = Math.min(Math.max(1, Math.floor((Math.min(qLength, keyLength) + 1) / 3)), longer - Math.max(2, Math.ceil(longer / 2)));
  if (Math.abs(qLength - keyLength) > limit) return undefined;
  const d = editDistance(q, key);
  return d <= limit ? d : undefined;
}

const entryOf = (f: Found) => (f.kind === "direction" ? `direction:${f.direction.id}` : `role:${f.role.id}`);

/**
 * Up to `max` known names closest to the query, one per direction or role (its closest name),
 * nearest first. Nothing for a name that shares nothing meaningful with any, or is too long to be
 * a typo of one.
 */
export function suggestNames(catalog: Catalog, query: string, max = 3): string[] {
  if (query.length > MAX_SUGGEST_LENGTH * 4) return [];
  const q = normalizeName(query);
  const qLength = [...q].length;
  if (!q || qLength > MAX_SUGGEST_LENGTH) return [];
  const best = new Map<string, { key: string; rank: number }>();
  for (const { key, found } of lookupKeys(catalog)) {
    if (/^\d+$/.test(key)) continue;
    const rank = closeness(q, qLength, key);
    if (rank === undefined) continue;
    const entry = entryOf(found);
    const prev = best.get(entry);
    if (!prev || rank < prev.rank || (rank === prev.rank && before(key, prev.key))) best.set(entry, { key, rank });
  }
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || (before(a.key, b.key) ? -1 : before(b.key, a.key) ? 1 : 0))
    .slice(0, max)
    .map((s) => s.key);
}

/** Shorter first, then by code point: the same order in every locale (never localeCompare). */
function before(a: string, b: string): boolean {
  return a.length !== b.length ? a.length < b.length : a < b;
}
