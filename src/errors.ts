// One error type for everything the user can get wrong or the program can fail at, and the exit
// codes it maps to. Only src/cli.ts turns these into messages and exit codes.
export const ExitCode = {
  ok: 0,
  /** A runtime failure: a file that cannot be written, a batch with failed lines. */
  failure: 1,
  /** A usage error: unknown command, option or id, a bad option value, bad answers. */
  usage: 2,
  /** Cancelled with Ctrl-C. */
  cancelled: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.usage,
    /** Further lines, one problem each (e.g. every bad answer with its path). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = "CliError";
  }
}

export const usageError = (message: string, details: readonly string[] = []) => new CliError(message, ExitCode.usage, details);
