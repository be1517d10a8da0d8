// How many columns text takes on a terminal, by string-width's rules (East Asian Width of each
// grapheme cluster's first visible character, emoji sequences two, trailing spacing marks added)
// with get-east-asian-width's tables, the ones string-width uses. string-width itself creates an
// Intl.Segmenter when it loads, about 20 ms of a cold start, so clusters are found here by one
// regular expression instead. Where the two could differ (Hangul jamo, which a segmenter joins
// into syllables) this counts more, never less: a line measured here is never wider on screen.
import { eastAsianWidth } from "get-east-asian-width";

// A flag; or a character with its marks, emoji modifiers and tags, and any ZWJ-joined pictographs.
const CLUSTER = /\p{RI}\p{RI}|(?:\P{M}|^)[\p{M}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]*(?:\u200d\p{Extended_Pictographic}[\p{M}\u{1F3FB}-\u{1F3FF}]*)*/gsu;
export const clustersOf = (text: string): string[] => text.match(CLUSTER) ?? [];

// Colour codes (CSI) and OSC sequences, OSC-8 links among them, take no columns.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Mn}\p{Me}\p{Cs}]$/u;
// Built at run time: the `v` flag (Node 20+) is past the TypeScript target.
const EMOJI = new RegExp("^\\p{RGI_Emoji}$", "v");
const KEYCAP = /^[\d#*]\ufe0f?\u20e3$/;
const SPACING_MARK = /\p{Mc}/u;

function clusterWidth(cluster: string): number {
  const chars = [...cluster];
  const base = chars.findIndex((ch) => !INVISIBLE.test(ch));
  if (base === -1) return 0;
  if (EMOJI.test(cluster) || KEYCAP.test(cluster) || (cluster.includes("\u200d") && (cluster.match(/\p{Extended_Pictographic}/gu)?.length ?? 0) >= 2)) return 2;
  let width = eastAsianWidth(chars[base]!.codePointAt(0)!);
  for (const ch of chars.slice(base + 1)) if (SPACING_MARK.test(ch) || (ch >= "\uff00" && ch <= "\uffef")) width += eastAsianWidth(ch.codePointAt(0)!);
  return width;
}

// A table measures the same characters thousands of times.
const widths = new Map<string, number>();

/** Columns `s` takes: control characters (a tab among them) take none, as in string-width; text from outside is escaped first. */
export function displayWidth(s: string): number {
  if (PRINTABLE_ASCII.test(s)) return s.length;
  let total = 0;
  for (const cluster of clustersOf(s.includes("\u001b") || s.includes("\u009b") ? s.replace(ANSI, "") : s)) {
    let w = widths.get(cluster);
    if (w === undefined) widths.set(cluster, (w = PRINTABLE_ASCII.test(cluster) ? cluster.length : clusterWidth(cluster)));
    total += w;
  }
  return total;
}
