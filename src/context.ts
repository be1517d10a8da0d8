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
  return {
    ...io,
    lang: detectLang(opts.lang, io.env),
    colorLevel: colorLevel({ color: opts.color !== false, isTTY: Boolean(io.stdout.isTTY), env: io.env }),
    width: outputWidth(io.stdout.columns, io.env),
    interactive: Boolean(io.stdin.isTTY && io.stdout.isTTY),
  };
}

/** Prints one JSON document on stdout: the whole result, nothing else. */
export function printJson(ctx: Context, doc: unknown): void {
  ctx.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
}

export function printText(ctx: Context, text: string): void {
  ctx.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}
