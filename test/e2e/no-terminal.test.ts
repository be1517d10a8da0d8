// Without a terminal the questionnaire cannot be asked: `recommend` must fail at once, naming
// --answers, instead of throwing (stdin from /dev/null), silently picking answers (a piped
// newline) or hanging forever (an open, silent pipe such as `sleep 60 |`). The real process with
// real stdin states; the same refusals in-process are in test/commands/recommend.test.ts.
//
// "At once" is not timed (the machine is shared and may be slow): the silent pipe stays open for
// 60 s, and a CLI that has not ended after HANG_MS (20 s) waited for it, so it is killed and the
// test fails as a hang.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, HANG_MS, REPO } from "../helpers/run-cli.js";
import { sandboxEnv } from "../helpers/scratch.js";

const env = () => sandboxEnv();
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
  hung: boolean;
}

function collect(child: ChildProcess, done: (stdout: string, stderr: string) => number | null | undefined, kill: () => void) {
  return new Promise<Outcome>((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    let settled = false;
    const finish = (status: number | null, hung: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      kill();
      resolve({ status, stdout, stderr, hung });
    };
    const timer = setTimeout(() => finish(null, true), HANG_MS);
    const check = () => {
      const status = done(stdout, stderr);
      if (status !== undefined) finish(status, false);
    };
    child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      check();
    });
    child.stderr!.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      check();
    });
    child.on("error", reject);
    // "close": the process has exited and its pipes are drained.
    child.on("close", (code, signal) => {
      const status = done(stdout, stderr);
      finish(status !== undefined ? status : signal ? null : code, false);
    });
  });
}

/** `llm-career ...args < /dev/null`, stdin a real /dev/null descriptor. */
async function withDevNull(args: string[]): Promise<Outcome> {
  const fd = fs.openSync("/dev/null", "r");
  try {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: env(), stdio: [fd, "pipe", "pipe"] });
    return await collect(child, () => undefined, () => child.kill("SIGKILL"));
  } finally {
    fs.closeSync(fd);
  }
}

const EXIT_MARK = /\n?EXIT=(\d+)\n$/;
const END_MARK = "END-OF-LLM-CAREER-STDOUT\n";

/**
 * `sleep 60 | llm-career ...args` through sh. The shell would wait for `sleep` too (and keep the
 * pipes open), so the CLI's own end is marked, after it has exited, on stderr (EXIT=<code>) and
 * on stdout (END_MARK): once both marks are in, all the CLI wrote is. The whole process group is
 * then killed.
 */
async function afterSilentPipe(args: string[]): Promise<Outcome> {
  const command = `sleep 60 | { ${q(process.execPath)} ${q(BIN)} ${args.map(q).join(" ")}; echo "EXIT=$?" >&2; printf '%s' '${END_MARK}'; }`;
  const child = spawn("sh", ["-c", command], { cwd: REPO, env: env(), stdio: ["ignore", "pipe", "pipe"], detached: true });
  const outcome = await collect(
    child,
    (out, err) => {
      const m = EXIT_MARK.exec(err);
      return m && out.endsWith(END_MARK) ? Number(m[1]) : undefined;
    },
    () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
  );
  return { ...outcome, stdout: outcome.stdout.slice(0, outcome.stdout.endsWith(END_MARK) ? -END_MARK.length : undefined), stderr: outcome.stderr.replace(EXIT_MARK, "") };
}

function expectFailsFastNamingAnswers(r: Outcome) {
  expect(r.hung, `hung for ${HANG_MS} ms; stderr: ${r.stderr}`).toBe(false);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toContain("--answers");
  expect(r.stderr).toMatch(/^llm-career: /);
  expect(r.stdout).toBe("");
  // A one-line message, not a stack trace.
  expect(r.stderr).not.toContain("    at ");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
}

describe("recommend without a terminal", () => {
  it("`recommend < /dev/null` exits 2 at once, naming --answers", async () => {
    expectFailsFastNamingAnswers(await withDevNull(["recommend"]));
  });

  it("`sleep 60 | llm-career recommend` exits 2 at once, naming --answers (no hang)", async () => {
    expectFailsFastNamingAnswers(await afterSilentPipe(["recommend"]));
  });

  it("`sleep 60 | llm-career recommend --json` exits 2 at once, naming --answers (no hang)", async () => {
    expectFailsFastNamingAnswers(await afterSilentPipe(["recommend", "--json"]));
  });

  it("`recommend --json < /dev/null` exits 2 at once, naming --answers", async () => {
    expectFailsFastNamingAnswers(await withDevNull(["recommend", "--json"]));
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
    expect(r.stdout).toMatch(/Usage: llm-career/);
    expect(r.stdout).toContain("recommend");
    expect(r.stdout).not.toMatch(/Question 1 of/);
  });
});
