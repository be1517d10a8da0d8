// Reading JSON that a person or a script hands us: a file, or stdin for "-". Everything that can
// go wrong becomes a one-line usage error; nothing here throws anything else.
import { fstatSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { printable } from "../quote.js";
import { CliError, textIn, usageError, type ErrorText } from "../errors.js";
import type { InStream } from "../context.js";
import { localize, type Localized } from "../messages/define.js";
import { errnoCode, fsReason } from "../messages/fs.js";
import { INPUT as M, JSON_SYNTAX as SYNTAX, localizeEach, named } from "../messages/input.js";

/** An answers document is a few hundred bytes; this leaves room for comments and long ids. */
export const MAX_INPUT_BYTES = 1024 * 1024;
const MAX_DEPTH = 32;
const CHUNK_BYTES = 64 * 1024;

/**
 * True if the stream reads a directory: Node gives a directory on stdin (`< somedir`) as a stream
 * that ends at once, with no error, so only the descriptor tells. Streams without one are not.
 */
export function streamIsDirectory(stream: InStream): boolean {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== "number") return false;
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Collects at most `limit` + 1 bytes: `add` returns false once there are more than `limit`, and
 * nothing past limit + 1 is kept, whatever the size of the chunks.
 */
function boundedBytes(limit: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  return {
    add(buf: Buffer): boolean {
      const room = limit + 1 - size;
      if (room <= 0) return false;
      const part = buf.length > room ? buf.subarray(0, room) : buf;
      chunks.push(part);
      size += part.length;
      return size <= limit;
    },
    remaining: () => Math.max(0, limit + 1 - size),
    text: () => Buffer.concat(chunks, size).toString("utf8"),
  };
}

/**
 * A read that failed, as a usage error in plain words (the answers the user named cannot be
 * used, whatever the reason): a directory said so, any other errno code explained.
 */
function readFailure(error: unknown, directory: () => CliError, cannot: (reason: Localized) => ErrorText): CliError {
  if (error instanceof CliError) return error;
  if (errnoCode(error) === "EISDIR") return directory();
  return usageError(cannot(fsReason(error)));
}

export async function readStream(stream: InStream, limit = MAX_INPUT_BYTES): Promise<string> {
  const directory = () => usageError(localize(M.stdinDirectory));
  if (streamIsDirectory(stream)) throw directory();
  const bytes = boundedBytes(limit);
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      // Leaving the loop destroys the stream: nothing past the limit is read on.
      if (!bytes.add(buf)) throw usageError(localize(M.stdinTooBig, limit / 1024));
    }
  } catch (error) {
    throw readFailure(error, directory, (reason) => localizeEach(M.cannotReadStdin, (lang) => [reason[lang]]));
  }
  return bytes.text();
}

/**
 * Reads a file by path, whatever it is (a file, a device, a pipe, a FIFO, a /proc file), at most
 * `limit` + 1 bytes: the size stat reports is 0 for all but regular files, so the limit is kept
 * while reading. A FIFO without a writer waits for one, as `cat` does (off the main thread, so
 * Ctrl-C still works).
 */
async function readPath(source: string, noun: ErrorText, limit: number): Promise<string> {
  // The path came from outside: control characters are shown escaped, and a long one is cut.
  const what = named(noun, printable(source, 200));
  const directory = () => usageError(localizeEach(M.pathDirectory, (lang) => [what[lang]]));
  const failure = (error: unknown) => readFailure(error, directory, (reason) => localizeEach(M.cannotReadPath, (lang) => [what[lang], reason[lang]]));
  const kib = limit / 1024;
  let stat;
  try {
    stat = statSync(source);
  } catch (error) {
    throw failure(error);
  }
  if (stat.isDirectory()) throw directory();
  // A regular file that says it is too big is refused unread.
  if (stat.isFile() && stat.size > limit) {
    throw usageError(localizeEach(M.pathSize, (lang) => [what[lang], (stat.size / 1024 / 1024).toFixed(1), kib]));
  }
  let handle;
  try {
    handle = await open(source, "r");
  } catch (error) {
    throw failure(error);
  }
  try {
    const bytes = boundedBytes(limit);
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, bytes.remaining()));
      let n: number;
      try {
        ({ bytesRead: n } = await handle.read(buf, 0, buf.length, null));
      } catch (error) {
        throw failure(error);
      }
      if (n === 0) return bytes.text();
      if (!bytes.add(buf.subarray(0, n))) throw usageError(localizeEach(M.pathLargerThan, (lang) => [what[lang], kib]));
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The one reader for every source of JSON: a path of any kind, or stdin for "-". It never holds
 * more than `limit` + 1 bytes and fails with a one-line usage error past the limit.
 * `stdin` is asked for only when the source is "-": creating process.stdin costs ~5 ms.
 */
