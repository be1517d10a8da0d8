// The 1 MiB input limit on real devices and pipes (issue 12): /dev/zero, /dev/urandom and an
// endless pipe (`yes`) as --answers and as --batch input must end, with exit 2 (answers) or an
// error line and exit 1 (batch), in bounded memory. No claim about speed: a run that goes on
// and on is killed after HANG_MS and fails. Memory is the process's peak RSS, from
// /usr/bin/time -f %M (prlimit --as cannot be used: Node reserves gigabytes of address space).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, HANG_MS, REPO } from "../helpers/run-cli.js";
import { sandboxEnv, scratchDir } from "../helpers/scratch.js";

const TIME = "/usr/bin/time";
const hasTime = fs.existsSync(TIME) && spawnSync(TIME, ["-f", "%M", "true"]).status === 0;
const hasBash = spawnSync("bash", ["-c", "true"]).status === 0;
/** The most a run may take, in KB of peak RSS. */
const MAX_RSS_KB = 200 * 1024;
const GOOD = JSON.stringify({ answers: { goal: "research" } });

interface ShellResult {
  /** llm-career's own exit status (a pipeline's status would be its last command's). */
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak RSS in KB, when /usr/bin/time is there. */
  rssKb: number | undefined;
}

const dir = scratchDir("e2e-input-limits");
let runs = 0;

/**
 * Runs a shell script in which "$CLI" stands for llm-career (under /usr/bin/time, when present,
 * and a `timeout` that kills it after HANG_MS, so no pipeline outlives the test). stdout goes to
 * a file, not into this process.
 */
function shell(script: string, opts: { bash?: boolean; killAfterS?: number; cpuSeconds?: number } = {}): ShellResult {
  const n = ++runs;
  const files = { status: path.join(dir, `status-${n}`), out: path.join(dir, `out-${n}`), rss: path.join(dir, `rss-${n}`) };
  const timed = hasTime ? `"${TIME}" -f %M -o "$RSS_FILE"` : "";
  // killAfterS: a run meant to go on for ever is stopped after that long (SIGTERM, then SIGKILL
  // 5 s later), under /usr/bin/time so that its peak RSS is still reported. (With SIGKILL,
  // timeout kills itself too, and time reports timeout's own 2 MB.) cpuSeconds: a bound on the work done (not on wall time,
  // which a busy machine stretches): past it the kernel stops the run with SIGXCPU.
  const limit = opts.cpuSeconds ? `ulimit -t ${opts.cpuSeconds}; ` : "";
  const cli = opts.killAfterS
    ? `${timed} timeout -s TERM -k 5 ${opts.killAfterS} "$NODE" "$BIN"`
    : `timeout -s KILL ${HANG_MS / 1000} ${timed} "$NODE" "$BIN"`;
  const wrapped = `CLI() { (${limit}${cli} "$@"); echo $? > "$STATUS_FILE"; }\n${script.replaceAll('"$CLI"', "CLI")} > "$OUT_FILE"`;
  const r = spawnSync(opts.bash ? "bash" : "sh", ["-c", wrapped], {
    cwd: REPO,
    env: sandboxEnv({ NODE: process.execPath, BIN, STATUS_FILE: files.status, OUT_FILE: files.out, RSS_FILE: files.rss }),
    input: "",
    encoding: "utf8",
    timeout: HANG_MS + 5_000,
    killSignal: "SIGKILL",
  });
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, "utf8") : "");
  const status = read(files.status).trim();
  // /usr/bin/time adds "Command exited with non-zero status N" to its -o file; the peak is its last line.
  const rss = read(files.rss).trim().split("\n").pop();
  return {
    status: status === "" ? null : Number(status),
    stdout: read(files.out),
    stderr: r.stderr,
    rssKb: rss && /^\d+$/.test(rss) ? Number(rss) : undefined,
  };
}

function expectBounded(r: ShellResult) {
  if (hasTime) {
    expect(r.rssKb, `peak RSS; stderr: ${r.stderr}`).toBeDefined();
    expect(r.rssKb!, "peak RSS in KB").toBeLessThan(MAX_RSS_KB);
  }
}

