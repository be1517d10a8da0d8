// Spawns the built CLI (bin/llm-career.cjs → dist/) the way a user's shell would.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(REPO, "bin/llm-career.cjs");

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  cwd?: string;
  /** Another copy of the program's bin (default: this repository's). */
  bin?: string;
  /** Options for node itself, before the bin (`--require`, V8 flags). */
  nodeArgs?: string[];
}

/**
 * Runs `llm-career ...args` with a clean, colourless, English environment unless `env` says
 * otherwise. stdin is empty (like CI) unless `input` is given.
 */
export function runCli(args: string[], opts: RunOptions = {}): RunResult {
  const base: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C.UTF-8" };
  const env = Object.fromEntries(Object.entries({ ...base, ...opts.env }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  // A hang becomes a failed test (status null) instead of a stuck run: spawnSync blocks vitest's timers.
  const options: SpawnSyncOptions = { env, cwd: opts.cwd ?? REPO, input: opts.input ?? "", encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 60_000 };
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), opts.bin ?? BIN, ...args], options);
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** True if the text carries ANSI escape codes. */
// eslint-disable-next-line no-control-regex
export const hasAnsi = (s: string) => /\u001b\[/.test(s);
