// The questionnaire's opening prompt: a line of free text (a self-description). @inquirer/input
// leaves the typed line to readline and @inquirer/core's screen manager, which count UTF-16 units,
// not columns: once a line of Chinese wraps, the cursor lands on the wrong row and redraws eat the
// lines above. So the text is kept, edited and drawn here, by display width, with the cursor drawn
// in reverse video (the terminal's own cursor is hidden, as in the choice prompt), on
// @inquirer/core's public createPrompt, which still gives raw mode, Ctrl-C, abort signals and the
// clean-up of the terminal.
import { styleText } from "node:util";
import { createPrompt, isEnterKey, useEffect, useKeypress, useRef, useState, type KeypressEvent } from "@inquirer/core";
import { printable } from "../quote.js";
import { wrapIndented } from "../render/text.js";
import { clustersOf, displayWidth } from "../render/width.js";

export interface TextPromptConfig {
  message: string;
  /** Said under the message, before the text: what to write, an example. */
  help?: string;
  /** The text to start with, the cursor at its end (what was typed before). */
  initial?: string;
  /** Shown from the start: why the text typed before was refused. */
  error?: string;
  /** At most this many UTF-16 units are kept; typing more shows `full`. */
  maxLength?: number;
  full?: string;
  /** The line that says which keys do what, in the user's language. */
  keys: string;
  color?: boolean;
  /** The terminal's width now. */
  width?: () => number;
}

/** The key as readline gives it: @inquirer/core's type leaves out what was typed. */
type Key = KeypressEvent & { sequence?: string; meta?: boolean };

const HIDE_CURSOR = "\u001b[?25l";
const REVERSE = (cell: string) => `\u001b[7m${cell}\u001b[27m`;
/** Rows of text shown at most; a longer text scrolls with the cursor. */
const ROWS = 6;
const INDENT = "  ";
// Control, formatting and separator characters are shown escaped, as printable() shows them.
const UNSAFE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** What a key types, if it types anything: a character (Chinese among them), or a pasted run. */
function typed(key: Key): string | undefined {
  const s = key.sequence;
  if (!s || key.ctrl || key.meta || /[\u0000-\u001f\u007f]/.test(s)) return undefined;
  return s;
}

/** Where the character (grapheme cluster) before / after offset `i` starts / ends. */
const clusterBefore = (text: string, i: number) => i - (clustersOf(text.slice(Math.max(0, i - 64), i)).at(-1)?.length ?? 0);
const clusterAfter = (text: string, i: number) => i + (clustersOf(text.slice(i, i + 64))[0]?.length ?? 0);
/** Where the word before `i` starts: spaces, then the run of non-spaces (Ctrl-W). */
const wordBefore = (text: string, i: number) => text.slice(0, i).replace(/\S*\s*$/u, "").length;

/** The text in rows of at most `width` columns, cut between characters, and the row the cursor is on. */
function layout(text: string, cursor: number, width: number): { rows: string[]; at: number } {
  const rows: string[] = [];
  let row = "";
  let used = 0;
  let at = 0;
  let offset = 0;
  const cells = clustersOf(text).map((c) => {
    const cell = { text: c, start: offset };
    offset += c.length;
    return cell;
  });
  // The cursor after the last character is a reversed space.
  cells.push({ text: " ", start: text.length });
  for (const cell of cells) {
    const shown = UNSAFE.test(cell.text) ? printable(cell.text, 40) : cell.text;
    const w = Math.max(1, displayWidth(shown));
    if (used + w > width && row) {
      rows.push(row);
      row = "";
      used = 0;
    }
    if (cell.start === cursor) at = rows.length;
    row += cell.start === cursor ? REVERSE(shown) : shown;
    used += w;
  }
  rows.push(row);
  return { rows, at };
}