function expectOneLineUsageError(r: ShellResult, pattern: RegExp) {
  expect(r.status, `exit status (null: killed as hung); stderr: ${r.stderr}`).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toContain("    at ");
  expect(r.stderr.trimEnd().split("\n"), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expectBounded(r);
}

interface Out {
  kind: string;
  line: number;
  error?: { message: string };
}
const outLines = (r: ShellResult): Out[] => (r.stdout === "" ? [] : r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Out));

beforeAll(() => {
  // Others may build at the same time: wait a little for dist/ if it is being rebuilt.
  for (let i = 0; i < 20 && !fs.existsSync(path.join(REPO, "dist/main.cjs")); i++) spawnSync("sleep", ["1"]);
  expect(fs.existsSync(path.join(REPO, "dist/main.cjs")), "dist/main.cjs: run npm run build").toBe(true);
});

describe("--answers from a source stat gives as 0 bytes", () => {
  it.each(["/dev/zero", "/dev/urandom"].filter((f) => fs.existsSync(f)))("%s: exit 2, one line naming it", (device) => {
    const r = shell(`"$CLI" recommend --answers ${device} --json`, { cpuSeconds: 2 });
    expectOneLineUsageError(r, new RegExp(`^llm-career: answers file "${device}" is larger than 1024 KiB`));
  });

  it.skipIf(!hasBash)("an endless pipe by path, <(yes): exit 2", () => {
    const r = shell(`"$CLI" recommend --answers <(yes) --json`, { bash: true, cpuSeconds: 2 });
    expectOneLineUsageError(r, /^llm-career: answers file "\/dev\/fd\/\d+" is larger than 1024 KiB/);
  });

  it("an endless pipe on stdin, yes | --answers -: exit 2", () => {
    const r = shell(`yes | "$CLI" recommend --answers - --json`, { cpuSeconds: 2 });
    expectOneLineUsageError(r, /^llm-career: standard input is larger than 1024 KiB/);
  });

  it("/dev/zero as stdin, --answers - < /dev/zero: exit 2", () => {
    const r = shell(`"$CLI" recommend --answers - --json < /dev/zero`, { cpuSeconds: 2 });
    expectOneLineUsageError(r, /^llm-career: standard input is larger than 1024 KiB/);
  });

  it("a directory as stdin: exit 2", () => {
    expectOneLineUsageError(shell(`"$CLI" recommend --answers - --json < "${dir}"`), /^llm-career: standard input is a directory/);
  });

  it("a small answers document through a pipe by path still works", () => {
    const r = shell(`printf '%s' '${GOOD}' | "$CLI" recommend --answers /dev/stdin --json`);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { kind: string }).kind).toBe("recommendation");
  });
});

