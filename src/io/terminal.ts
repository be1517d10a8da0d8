// Signals while the program holds the terminal or writes a file. Without a listener, SIGTERM,
// SIGHUP and SIGINT from outside kill Node at once: a prompt leaves the terminal in raw mode with
// the cursor hidden, a save leaves its temporary file. With a trap, a signal only aborts what is
// running, so every way out goes through the same unwinding (the prompt's own clean-up, then
// restoreTerminal, then the error boundary with the signal's exit code).
import { Writable } from "node:stream";
import { CliError, ExitCode, type ErrorText } from "../errors.js";
import type { InStream, OutStream } from "../context.js";
import { localize } from "../messages/define.js";
import { QUESTIONNAIRE as M } from "../messages/questionnaire.js";

export type StopSignal = "SIGINT" | "SIGTERM" | "SIGHUP";
const SIGNALS: readonly StopSignal[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** The exit code a shell reports for a program ended by each signal (128 + its number). */
export const SIGNAL_EXIT: Record<StopSignal, ExitCode> = {
  SIGINT: ExitCode.cancelled,
  SIGTERM: ExitCode.terminated,
  SIGHUP: ExitCode.hangup,
};

const STOP_WORDS = { SIGINT: M.cancelled, SIGTERM: M.terminated, SIGHUP: M.hangup } as const;

/** How a run stopped by a signal (or Ctrl-C, which is SIGINT) ends: "cancelled" and its exit code. */
export function stoppedBy(signal: StopSignal, details: readonly ErrorText[] = []): CliError {
  return new CliError(localize(STOP_WORDS[signal]), SIGNAL_EXIT[signal], details);
}

export interface SignalTrap {
  /** Aborted when a signal arrives; its reason is the StopSignal. */
  readonly signal: AbortSignal;
  /** The first signal that arrived, if any. */
  stopped(): StopSignal | undefined;
  /** Removes the listeners: from then on the signals have their default effect again. */
  release(): void;
}

/** Catches SIGINT, SIGTERM and SIGHUP until released. Traps may overlap; each sees every signal. */
export function trapSignals(): SignalTrap {
  const controller = new AbortController();
  let first: StopSignal | undefined;
  const listeners = SIGNALS.map((name) => {
    const listener = () => {
      first ??= name;
      controller.abort(name);
    };
    process.on(name, listener);
    return [name, listener] as const;
  });
  let released = false;
  return {
    signal: controller.signal,
    stopped: () => first,
    release() {
      if (released) return;
      released = true;
      for (const [name, listener] of listeners) process.removeListener(name, listener);
    },
  };
}

/**
 * Node runs signal listeners from the event loop, never in the middle of synchronous code: a
 * signal that arrived while a file was written is seen only after a turn of the loop.
 */
export const pendingSignals = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const SHOW_CURSOR = "\u001b[?25h";

/**
 * The terminal as it was before a prompt: raw mode off, cursor shown. The prompt does this itself
 * when it ends; this is the same once more for the paths that never reached it. Never throws: after
 * a hang-up the terminal is gone and there is nothing to restore.
 */
export function restoreTerminal(stdin: InStream, stdout: OutStream): void {
  try {
    const tty = stdin as InStream & { isRaw?: boolean; setRawMode?: (raw: boolean) => void };
    if (tty.isTTY && tty.isRaw && typeof tty.setRawMode === "function") tty.setRawMode(false);
  } catch {
    // the terminal has gone
  }
  try {
    if (stdout.isTTY) stdout.write(SHOW_CURSOR);
  } catch {
    // the terminal has gone
  }
}

/**
 * The stream a prompt draws on: the command's stdout, whose write errors (a terminal that has hung
 * up answers EIO) are dropped instead of becoming an uncaught 'error' that would end the program
 * with the wrong exit code. Its width is the terminal's, for the prompt's wrapping.
 */
export function promptOutput(stdout: OutStream): NodeJS.WritableStream {
  const out = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      try {
        stdout.write(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
      } catch {
        // the terminal has gone
      }
      done();
    },
  });
  return Object.defineProperties(out, {
    isTTY: { get: () => stdout.isTTY },
    columns: { get: () => stdout.columns },
  });
}
