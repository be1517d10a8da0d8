// The one quoting helper: everything that came from outside (a name, a path, a code, a value, a
// key) goes through it before it is put in a message, so that no input can paint the terminal,
// forge a line, or flood it.

/**
 * Text from outside (a code, an id, a value) made safe to echo in a message: control and
 * formatting characters (escape sequences, bidi overrides, line breaks) shown as escapes, and cut
 * with "…" once `max` characters are shown (an escape counts as the characters it is written
 * with), so that no input can paint the terminal or flood it.
 */
export function printable(text: string, max = 60): string {
  if (text.length <= max && !UNSAFE.test(text)) return text;
  let out = "";
  let count = 0;
  for (const ch of text) {
    const shown = UNSAFE.test(ch) ? escapeChar(ch) : ch;
    count += UNSAFE.test(ch) ? shown.length : 1;
    if (count > max) return `${out}…`;
    out += shown;
  }
  return out;
}

/** Control, formatting (bidi, zero-width), lone surrogate and line/paragraph separator characters. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

const NAMED_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(ch: string): string {
  const named = NAMED_ESCAPES[ch];
  if (named) return named;
  const cp = ch.codePointAt(0)!;
  return cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\u{${cp.toString(16)}}`;
}

/** `printable` in double quotes: how a message names a value the user gave. */
export const quoted = (text: string, max = 60): string => `"${printable(text, max)}"`;
