// Reading JSON that a person or a script hands us: a file, or stdin for "-". Everything that can
// go wrong becomes a one-line usage error; nothing here throws anything else.
import { readFileSync, statSync } from "node:fs";
import { usageError } from "../errors.js";
import type { InStream } from "../context.js";

/** An answers document is a few hundred bytes; this leaves room for comments and long ids. */
export const MAX_INPUT_BYTES = 1024 * 1024;
const MAX_DEPTH = 32;

export async function readStream(stream: InStream, limit = MAX_INPUT_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) throw usageError(`standard input is larger than ${limit / 1024} KiB; an answers document is much smaller`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** `stdin` is asked for only when the source is "-": creating process.stdin costs ~5 ms. */
export async function readInput(source: string, stdin: () => InStream, what: string): Promise<string> {
  if (source === "-") return readStream(stdin());
  let size: number;
  try {
    const stat = statSync(source);
    if (stat.isDirectory()) throw usageError(`${what} "${source}" is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof Error && error.name === "CliError") throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(`cannot read ${what} "${source}": ${code === "ENOENT" ? "no such file" : (code ?? "unreadable")}`);
  }
  if (size > MAX_INPUT_BYTES) throw usageError(`${what} "${source}" is ${(size / 1024 / 1024).toFixed(1)} MiB; an answers document is at most ${MAX_INPUT_BYTES / 1024} KiB`);
  try {
    return readFileSync(source, "utf8");
  } catch (error) {
    throw usageError(`cannot read ${what} "${source}": ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
}

/**
 * A problem JSON.parse would not report: a key given twice in one object (JSON.parse silently
 * keeps the last), or nesting deeper than any answers document needs. Returns a message or null.
 */
export function structuralProblem(text: string): string | null {
  const stack: Array<Set<string> | null> = []; // a Set of keys per open object, null per array
  let expectKey = false;
  // Jump from one structural character to the next instead of visiting every character.
  const STRUCTURAL = /["{}[\],]/g;
  STRUCTURAL.lastIndex = 0;
  for (let m = STRUCTURAL.exec(text); m; m = STRUCTURAL.exec(text)) {
    const i = m.index;
    const c = text[i];
    if (c === '"') {
      let j = text.indexOf('"', i + 1);
      while (j > 0) {
        let backslashes = 0;
        while (text[j - 1 - backslashes] === "\\") backslashes++;
        if (backslashes % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      if (j < 0) return null; // unterminated: JSON.parse will report it
      const top = stack[stack.length - 1];
      if (top && expectKey) {
        const raw = text.slice(i + 1, j);
        let key = raw;
        if (raw.includes("\\")) {
          try {
            key = JSON.parse(`"${raw}"`) as string;
          } catch {
            return null; // JSON.parse will report it
          }
        }
        if (top.has(key)) return `the key "${key}" appears twice in one object`;
        top.add(key);
        expectKey = false;
      }
      STRUCTURAL.lastIndex = j + 1;
    } else if (c === "{" || c === "[") {
      stack.push(c === "{" ? new Set() : null);
      if (stack.length > MAX_DEPTH) return `nesting is deeper than ${MAX_DEPTH} levels`;
      expectKey = c === "{";
    } else if (c === "}" || c === "]") {
      stack.pop();
      expectKey = false;
    } else {
      expectKey = stack[stack.length - 1] instanceof Set;
    }
  }
  return null;
}

/**
 * The number of object keys in a parsed value, or -1 if it nests deeper than MAX_DEPTH. The
 * recursion stops at MAX_DEPTH, so hostile nesting cannot overflow the call stack.
 */
function countKeys(value: unknown, depth = 1): number {
  if (value === null || typeof value !== "object") return 0;
  if (depth > MAX_DEPTH) return -1;
  let keys = 0;
  if (Array.isArray(value)) {
    for (const child of value) {
      const n = countKeys(child, depth + 1);
      if (n < 0) return -1;
      keys += n;
    }
    return keys;
  }
  for (const key in value) {
    const n = countKeys((value as Record<string, unknown>)[key], depth + 1);
    if (n < 0) return -1;
    keys += n + 1;
  }
  return keys;
}

/** Places in the text where a key could end: a quote, optional whitespace, a colon. */
function keyLikePlaces(text: string): number {
  // Without whitespace between quote and colon (the common case) a plain search suffices.
  if (/"\s+:/.test(text)) return text.match(/"\s*:/g)?.length ?? 0;
  let n = 0;
  for (let i = text.indexOf('":'); i >= 0; i = text.indexOf('":', i + 2)) n++;
  return n;
}

/**
 * V8's message for a JSON syntax error, the same on every Node: Node 22 and later append
 * "(line L column C)" and Node 20 does not, so that is dropped and the place given here instead.
 */
function syntaxErrorDetail(error: unknown, text: string): string {
  const message = (error instanceof Error ? error.message.split("\n")[0]! : "invalid JSON").replace(/ \(line \d+ column \d+\)$/, "");
  const at = /at position (\d+)$/.exec(message);
  if (!at) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  return `${message} (line ${line}, column ${before.length - before.lastIndexOf("\n")})`;
}

/** Parses JSON text: a byte-order mark is allowed; any problem is a one-line usage error. */
export function parseJson(text: string, what: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/.test(body)) throw usageError(`${what} is empty; expected a JSON object like {"answers": {...}}`);
  if (body.includes("\u0000")) throw usageError(`${what} is not text (it contains NUL bytes); expected JSON`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // Name a nesting problem rather than whatever JSON.parse makes of it.
    const structural = structuralProblem(body);
    if (structural) throw usageError(`${what} is not valid: ${structural}`);
    throw usageError(`${what} is not valid JSON: ${syntaxErrorDetail(error, body)}`);
  }
  const keys = countKeys(value);
  if (keys < 0) throw usageError(`${what} is not valid: nesting is deeper than ${MAX_DEPTH} levels`);
  // Every key in the text is a string followed by a colon. If there are no more such places than
  // keys survived parsing, no key was given twice; only otherwise is the text scanned to find it.
  if (keyLikePlaces(body) > keys) {
    const structural = structuralProblem(body);
    if (structural) throw usageError(`${what} is not valid: ${structural}`);
  }
  return value;
}
