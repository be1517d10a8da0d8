// The compile cache's files (see compile-cache.ts): where they live, who may own that folder,
// what a file holds, and writing it safely. Nothing here throws; a problem means no cache.
// Named imports of builtins: the CommonJS bundle turns them into a plain require, where a default
// or namespace import would copy every export of the module first.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import type { Script } from "node:vm";

/** Replaced after the build by a hash of every file in dist/ (tsup.config.ts). */
const BUILD_ID = "__LLMC_BUILD_ID__";
/** The cache files' format; a file of another format is refused and replaced. */
const FORMAT = "llm-career-code-cache 1";

export type Env = Record<string, string | undefined>;

/** FNV-1a of a short text (a folder path and flags), as 8 hex digits. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * Where this copy's cache is kept: `folder`, inside `base`; null where none can be kept safely
 * (a relative base, or a system without user ids to check the folders' owner against).
 */
export function cacheLocation(env: Env, distDir: string): { base: string; folder: string } | null {
  const uid = process.getuid?.();
  if (uid === undefined) return null;
  const base = env.NODE_COMPILE_CACHE || join(tmpdir(), `llm-career-compile-cache-${uid}`);
  if (!isAbsolute(base)) return null;
  // V8 refuses a cache made under other V8 flags: runs with and without, say, NODE_OPTIONS=
  // --max-old-space-size would otherwise keep replacing each other's files.
  const copyAndFlags = `${resolve(distDir)}\0${process.execArgv.join(" ")}\0${env.NODE_OPTIONS ?? ""}`;
  const name = `llm-career-${BUILD_ID}-${process.version}-${process.arch}-${shortHash(copyAndFlags)}`;
  return { base, folder: join(base, name) };
}

/**
 * Code from the cache runs as this user's program, so folders that someone else owns or can
 * write to (a shared temporary directory, a symbolic link) are not used.
 */
export function arePrivate(...folders: string[]): boolean {
  const uid = process.getuid?.();
  try {
    return folders.every((folder) => {
      const stat = lstatSync(folder);
      return stat.isDirectory() && stat.uid === uid && (stat.mode & 0o022) === 0;
    });
  } catch {
    return false;
  }
}

/** The first line of a cache file: the format, and which version of the source it was made from. */
export function headerFor(filename: string): string | null {
  // The change time and inode too: `cp -p`, `touch -r` or tar can give an edited file its old
  // size and modification time, but nothing sets a change time back.
  const stat = statSync(filename, { bigint: true, throwIfNoEntry: false });
  return stat ? `${FORMAT} ${stat.size} ${stat.mtimeNs} ${stat.ctimeNs} ${stat.ino}\n` : null;
}

/** The cached data in `file` if it was made from this source and both copies agree. */
export function readCache(file: string, header: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const start = header.length;
  const half = (bytes.length - start) / 2;
  if (!Number.isInteger(half) || half === 0 || bytes.toString("latin1", 0, start) !== header) return undefined;
  if (bytes.compare(bytes, start, start + half, start + half) !== 0) return undefined;
  return bytes.subarray(start, start + half);
}

function writeAtomically(file: string, header: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(header, "latin1"), data, data]), { mode: 0o600, flag: "wx" });
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** Temporary files of runs killed between writing and renaming, a minute or more ago. */
function removeAbandoned(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (!name.endsWith(".tmp")) continue;
    const file = join(folder, name);
    // It may be renamed into place by its run between the listing and here.
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > 60_000) rmSync(file, { force: true });
  }
}

/** Creates `folder` (not its parents) if missing; true if it is there now. */
function ensureFolder(folder: string): boolean {
  try {
    mkdirSync(folder, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") return false;
  }
  return true;
}

export interface Unsaved {
  script: Script;
  file: string;
  header: string;
}

/** Writes the caches V8 can make now for `unsaved`, if the folders are (or can be made) private. */
export function saveCaches({ base, folder }: { base: string; folder: string }, unsaved: readonly Unsaved[]): void {
  if (unsaved.length === 0) return;
  try {
    // Nothing is created inside a folder that is not private, and only the last two levels are
    // created: the base's parent must exist (a recursive mkdir can loop forever on Node 20).
    if (!ensureFolder(base) || !arePrivate(base) || !ensureFolder(folder) || !arePrivate(base, folder)) return;
    for (const { script, file, header } of unsaved) writeAtomically(file, header, script.createCachedData());
    removeAbandoned(folder);
  } catch {
    // No cache this time; the next run tries again.
  }
}
