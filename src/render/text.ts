// Display width and wrapping for text that mixes Chinese and Latin script. cli-table3 measures
// width correctly but hard-wraps by string length and hides Chinese text behind "…", so every
// cell and paragraph is wrapped here, by display width, without dropping a character.

/** East Asian wide and fullwidth ranges (UAX #11, W and F); ambiguous characters count as 1. */
const WIDE: Array<[number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

// Indexed bounds instead of destructuring pairs: on a cold start this runs in V8's interpreter,
// where a for-of over pairs costs several times more per character.
const WIDE_BOUNDS = WIDE.flat();

function codePointWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) return 0;
  if (cp < 0x1100) return 1;
  for (let i = 0; i < WIDE_BOUNDS.length; i += 2) if (cp >= WIDE_BOUNDS[i]! && cp <= WIDE_BOUNDS[i + 1]!) return 2;
  return 1;
}

export function charWidth(ch: string): number {
  return codePointWidth(ch.codePointAt(0)!);
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
export const stripAnsi = (s: string) => s.replace(ANSI, "");

// Anything that is not exactly one column: controls, combining marks, the zero-width space, the
// wide ranges above, and surrogates. Text without any (most English) is as wide as it is long,
// which a regular expression tells much faster than the loop below.
// eslint-disable-next-line no-control-regex
const NOT_ONE_COLUMN = /[\u0000-\u001f\u007f-\u009f\u0300-\u036f\u200b\u1100-\u115f\u2e80-\uffff]/;

// For longer text (a Chinese paragraph), the same sum by counting with regular expressions: the
// length, plus one per wide BMP character, minus one per zero-width character and per astral
// character that is not wide (two code units, one column). Astral wide characters are two units
// and two columns; a lone surrogate is one and one.
const range = ([lo, hi]: [number, number]) => `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`;
const WIDE_BMP = new RegExp(`[${WIDE.filter(([, hi]) => hi <= 0xffff).map(range).join("")}]`, "gu");
const ASTRAL_WIDE = WIDE.filter(([lo]) => lo > 0xffff);
const ASTRAL_NARROW = new RegExp(`(?![${ASTRAL_WIDE.map(range).join("")}])[\\u{10000}-\\u{10ffff}]`, "gu");
// eslint-disable-next-line no-control-regex
const ZERO_WIDTH = /[\u0000-\u001f\u007f-\u009f\u0300-\u036f\u200b]/g;
const removed = (text: string, re: RegExp) => text.length - text.replace(re, "").length;
const countedWidth = (text: string) => text.length + removed(text, WIDE_BMP) - removed(text, ZERO_WIDTH) - removed(text, ASTRAL_NARROW) / 2;

/** Columns `s` takes on a terminal. Past `limit` it may stop counting and return a width above it. */
export function displayWidth(s: string, limit = Infinity): number {
  const text = s.includes("\u001b") ? stripAnsi(s) : s;
  if (!NOT_ONE_COLUMN.test(text)) return text.length;
  if (text.length > 24) return countedWidth(text);
  let w = 0;
  for (let i = 0; i < text.length && w <= limit; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++; // the second half of a surrogate pair
    w += codePointWidth(cp);
  }
  return w;
}

/** Characters that must not start a line (Chinese closing punctuation), kept with the line before. */
const NO_LINE_START = new Set([..."，。、；：！？）》」』”’,.;:!?)]"]);

/**
 * Splits text into tokens that wrap as units: a run of Latin letters/digits/punctuation (a word
 * with its trailing space), or one wide character with any closing punctuation after it.
 */
const TOKEN = /[^\s\u2e80-\u9fff\uac00-\ud7a3\uff00-\uff60\u3000-\u303f]+\s*|\s+|[\s\S]/gu;

function keepsWithPrevious(t: string): boolean {
  for (const c of t) if (c !== " " && !NO_LINE_START.has(c)) return false;
  return true;
}

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    if (out.length && keepsWithPrevious(t)) out[out.length - 1] += t;
    else out.push(t);
  }
  return out;
}

/** Breaks a token wider than the line into pieces that fit. */
function splitWide(token: string, width: number): string[] {
  const pieces: string[] = [];
  let cur = "";
  let curWidth = 0;
  for (const ch of token) {
    const w = charWidth(ch);
    if (curWidth + w > width && cur) {
      pieces.push(cur);
      cur = "";
      curWidth = 0;
    }
    cur += ch;
    curWidth += w;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/**
 * Wraps plain text (no ANSI codes) to lines of at most `width` columns. Existing newlines are
 * kept. Only spaces at a break are dropped, so joining the lines' non-space characters gives back
 * every non-space character of the input.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(2, width);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0; // of `line` including its trailing spaces
    for (const token of tokens(paragraph)) {
      // Trailing spaces never count: they are dropped if the line breaks after them.
      const bodyWidth = displayWidth(token.trimEnd());
      if (bodyWidth === 0 || lineWidth + bodyWidth <= w) {
        line += token;
        lineWidth += displayWidth(token);
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      const trimmed = token.trimStart();
      const word = trimmed.trimEnd();
      if (displayWidth(word) <= w) line = trimmed;
      else {
        const pieces = splitWide(word, w);
        lines.push(...pieces.slice(0, -1));
        line = (pieces[pieces.length - 1] ?? "") + trimmed.slice(word.length);
      }
      lineWidth = displayWidth(line);
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Wraps with a hanging indent: the first line starts with `first`, the rest with spaces of its width. */
export function wrapIndented(text: string, width: number, first: string, rest = " ".repeat(displayWidth(first))): string[] {
  const inner = Math.max(4, width - displayWidth(first));
  return wrapText(text, inner).map((line, i) => (i === 0 ? first : rest) + line);
}
