// Writing a file the user asked for, safely: the whole file or nothing. The content goes to a
// temporary file beside the target, is flushed to disk, then moved into place in one step, so an
// interrupted run leaves either the old file or the new one, never a truncated one.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError, ExitCode, usageError } from "../errors.js";

/** Fails early, before any question is asked, if the file exists and may not be replaced. */
export function checkWritable(path: string, force: boolean): void {
  if (!force && existsSync(path)) throw usageError(`"${path}" already exists; pass --force to replace it`);
  if (!existsSync(dirname(path) || ".")) throw usageError(`cannot save to "${path}": the folder does not exist`);
}

export function writeFileAtomic(path: string, content: string, force: boolean): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, "wx", 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (force) renameSync(tmp, path);
    else {
      // link() fails if the target exists, so a file created meanwhile is never replaced.
      linkSync(tmp, path);
      unlinkSync(tmp);
    }
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw usageError(`"${path}" already exists; pass --force to replace it`);
    throw new CliError(`cannot save to "${path}": ${code ?? (error as Error).message}`, ExitCode.failure);
  }
}
