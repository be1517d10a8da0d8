// Scratch folders for tests: under <repo>/.scratch/ (gitignored), never the user's temp or cache
// folders. Every folder made here is removed after the test file that made it.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SCRATCH = path.join(REPO, ".scratch");

const made: string[] = [];

// Registered when a test file first imports this module, so it runs after that file's tests.
// vitest isolates test files, so each file has its own list.
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A new, empty, unique folder under .scratch/, named after `prefix`. It may be made at any time
 * (while collecting, in a hook or in a test); it is removed after the test file.
 */
export function scratchDir(prefix: string): string {
  fs.mkdirSync(SCRATCH, { recursive: true });
  const dir = fs.mkdtempSync(path.join(SCRATCH, `${prefix.replace(/[^\w.-]+/g, "-").replace(/-+$/, "")}-`));
  made.push(dir);
  return dir;
}

/** A folder for a spawned program's home, state, caches and temp files, so it never touches the user's. */
export interface Sandbox {
  root: string;
  home: string;
  state: string;
  cache: string;
  config: string;
  tmp: string;
  compileCache: string;
}

let sandbox: Sandbox | undefined;

/** This test file's sandbox (made on first use). */
export function fileSandbox(): Sandbox {
  if (sandbox && fs.existsSync(sandbox.root)) return sandbox;
  const root = scratchDir("sandbox");
  const sub = (name: string) => {
    const p = path.join(root, name);
    fs.mkdirSync(p);
    return p;
  };
  sandbox = { root, home: sub("home"), state: sub("state"), cache: sub("cache"), config: sub("config"), tmp: sub("tmp"), compileCache: sub("node-compile-cache") };
  return sandbox;
}

/**
 * The environment every spawned program of the tests starts from: PATH, an English locale and no
 * colour variables, with HOME, the XDG folders, TMPDIR and Node's compile cache (which the bin
 * turns on, on Node 22.1+, and which defaults to the OS temp folder) all in this file's sandbox.
 * `extra` adds or replaces variables; an undefined value removes one.
 */
export function sandboxEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const s = fileSandbox();
  const base: Record<string, string | undefined> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    LANG: "C.UTF-8",
    HOME: s.home,
    XDG_STATE_HOME: s.state,
    XDG_CACHE_HOME: s.cache,
    XDG_CONFIG_HOME: s.config,
    TMPDIR: s.tmp,
    NODE_COMPILE_CACHE: s.compileCache,
  };
  return Object.fromEntries(Object.entries({ ...base, ...extra }).filter((e): e is [string, string] => e[1] !== undefined));
}
