// Wrapping for text that mixes Chinese and Latin script. cli-table3 measures width correctly but
// hard-wraps by string length and hides Chinese text behind "…", so every cell and paragraph is
// wrapped here, by display width, without dropping a character.

import { clustersOf, displayWidth } from "./width.js";

export { displayWidth };

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
  return wrapLines(text, width, width);
}

/** wrapText with the first line `first` columns wide and every other line `rest`. */
function wrapLines(text: string, first: number, rest: number): string[] {
  const lines: string[] = [];
  const widthNow = () => Math.max(2, lines.length === 0 ? first : rest);
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0; // of `line` including its trailing spaces
    for (const token of tokens(paragraph)) {
      // Trailing spaces never count: they are dropped if the line breaks after them.
      const bodyWidth = displayWidth(token.trimEnd());
      if (bodyWidth === 0 || lineWidth + bodyWidth <= widthNow()) {
        line += token;
        lineWidth += displayWidth(token);
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      const trimmed = token.trimStart();
      let word = trimmed.trimEnd();
      // A word wider than a whole line is cut into pieces, each as wide as its line allows.
      while (displayWidth(word) > widthNow()) {
        const piece = splitWide(word, widthNow())[0]!;
        lines.push(piece);
        word = word.slice(piece.length);
      }
      line = word + trimmed.slice(trimmed.trimEnd().length);
      lineWidth = displayWidth(line);
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * The widest piece that wrapText keeps on one line: a word or an id, or a wide character with the
 * punctuation that stays with it. A column narrower than this would have to break it.
 */
export function longestWord(text: string): number {
  let widest = 0;
  for (const paragraph of text.split("\n")) for (const token of tokens(paragraph)) widest = Math.max(widest, displayWidth(token.trim()));
  return widest;
}

/** Wraps with a hanging indent: the first line starts with `first`, the rest with spaces of its width. */
export function wrapIndented(text: string, width: number, first: string, rest = " ".repeat(displayWidth(first))): string[] {
  const inner = Math.max(4, width - displayWidth(first));
  return wrapText(text, inner).map((line, i) => (i === 0 ? first : rest) + line);
}

/** Wraps so that every line after the first is indented by `indent` spaces, all within `width`. */
export function wrapHanging(text: string, width: number, indent = 2): string[] {
  return wrapLines(text, width, width - indent).map((line, i) => (i ? " ".repeat(indent) + line : line));
}
