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
// Compiled only when a cluster could be an emoji: the RGI_Emoji property takes about 40 ms to
// compile, more than the rest of a start. Built at run time: the `v` flag is past the TypeScript target.
let emoji: RegExp | undefined;
// A single code point is an RGI emoji exactly when it is shown as one by default.
const PRESENTED = /^\p{Emoji_Presentation}$/u;
const isEmoji = (cluster: string) =>
  cluster.length <= 2 && cluster.codePointAt(0)! >= (cluster.length === 2 ? 0x10000 : 0) ? PRESENTED.test(cluster) : (emoji ??= new RegExp("^\\p{RGI_Emoji}$", "v")).test(cluster);
// Every emoji has a code point in one of these ranges (pictographs, dingbats, symbols, keycaps, flags, ZWJ, VS16).
const MAYBE_EMOJI = /[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\u200d\u20e3\ufe0f\u{1f000}-\u{1faff}]/u;

// Ranges whose width is known without the East Asian Width tables (checked against them in
// test/unit/text.test.ts): narrow below U+1100 and in punctuation, arrows and box drawing;
// wide for CJK ideographs, kana, Hangul syllables and full-width forms.
function knownWidth(cp: number): number | undefined {
  if (cp < 0x1100 || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205e) || (cp >= 0x2190 && cp <= 0x2193) || (cp >= 0x2500 && cp <= 0x259f)) return 1;
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3001 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x3099 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xff01 && cp <= 0xff60)) return 2;
  return undefined;
}
const widthOf = (cp: number) => knownWidth(cp) ?? eastAsianWidth(cp);
const KEYCAP = /^[\d#*]\ufe0f?\u20e3$/;
const SPACING_MARK = /\p{Mc}/u;

function clusterWidth(cluster: string): number {
  const chars = [...cluster];
  const base = chars.findIndex((ch) => !INVISIBLE.test(ch));
  if (base === -1) return 0;
  if ((MAYBE_EMOJI.test(cluster) && isEmoji(cluster)) || KEYCAP.test(cluster) || (cluster.includes("\u200d") && (cluster.match(/\p{Extended_Pictographic}/gu)?.length ?? 0) >= 2)) return 2;
  let width = widthOf(chars[base]!.codePointAt(0)!);
  for (const ch of chars.slice(base + 1)) if (SPACING_MARK.test(ch) || (ch >= "\uff00" && ch <= "\uffef")) width += widthOf(ch.codePointAt(0)!);
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
