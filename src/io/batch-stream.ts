// `recommend --batch`: JSON Lines in on stdin, one compact JSON result per line out, in order.
import { once, type EventEmitter } from "node:events";
import type { Context, InStream } from "../context.js";
import { CliError, ExitCode, usageError } from "../errors.js";
import { MAX_INPUT_BYTES, streamIsDirectory } from "./json-input.js";
import { localize } from "../messages/define.js";
import { errnoCode, fsReason } from "../messages/fs.js";
import { INPUT as M, localizeEach } from "../messages/input.js";

/**
 * Splits a byte stream into lines, holding at most `limit` + 1 bytes of one line. A record ends
 * at "\n" (a "\r" before it is removed), never at a lone "\r", which is JSON whitespace. A last
 * line without a newline counts; nothing after a final newline does. A line longer than `limit`
 * bytes is yielded as null, and its bytes are skipped up to the next "\n" without being held.
 * Each line is decoded as UTF-8 as a whole, so a character split between chunks comes out whole.
 */
export async function* boundedLines(stream: AsyncIterable<unknown>, limit = MAX_INPUT_BYTES): AsyncGenerator<string | null> {
  let parts: Buffer[] = [];
  let size = 0;
  /** The current line is too long: its bytes are dropped up to the next "\n". */
  let skipping = false;
  /** Some bytes of a line have come since the last "\n". */
  let open = false;
  const finish = (): string | null => {
    const held = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    const tooLong = skipping;
    parts = [];
    size = 0;
    skipping = false;
    open = false;
    if (tooLong) return null;
    const end = held.length > 0 && held[held.length - 1] === 13 ? held.length - 1 : held.length;
    return end > limit ? null : held.toString("utf8", 0, end);
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    while (start < buf.length) {
      const nl = buf.indexOf(10, start);
      const end = nl < 0 ? buf.length : nl;
      if (end > start) {
        open = true;
        if (!skipping) {
          // limit + 1 leaves room for the "\r" of a "\r\n".
          if (size + (end - start) > limit + 1) {
            skipping = true;
            parts = [];
            size = 0;
          } else {
            parts.push(buf.subarray(start, end));
            size += end - start;
          }
        }
      }
      if (nl < 0) break;
      yield finish();
      start = nl + 1;
    }
  }
  if (open) yield finish();
}

const directory = () => usageError(localize(M.batchDirectory));

/** The stream's chunks, with a read error as a one-line error: a directory is a usage error (EISDIR). */
async function* readable(stream: InStream): AsyncGenerator<unknown> {
  try {
    yield* stream;
  } catch (error) {
    const code = errnoCode(error);
    if (code === "EISDIR") throw directory();
    if (code) throw new CliError(localizeEach(M.cannotReadStdin, (lang) => [fsReason(error)[lang]]), ExitCode.failure);
    throw error;
  }
}

export async function runBatch(ctx: Context): Promise<void> {
  if (ctx.stdin.isTTY) throw usageError(localize(M.batchTerminal));
  const stdin: InStream = ctx.stdin;
  if (streamIsDirectory(stdin)) throw directory();
  const { advisor } = await import("../advisor/advisor.js");
  const { scoreLine } = await import("../advisor/batch.js");
  let failed = 0;
  let line = 0;
  let pending: string[] = [];
  // Respect backpressure, so a slow reader never makes the batch hold all results in memory.
  const flush = async () => {
    const chunk = pending.join("");
    pending = [];
    if (chunk && ctx.stdout.write(chunk) === false && "once" in ctx.stdout) await once(ctx.stdout as unknown as EventEmitter, "drain");
  };
  try {
    for await (const text of boundedLines(readable(stdin))) {
      line++;
      const { ok, result } =
        text === null
          ? { ok: false, result: { schemaVersion: 1, kind: "batch-error", line, error: { message: M.lineTooLong.en(line), problems: [] } } }
          : scoreLine(advisor, text, line);
      if (!ok) failed++;
      pending.push(`${JSON.stringify(result)}\n`);
      if (pending.length >= 256) await flush();
    }
  } catch (error) {
    // What was scored before a read error is still printed, then the error.
    if (error instanceof CliError) await flush();
    throw error;
  }
  await flush();
  if (failed) throw new CliError(localize(M.batchFailed, failed, line), ExitCode.failure);
}