export const textPrompt = createPrompt<string, TextPromptConfig>((config, done) => {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (config.color ? styleText(style, text) : text);
  const max = config.maxLength ?? Infinity;
  const initial = (config.initial ?? "").slice(0, max);
  const [status, setStatus] = useState<"idle" | "done">("idle");
  const [error, setError] = useState<string | undefined>(config.error);
  // The text lives in a ref and is drawn once per burst of keys (setImmediate), not once per key:
  // a paste arrives as one keypress per character.
  const buffer = useRef({ text: initial, cursor: initial.length, newline: false, timer: undefined as NodeJS.Immediate | undefined, drawn: 0 });
  const [, setDrawn] = useState(0);
  useEffect(() => () => clearImmediate(buffer.current.timer), []);

  useKeypress((key: Key, rl) => {
    // readline keeps its own copy of the line; nothing reads it.
    rl.clearLine(0);
    if (status === "done") return;
    const b = buffer.current;
    const before = `${b.cursor}:${b.text}`;
    const text = typed(key);
    let full = false;
    if (isEnterKey(key)) b.newline = true;
    else if (text !== undefined) {
      // A line break followed by more text in the same burst was pasted: it is a space.
      const piece = b.newline ? ` ${text}` : text;
      b.newline = false;
      full = b.text.length + piece.length > max;
      if (!full) {
        b.text = b.text.slice(0, b.cursor) + piece + b.text.slice(b.cursor);
        b.cursor += piece.length;
      }
    } else if (!b.newline) edit(key, b);
    if (full) setError(config.full);
    else if (`${b.cursor}:${b.text}` !== before) setError(undefined);
    b.timer ??= setImmediate(() => {
      b.timer = undefined;
      if (b.newline) {
        setStatus("done");
        done(b.text);
      } else setDrawn(++b.drawn);
    });
  });

  const width = Math.max(20, config.width?.() ?? 80);
  const wrap = (text: string, first: string) => wrapIndented(text, width - 1, first, " ".repeat(first.length)).join("\n");
  const prefix = status === "done" ? paint("green", "✔") : paint("blue", "?");
  const message = paint("bold", wrap(config.message, "  ").slice(2));
  if (status === "done") return `${prefix} ${message}`;
  const { text, cursor } = buffer.current;
  const { rows, at } = layout(text, cursor, width - 1 - INDENT.length);
  const first = Math.max(0, at - (ROWS - 1));
  const lines = [
    `${prefix} ${message}`,
    config.help ? paint("dim", wrap(config.help, INDENT)) : "",
    rows
      .slice(first, first + ROWS)
      .map((row) => INDENT + row)
      .join("\n"),
    error ? paint("red", wrap(error, "> ")) : "",
    paint("dim", wrap(config.keys, "")),
  ];
  return `${lines.filter(Boolean).join("\n")}${HIDE_CURSOR}`;
});

/** The editing keys: ← → Home End (and Ctrl-B F A E), Backspace and Delete by whole character, Ctrl-U K W. (Ctrl-D is
 * readline's: on an empty line it ends the input, which cancels, as in every prompt.) */
function edit(key: Key, b: { text: string; cursor: number }): void {
  const { text, cursor } = b;
  const name = key.ctrl ? `C-${key.name}` : key.name;
  const cut = (from: number, to: number) => {
    b.text = text.slice(0, from) + text.slice(to);
    b.cursor = from;
  };
  switch (name) {
    case "backspace":
    case "C-h":
      return cut(clusterBefore(text, cursor), cursor);
    case "delete":
      return cut(cursor, clusterAfter(text, cursor));
    case "left":
    case "C-b":
      b.cursor = clusterBefore(text, cursor);
      return;
    case "right":
    case "C-f":
      b.cursor = clusterAfter(text, cursor);
      return;
    case "home":
    case "C-a":
      b.cursor = 0;
      return;
    case "end":
    case "C-e":
      b.cursor = text.length;
      return;
    case "C-u":
      return cut(0, cursor);
    case "C-k":
      b.text = text.slice(0, cursor);
      return;
    case "C-w":
      return cut(wordBefore(text, cursor), cursor);
  }
}
