// A REAL pseudo-terminal for e2e tests: tmux runs the built CLI in a detached session, the test
// types keys with `send-keys`, reads the screen with `capture-pane`, and can record every byte the
// program wrote (`pipe-pane`). The server's socket and config live in a scratch folder.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { BIN, REPO } from "./run-cli.js";
import { sandboxEnv, scratchDir } from "./scratch.js";

export const TMUX = "/usr/bin/tmux";
export const hasTmux = fs.existsSync(TMUX) && spawnSync(TMUX, ["-V"]).status === 0;

/** How long to wait for the screen to show something before calling it a hang (not a speed claim). */
export const WAIT_MS = 20_000;

/** Single-quotes a word for sh. */
export const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
export const cliCommand = (args: string) => `${shq(process.execPath)} ${shq(BIN)} ${args}`;

export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = WAIT_MS, show?: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${show ? `; screen:\n${show()}` : ""}`);
    await sleep(40);
  }
}

export interface Tmux {
  dir: string;
  run(...args: string[]): string;
  /** Starts `command` (a sh command line) in a new session of the given size. */
  session(name: string, command: string, opts?: { env?: Record<string, string>; columns?: number; rows?: number }): void;
  screen(name: string): string;
  /** The whole scrollback, wrapped lines joined. */
  history(name: string): string;
  waitScreen(name: string, text: string, timeoutMs?: number): Promise<true>;
  keys(name: string, ...keys: string[]): void;
  /** Sends one key and waits until the screen shows its effect. */
  keyAndWait(name: string, key: string): Promise<void>;
  /** The number in `EXIT=<n>` once the file holds it. */
  exitCode(file: string): Promise<number>;
  kill(): void;
}

/** A tmux server for one test file; `kill()` it in afterAll. */
export function startTmux(prefix: string): Tmux {
  const dir = scratchDir(prefix);
  const socket = path.join(dir, "tmux.sock");
  const conf = path.join(dir, "tmux.conf");
  // Panes stay after their program ends, so the result can still be read.
  fs.writeFileSync(conf, "set -g remain-on-exit on\nset -g history-limit 5000\n");
  const env = () => sandboxEnv({ TERM: "xterm-256color", TMUX: undefined, TMUX_PANE: undefined });
  const run = (...args: string[]) => {
    const r = spawnSync(TMUX, ["-S", socket, "-f", conf, ...args], { env: env(), encoding: "utf8", cwd: REPO });
    if (r.status !== 0) throw new Error(`tmux ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
    return r.stdout;
  };
  const screen = (name: string) => run("capture-pane", "-p", "-t", name);
  const history = (name: string) => run("capture-pane", "-p", "-J", "-S", "-2000", "-t", name);
  const t: Tmux = {
    dir,
    run,
    session(name, command, opts = {}) {
      const envArgs = Object.entries(opts.env ?? {}).flatMap(([k, v]) => ["-e", `${k}=${v}`]);
      run("new-session", "-d", "-s", name, "-x", String(opts.columns ?? 100), "-y", String(opts.rows ?? 40), ...envArgs, "sh", "-c", command);
    },
    screen,
    history,
    waitScreen: (name, text, timeoutMs = WAIT_MS) =>
      waitFor(
        `"${text}" on the screen`,
        () => {
          const now = screen(name);
          if (now.includes(text)) return true as const;
          // remain-on-exit keeps the pane, with this line, once the shell in it has ended.
          if (/^Pane is dead/m.test(now)) throw new Error(`the program ended before "${text}" was on the screen:\n${history(name)}`);
          return undefined;
        },
        timeoutMs,
        () => screen(name),
      ),
    keys: (name, ...keys) => void run("send-keys", "-t", name, ...keys),
    async keyAndWait(name, key) {
      const before = screen(name);
      run("send-keys", "-t", name, key);
      await waitFor(`the screen to change after ${key}`, () => screen(name) !== before || undefined, WAIT_MS, () => screen(name));
    },
    async exitCode(file) {
      const text = await waitFor(path.basename(file), () => {
        const s = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
        return /EXIT=\d+/.test(s) ? s : undefined;
      });
      return Number(/EXIT=(\d+)/.exec(text)![1]);
    },
    kill: () => void spawnSync(TMUX, ["-S", socket, "-f", conf, "kill-server"], { env: env() }),
  };
  return t;
}
