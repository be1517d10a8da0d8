// Writing a file the user asked for, safely: the whole file or nothing, and only ever in place of
// a regular file (or where there is none). The content goes to a temporary file beside the target,
// with a random name that nothing else can have taken or guessed, is flushed to disk, then moved
// into place in one step: an interrupted run leaves the old file or the new one, never a truncated
// one. Signals are held off while this runs, so a SIGTERM or a closed terminal cannot leave the
// temporary file behind; only our own temporary file is ever removed.
import { randomBytes } from "node:crypto";
import { closeSync, fstatSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError, ExitCode, usageError } from "../errors.js";
import type { Localized } from "../messages/define.js";
import { errnoCode, fsReason } from "../messages/fs.js";
import { localizeEach, quoteIn } from "../messages/input.js";
import { SAVE as M } from "../messages/save.js";
import { printable } from "../quote.js";
import { pendingSignals, stoppedBy, trapSignals } from "./terminal.js";

const shown = (path: string) => (lang: "en" | "zh") => quoteIn(lang, printable(path, 200));

/** What is at a path, by lstat: a symbolic link counts as what it points to, a dangling one as a file. */
function kindAt(path: string): "absent" | "file" | "folder" | "fifo" | "device" | "socket" {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return "absent";
    throw error;
  }
  if (stats.isSymbolicLink()) {
    try {
      stats = statSync(path);
    } catch (error) {
      // A dangling link (or a loop): replaced like a file, and only with --force.
      if (errnoCode(error) === "ENOENT" || errnoCode(error) === "ELOOP") return "file";
      throw error;
    }
  }
  if (stats.isFile()) return "file";
  if (stats.isDirectory()) return "folder";
  if (stats.isFIFO()) return "fifo";
  if (stats.isSocket()) return "socket";
  return "device";
}

const KIND_WORDS = { folder: M.kindFolder, fifo: M.kindFifo, device: M.kindDevice, socket: M.kindSocket } as const;

/** Refuses a target that is not a regular file (even with --force), or one that exists without it. */
function checkTarget(path: string, force: boolean): void {
  const kind = kindAt(path);
  if (kind === "absent") return;
  if (kind !== "file") throw usageError(localizeEach(M.notAFile, (lang) => [shown(path)(lang), KIND_WORDS[kind][lang]]));
  if (!force) throw usageError(localizeEach(M.exists, (lang) => [shown(path)(lang)]));
}

const failure = (path: string, error: unknown): CliError => {
  const reason: Localized = fsReason(error);
  return new CliError(localizeEach(M.cannotSave, (lang) => [shown(path)(lang), reason[lang]]), ExitCode.failure);
};

/**
 * Fails early, before any question is asked: no name, a folder that does not exist, a target that
 * is not a regular file, or one that exists without --force. Usage errors (exit 2).
 */
export function checkWritable(path: string, force: boolean): void {
  if (path === "") throw usageError(localizeEach(M.noName, () => []));
  // "-" means standard input or output everywhere else; a file of that name is never what is meant.
  if (path === "-") throw usageError(localizeEach(M.dashName, () => []));
  try {
    const folder = statSync(dirname(path) || ".");
    if (!folder.isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
  } catch (error) {
    if (errnoCode(error) === "ENOENT") throw usageError(localizeEach(M.noFolder, (lang) => [shown(path)(lang)]));
    throw failure(path, error);
  }
  try {
    checkTarget(path, force);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw failure(path, error);
  }
}

/** A new file beside `path` with a name no one can predict, created exclusively. */
function createTemp(path: string, mode: number): { tmp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
    try {
      return { tmp, fd: openSync(tmp, "wx", mode) };
    } catch (error) {
      // Another file by that name (1 in 2^64): take another name, never that file.
      if (errnoCode(error) !== "EEXIST" || attempt >= 3) throw error;
    }
  }
}

function writeAll(fd: number, content: string): void {
  const bytes = Buffer.from(content, "utf8");
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
}

/** Puts `tmp` at `path`: replacing a regular file with `force`, else only where nothing is. */
function moveIntoPlace(tmp: string, path: string, force: boolean): void {
  // Checked again at the last moment: a pipe or a device may have appeared during the questions.
  checkTarget(path, force);
  if (force) return renameSync(tmp, path);
  try {
    // link() fails if the target exists, so a file created meanwhile is never replaced.
    linkSync(tmp, path);
  } catch (error) {
    const code = errnoCode(error);
    // File systems without hard links (FAT, some network ones): the check above has to do.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
    return renameSync(tmp, path);
  }
  unlinkSync(tmp);
}

/**
 * The whole write, synchronous: a signal cannot interrupt it, only be seen after it, and only if
 * something traps it (writeFileAtomic does; so does the questionnaire while it runs).
 */
export function writeFileAtomicSync(path: string, content: string, force: boolean, mode = 0o644): void {
  let tmp: string | undefined;
  try {
    const created = createTemp(path, mode);
    tmp = created.tmp;
    try {
      if (!fstatSync(created.fd).isFile()) throw Object.assign(new Error("not a file"), { code: "EINVAL" });
      writeAll(created.fd, content);
      fsyncSync(created.fd);
    } finally {
      closeSync(created.fd);
    }
    moveIntoPlace(tmp, path, force);
    tmp = undefined;
  } catch (error) {
    if (tmp !== undefined) {
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
    }
    if (error instanceof CliError) throw error;
    if (errnoCode(error) === "EEXIST") throw usageError(localizeEach(M.exists, (lang) => [shown(path)(lang)]));
    throw failure(path, error);
  }
}

/**
 * Writes `content` to `path` whole or not at all. Refuses what is not a regular file, and an
 * existing file without `force` (usage errors); a failed write is a failure (exit 1) in plain
 * words. A signal that arrives meanwhile ends the run with its exit code once the write is over.
 */
export async function writeFileAtomic(path: string, content: string, force: boolean): Promise<void> {
  const trap = trapSignals();
  try {
    writeFileAtomicSync(path, content, force);
  } finally {
    // Let a signal that came during the write reach the trap rather than the default handler.
    await pendingSignals();
    trap.release();
  }
  const signal = trap.stopped();
  if (signal) throw stoppedBy(signal);
}