export async function readInput(source: string, stdin: () => InStream, noun: ErrorText = localize(M.answersFile), limit = MAX_INPUT_BYTES): Promise<string> {
  if (source === "-") return readStream(stdin(), limit);
  return readPath(source, noun, limit);
}

/**
 * A problem JSON.parse would not report: a key given twice in one object (JSON.parse silently
 * keeps the last), or nesting deeper than any answers document needs. Returns a message or null.
 */
export function structuralProblem(text: string): ErrorText | null {
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
        if (top.has(key)) return localize(M.duplicateKey, printable(key));
        top.add(key);
        expectKey = false;
      }
      STRUCTURAL.lastIndex = j + 1;
    } else if (c === "{" || c === "[") {
      stack.push(c === "{" ? new Set() : null);
      if (stack.length > MAX_DEPTH) return localize(M.tooDeep, MAX_DEPTH);
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

/** V8's JSON.parse messages (Node 20 to 26), by what they mean; the text they quote is never shown. */
const V8_SYNTAX: Array<[RegExp, keyof typeof SYNTAX]> = [
  [/^Unexpected end of JSON input/, "endsEarly"],
  [/^Unterminated string/, "unterminatedString"],
  [/^Bad control character/, "controlInString"],
  [/^Bad (escaped character|Unicode escape)/, "badEscape"],
  [/^Expected (double-quoted property name|property name or '\}')/, "propertyName"],
  [/^Expected ':'/, "colon"],
  [/^Expected ',' or '\}'/, "afterValue"],
  [/^Expected ',' or '\]'/, "afterElement"],
  [/^Unexpected non-whitespace character after JSON/, "trailing"],
  [/^(No number after minus sign|Exponent part is missing a number|Unterminated fractional number|Unexpected number)/, "number"],
];

/**
 * What is wrong with a JSON text, in our words and in both languages, with the line and column
 * where V8 gives a position. V8's own message is never shown: it quotes the raw input.
 */
function syntaxErrorDetail(error: unknown, text: string): ErrorText {
  const message = error instanceof Error ? error.message : "";
  const kind = V8_SYNTAX.find(([pattern]) => pattern.test(message))?.[1];
  // "Unexpected token 'x', "...text..." is not valid JSON": the token, escaped, and nothing else.
  const token = /^Unexpected token '(.+?)', /su.exec(message)?.[1];
  const problem =
    kind !== undefined
      ? localize(SYNTAX[kind] as (typeof SYNTAX)["endsEarly"])
      : token !== undefined && [...token].length === 1
        ? localize(SYNTAX.unexpected, `"${printable(token)}"`)
        : localize(SYNTAX.other);
  const at = /at position (\d+)/.exec(message);
  if (!at) return problem;
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return localizeEach(SYNTAX.at, (lang) => [problem[lang], line, column]);
}

/** Parses JSON text: a byte-order mark is allowed; any problem is a one-line usage error. */
export function parseJson(text: string, what: ErrorText): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const invalid = (problem: ErrorText) => usageError(localizeEach(M.notValid, (lang) => [textIn(lang, what), textIn(lang, problem)]));
  if (!/\S/.test(body)) throw usageError(localizeEach(M.empty, (lang) => [textIn(lang, what)]));
  if (body.includes("\u0000")) throw usageError(localizeEach(M.notText, (lang) => [textIn(lang, what)]));
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // Name a nesting problem rather than whatever JSON.parse makes of it.
    const structural = structuralProblem(body);
    if (structural) throw invalid(structural);
    const detail = syntaxErrorDetail(error, body);
    throw usageError(localizeEach(M.notValidJson, (lang) => [textIn(lang, what), textIn(lang, detail)]));
  }
  const keys = countKeys(value);
  if (keys < 0) throw invalid(localize(M.tooDeep, MAX_DEPTH));
  // Every key in the text is a string followed by a colon. If there are no more such places than
  // keys survived parsing, no key was given twice; only otherwise is the text scanned to find it.
  if (keyLikePlaces(body) > keys) {
    const structural = structuralProblem(body);
    if (structural) throw invalid(structural);
  }
  return value;
}