describe("--batch on endless input", () => {
  it("50 MB of zeros is one line too long: one error line, exit 1", () => {
    const r = shell(`head -c 50M /dev/zero | "$CLI" recommend --batch`);
    expect(r.status, r.stderr).toBe(1);
    expect(outLines(r)).toEqual([{ schemaVersion: 1, kind: "batch-error", line: 1, error: { message: "line 1 is longer than 1 MiB", problems: [] } }]);
    expect(r.stderr).toBe('llm-career: 1 of 1 lines failed; see the "batch-error" lines\n');
    expectBounded(r);
  });

  it("an endless pipe of 3 MiB lines, cut at 50 MB: one error line each, and a good line after them", () => {
    // Writes 3 MiB lines until the reader goes (EPIPE); head ends the input at 50 MiB.
    const writer = `"$NODE" -e 'const b=Buffer.alloc(3<<20,120);b[b.length-1]=10;try{for(;;)require("fs").writeSync(1,b)}catch{}'`;
    const r = shell(`{ ${writer} | head -c 50M; printf '\\n%s\\n' '${GOOD}'; } | "$CLI" recommend --batch`);
    expect(r.status, r.stderr).toBe(1);
    const out = outLines(r);
    // 50 MiB of 3 MiB lines: 16 whole lines, a cut 17th ended by the printf's newline, then the good one.
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(out.slice(0, 17).every((o) => o.kind === "batch-error" && o.error!.message === `line ${o.line} is longer than 1 MiB`)).toBe(true);
    expect(out[17]!.kind).toBe("batch-result");
    expectBounded(r);
  });

  it("an endless pipe of short lines (yes), cut at 512 KB: one output line per input line", () => {
    const r = shell(`yes '${GOOD}' | head -c 512K | "$CLI" recommend --batch`);
    const bytes = 512 * 1024;
    const lines = Math.ceil(bytes / (GOOD.length + 1));
    // head may cut the last line short, and then it fails; no other line does.
    const failed = bytes % (GOOD.length + 1) === 0 ? [] : [lines];
    const out = outLines(r);
    expect(out).toHaveLength(lines);
    out.forEach((o, i) => expect(o.line).toBe(i + 1));
    expect(out.filter((o) => o.kind === "batch-error").map((o) => o.line)).toEqual(failed);
    expect(r.status, r.stderr).toBe(failed.length ? 1 : 0);
    expect(r.stderr).toBe(failed.length ? `llm-career: 1 of ${lines} lines failed; see the "batch-error" lines\n` : "");
    expectBounded(r);
  });

  it("a directory as stdin: exit 2, one line", () => {
    expectOneLineUsageError(shell(`"$CLI" recommend --batch < "${dir}"`), /^llm-career: .*standard input is a directory/);
  });

  // Endless input never ends the batch: it is stopped from outside after a few seconds, and what
  // it held until then is what is checked. Each over-limit or bad line has had its error line.
  const ENDLESS_S = 4;

  it.skipIf(!hasTime)("the measurement of a stopped run sees its memory (a control: a runaway is over the limit)", () => {
    // 300 MB held, then waiting to be stopped: over the limit, and no threat to the machine.
    const hog = `"$NODE" -e 'const a=[];for(let i=0;i<300;i++)a.push(Buffer.alloc(1<<20,1));setInterval(()=>a,1000)'`;
    const r = shell(`{ "${TIME}" -f %M -o "$RSS_FILE" timeout -s TERM -k 5 ${ENDLESS_S} ${hog}; echo $? > "$STATUS_FILE"; }`);
    expect(r.status).toBe(124);
    expect(r.rssKb!).toBeGreaterThan(MAX_RSS_KB);
  });

  it("/dev/zero itself (one endless line): no output yet, memory bounded until it is stopped", () => {
    const r = shell(`"$CLI" recommend --batch < /dev/zero`, { killAfterS: ENDLESS_S });
    expect(r.status, "stopped by timeout (124), not ended by itself").toBe(124);
    expect(r.stdout).toBe("");
    expectBounded(r);
  });

  it("yes | --batch (endless short bad lines): an error line for each, in order, memory bounded", () => {
    const r = shell(`yes | "$CLI" recommend --batch`, { killAfterS: ENDLESS_S });
    expect(r.status, "stopped by timeout (124), not ended by itself").toBe(124);
    // The kill may cut the last line short.
    const lines = r.stdout.split("\n").slice(0, -1).map((l) => JSON.parse(l) as Out);
    expect(lines.length).toBeGreaterThan(100);
    lines.forEach((o, i) => {
      expect(o.line).toBe(i + 1);
      expect(o.kind).toBe("batch-error");
    });
    expectBounded(r);
  });

  it("endless lines over the limit, then on: one error line each, memory bounded", () => {
    // 1.5 MiB lines for ever.
    const writer = `"$NODE" -e 'const b=Buffer.alloc(3<<19,32);b[b.length-1]=10;try{for(;;)require("fs").writeSync(1,b)}catch{}'`;
    const r = shell(`${writer} | "$CLI" recommend --batch`, { killAfterS: ENDLESS_S });
    expect(r.status, "stopped by timeout (124), not ended by itself").toBe(124);
    const lines = r.stdout.split("\n").slice(0, -1).map((l) => JSON.parse(l) as Out);
    expect(lines.length).toBeGreaterThan(3);
    lines.forEach((o, i) => expect(o).toEqual({ schemaVersion: 1, kind: "batch-error", line: i + 1, error: { message: `line ${i + 1} is longer than 1 MiB`, problems: [] } }));
    expectBounded(r);
  });
});
