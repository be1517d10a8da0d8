// Runs the CLI's `main(argv, io)` inside the test process, with a fake IO: what it writes is
// captured, stdin is a given text, the environment is the test's. The result has the shape of
// runCli's, so a test can switch between the two with `await`. What only a real process shows
// (exit codes of the bin, signals, pipes, terminals, loading) stays in test/e2e/.
import { Readable } from "node:stream";
import { main } from "../../src/cli.js";
import type { InStream, IO, OutStream } from "../../src/context.js";
import { HANG_MS, type RunResult } from "./run-cli.js";

export type { RunResult };

export interface InProcessOptions {
  /** Added to {LANG: "C.UTF-8"}; an undefined value removes a variable. Nothing comes from process.env. */
  env?: Record<string, string | undefined>;
  /** stdin's bytes (default: empty, then end of input), or a stream of your own. */
  input?: string | Buffer | NodeJS.ReadableStream;
  /** stdin claims to be a terminal. */
  stdinIsTTY?: boolean;
  /** stdout claims to be a terminal. */
  isTTY?: boolean;
  /** The terminal's width, as stdout and stderr report it (each only when it is a terminal, as src/main.ts gives it). */
  columns?: number;
  /** stderr claims to be a terminal. */
  stderrIsTTY?: boolean;
  /** After this the run counts as hung and the promise rejects (default HANG_MS, 20 s). */
  hangMs?: number;
}

/** A stdin that stays open and never sends anything, like `sleep 60 | llm-career ...`. */
export function silentStdin(): Readable {
  return new Readable({ read() {} });
}

function capture(isTTY: boolean, columns: number | undefined): OutStream & { text: () => string } {
  const chunks: string[] = [];
  return {
    write(chunk: string) {
      if (typeof chunk !== "string") throw new TypeError(`write() got ${typeof chunk}, not a string`);
      chunks.push(chunk);
      return true;
    },
    isTTY,
    columns: isTTY ? columns : undefined,
    text: () => chunks.join(""),
  };
}

/** `llm-career ...args`, in-process. Never rejects except for a hang. */
export async function runInProcess(args: string[], opts: InProcessOptions = {}): Promise<RunResult> {
  const env = Object.fromEntries(
    Object.entries({ LANG: "C.UTF-8", ...opts.env }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const input = opts.input ?? "";
  // A byte stream, as a pipe is (not an object stream); empty input ends at once.
  const bytes = typeof input === "string" || Buffer.isBuffer(input) ? Buffer.from(input) : undefined;
  const stdin = (bytes ? Readable.from(bytes.length ? [bytes] : [], { objectMode: false }) : input) as InStream;
  stdin.isTTY = opts.stdinIsTTY ?? false;
  const stdout = capture(opts.isTTY ?? false, opts.columns);
  const stderr = capture(opts.stderrIsTTY ?? false, opts.columns);
  const io: IO = { stdin, stdout, stderr, env };
  const hangMs = opts.hangMs ?? HANG_MS;
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`llm-career ${args.join(" ")} hung for ${hangMs} ms in-process; stderr so far: ${stderr.text()}`)), hangMs);
  });
  try {
    const status = await Promise.race([main([...args], io), hang]);
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    clearTimeout(timer);
    if (stdin instanceof Readable && !stdin.readableEnded) stdin.destroy();
  }
}
