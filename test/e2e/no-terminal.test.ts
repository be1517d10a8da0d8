// Without a terminal the questionnaire cannot be asked: `recommend` must fail at once, naming
// --answers, instead of throwing (stdin from /dev/null), silently picking answers (a piped
// newline) or hanging forever (an open, silent pipe such as `sleep 30 |`).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, REPO } from "../helpers/run-cli.js";

const LIMIT_MS = 1500;
/** After this, the child is killed and the test fails as a hang rather than waiting for vitest. */
const HANG_MS = 8000;

const env = () => ({ PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", LANG: "C.UTF-8" });
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  hung: boolean;
}

function collect(child: ChildProcess, started: number, done: (stdout: string, stderr: string) => number | null | undefined, kill: () => void) {
  return new Promise<Outcome>((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    let settled = false;
    const finish = (status: number | null, hung: boolean, ms = Date.now() - started) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      kill();
      resolve({ status, stdout, stderr, ms, hung });
    };
    const timer = setTimeout(() => finish(null, true), HANG_MS);
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      const status = done(stdout, stderr);
      if (status !== undefined) {
        // The CLI has ended: time it now, and let its last stdout bytes (another pipe) arrive.
        const ms = Date.now() - started;
        setTimeout(() => finish(status, false, ms), 100);
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      // Give the pipes a moment to deliver the last bytes.
      setImmediate(() => {
        const status = done(stdout, stderr);
        finish(status !== undefined ? status : signal ? null : code, false);
      });
    });
  });
}

/** `llm-career ...args < /dev/null`, stdin a real /dev/null descriptor. */
async function withDevNull(args: string[]): Promise<Outcome> {
  const fd = fs.openSync("/dev/null", "r");
  try {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: env(), stdio: [fd, "pipe", "pipe"] });
    return await collect(child, started, () => undefined, () => child.kill("SIGKILL"));
  } finally {
    fs.closeSync(fd);
  }
}

const EXIT_MARK = /\n?EXIT=(\d+)\n$/;

/**
 * `sleep 30 | llm-career ...args` through sh. The shell would wait for `sleep` too, so the CLI's
 * own end is marked on stderr (EXIT=<code>) and timed from there; the whole process group is
 * then killed.
 */
async function afterSilentPipe(args: string[]): Promise<Outcome> {
  const command = `sleep 30 | { ${q(process.execPath)} ${q(BIN)} ${args.map(q).join(" ")}; echo "EXIT=$?" >&2; }`;
  const started = Date.now();
  const child = spawn("sh", ["-c", command], { cwd: REPO, env: env(), stdio: ["ignore", "pipe", "pipe"], detached: true });
  const outcome = await collect(
    child,
    started,
    (_out, err) => {
      const m = EXIT_MARK.exec(err);
      return m ? Number(m[1]) : undefined;
    },
    () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
  );
  return { ...outcome, stderr: outcome.stderr.replace(EXIT_MARK, "") };
}

function expectFailsFastNamingAnswers(r: Outcome) {
  expect(r.hung, `hung for ${HANG_MS} ms; stderr: ${r.stderr}`).toBe(false);
  expect(r.status, r.stderr).toBe(2);
  expect(r.ms, "wall time in ms").toBeLessThan(LIMIT_MS);
  expect(r.stderr).toContain("--answers");
  expect(r.stdout).toBe("");
  // A one-line message, not a stack trace.
  expect(r.stderr).not.toContain("    at ");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
}

describe("recommend without a terminal", () => {
  it("`recommend < /dev/null` exits 2 at once, naming --answers", async () => {
    expectFailsFastNamingAnswers(await withDevNull(["recommend"]));
  });

  it("`sleep 30 | llm-career recommend` exits 2 at once, naming --answers (no hang)", async () => {
    expectFailsFastNamingAnswers(await afterSilentPipe(["recommend"]));
  });

  it("`recommend --batch < /dev/null` exits 0 with no output", async () => {
    const r = await withDevNull(["recommend", "--batch"]);
    expect(r.hung).toBe(false);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(0);
    expect(r.stderr).toBe("");
  });

  it("`llm-career` with no subcommand prints the help instead of prompting", async () => {
    const r = await afterSilentPipe([]);
    expect(r.hung).toBe(false);
    expect(r.status, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(LIMIT_MS);
    expect(r.stdout).toMatch(/Usage: llm-career/);
    expect(r.stdout).toContain("recommend");
    expect(r.stdout).not.toMatch(/Question 1 of/);
  });
});
