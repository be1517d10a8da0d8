// Spawns the built CLI (bin/llm-career.cjs → dist/) the way a user's shell would.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import path from "node:path";
import { REPO, sandboxEnv } from "./scratch.js";

export { REPO };
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

/** After this a spawned CLI counts as hung: it is killed and the run fails (status null). */
export const HANG_MS = 20_000;

/**
 * Runs `llm-career ...args` with a clean, colourless, English environment unless `env` says
 * otherwise, its home, caches, temp folder and Node compile cache in this test file's scratch
 * sandbox (see sandboxEnv). stdin is empty (like CI) unless `input` is given.
 */
export function runCli(args: string[], opts: RunOptions = {}): RunResult {
  // A hang becomes a failed test (status null) instead of a stuck run: spawnSync blocks vitest's timers.
  const options: SpawnSyncOptions = {
    env: sandboxEnv(opts.env),
    cwd: opts.cwd ?? REPO,
    input: opts.input ?? "",
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: HANG_MS,
    killSignal: "SIGKILL",
  };
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), opts.bin ?? BIN, ...args], options);
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** True if the text carries ANSI escape codes. */
// eslint-disable-next-line no-control-regex
export const hasAnsi = (s: string) => /\u001b\[/.test(s);
