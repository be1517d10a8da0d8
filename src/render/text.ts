// Wrapping for text that mixes Chinese and Latin script. cli-table3 measures width correctly but
// hard-wraps by string length and hides Chinese text behind "…", so every cell and paragraph is
// wrapped here, by display width, without dropping a character.

import stringWidth from "fast-string-width";

/**
 * Columns `s` takes on a terminal: ANSI codes and OSC-8 links take none, and so do control
 * characters, a tab among them, as string-width counts them (text from outside is escaped first).
 */
export const displayWidth = (s: string): number => (PRINTABLE_ASCII.test(s) ? s.length : stringWidth(s, TAB_AS_CONTROL));
const TAB_AS_CONTROL = { tabWidth: 0 };
// Printable ASCII is one column a character. Most text drawn (English) is only that, and one
// regular expression says so several times faster than the library's parser on a cold start
// (a table measures a thousand cells and words).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// A long word is cut between user-perceived characters, never inside an emoji sequence (ZWJ,
// skin tone, keycap, flag) or before a combining mark. Intl.Segmenter would do it too, but it
// costs about 20 ms to create, and this runs only for a word wider than its column.
const CLUSTER = /\p{RI}\p{RI}|(?:\P{M}|^)[\p{M}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]*(?:\u200d\P{M}[\p{M}\u{1F3FB}-\u{1F3FF}]*)*/gsu;
const clustersOf = (text: string) => text.match(CLUSTER) ?? [];

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

/** Characters that must not end a line (opening brackets and quotes), kept with what follows. */
const NO_LINE_END = new Set([..."（《「『【“‘([{"]);
const endsOpen = (t: string) => NO_LINE_END.has(t.slice(-1));

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    if (out.length && (keepsWithPrevious(t) || endsOpen(out[out.length - 1]!))) out[out.length - 1] += t;
    else out.push(t);
  }
  return out;
}

/** Breaks a token wider than the line into pieces that fit. */
function splitWide(token: string, width: number): string[] {
  const pieces: string[] = [];
  let cur = "";
  let curWidth = 0;
  for (const ch of clustersOf(token)) {
    const w = displayWidth(ch);
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
