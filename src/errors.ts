// One error type for everything the user can get wrong or the program can fail at, and the exit
// codes it maps to. Only src/cli.ts turns these into messages and exit codes.
import type { Localized } from "./messages/define.js";

export const ExitCode = {
  ok: 0,
  /** A runtime failure: a file that cannot be written, a batch with failed lines. */
  failure: 1,
  /** A usage error: unknown command, option or id, a bad option value, bad answers. */
  usage: 2,
  /** Cancelled with Ctrl-C (SIGINT). */
  cancelled: 130,
  /** The terminal went away (SIGHUP). */
  hangup: 129,
  /** Asked to stop (SIGTERM). */
  terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A message and its detail lines: in both languages (from src/messages/), or English only. */
export type ErrorText = Localized | string;
/** The text in a language; English-only text stays English. */
export const textIn = (lang: "en" | "zh", text: ErrorText): string => (typeof text === "string" ? text : text[lang]);
const english = (text: ErrorText) => textIn("en", text);

export class CliError extends Error {
  constructor(
    readonly text: ErrorText,
    readonly exitCode: ExitCode = ExitCode.usage,
    /** Further lines, one problem each (e.g. every bad answer with its path). */
    readonly details: readonly ErrorText[] = [],
  ) {
    super(english(text));
    this.name = "CliError";
  }
}

export const usageError = (text: ErrorText, details: readonly ErrorText[] = []) => new CliError(text, ExitCode.usage, details);
