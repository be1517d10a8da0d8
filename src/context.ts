// What a command needs from the outside world, gathered once and passed in, so that commands can
// be run by tests with any streams and environment.
import type { Lang } from "./catalog/schema.js";
import { colorLevel, detectLang, outputWidth, type Env } from "./io/env.js";

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface InStream extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

export interface IO {
  stdin: InStream;
  stdout: OutStream;
  stderr: OutStream;
  env: Env;
}

export interface GlobalOptions {
  lang?: string;
  color?: boolean;
}

export interface Context extends IO {
  lang: Lang;
  /** chalk level for stdout: 0 without colour. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Columns to lay human output out in. */
  width: number;
  /** Both stdin and stdout are terminals: prompting is allowed. */
  interactive: boolean;
}

export function makeContext(io: IO, opts: GlobalOptions): Context {
  // The context inherits the streams from `io` instead of copying them: copying would run the
  // getters that create process.stdin and friends, which most commands never need.
  const context = Object.create(io) as Context;
  const stdinIsTTY = () => Boolean(io.stdin.isTTY);
  // Terminal facts are looked up when first asked for: JSON output never needs them.
  const once = <T>(compute: () => T) => {
    let value: { v: T } | undefined;
    return () => (value ??= { v: compute() }).v;
  };
  return Object.defineProperties(context, {
    lang: { value: detectLang(opts.lang, io.env), enumerable: true },
    colorLevel: { get: once(() => colorLevel({ color: opts.color !== false, isTTY: () => Boolean(io.stdout.isTTY), env: io.env })), enumerable: true },
    width: { get: once(() => outputWidth(() => io.stdout.columns, io.env)), enumerable: true },
    interactive: { get: () => Boolean(io.stdout.isTTY) && stdinIsTTY(), enumerable: true },
  });
}

/** Prints one JSON document on stdout: the whole result, nothing else. */
export function printJson(ctx: Context, doc: unknown): void {
  ctx.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
}

export function printText(ctx: Context, text: string): void {
  ctx.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}
