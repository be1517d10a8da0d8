// The real binary, a handful of times: bin/llm-career.cjs → dist/ → src/main.ts, with real file
// descriptors. Each run checks the exit code the shell sees and that the run in-process (how
// test/commands/ tests everything else) gives the very same stdout, stderr and exit code, so
// those tests speak for the binary. Run after `npm run build`: a dist/ older than src/ differs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, HANG_MS, REPO, hasAnsi, runCli, type RunResult } from "../helpers/run-cli.js";
import { sandboxEnv } from "../helpers/scratch.js";
import { runInProcess } from "../helpers/run-in-process.js";
import personas from "../fixtures/personas.json";

const VERSION = (JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string }).version;
const answers = (i: number) => JSON.stringify({ answers: (personas as Array<{ answers: unknown }>)[i]!.answers });

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  input?: string;
  status: number;
  check: (r: RunResult) => void;
}

const CASES: Case[] = [
  { name: "--version", args: ["--version"], status: 0, check: (r) => expect(r.stdout).toBe(`${VERSION}\n`) },
  { name: "--help", args: ["--help"], status: 0, check: (r) => expect(r.stdout).toMatch(/^Usage: llm-career/) },
  { name: "bare, stdin not a terminal: the help", args: [], status: 0, check: (r) => expect(r.stdout).toMatch(/^Usage: llm-career/) },
  {
    name: "list --json",
    args: ["list", "--json"],
    status: 0,
    check: (r) => expect((JSON.parse(r.stdout) as { directions: unknown[] }).directions).toHaveLength(6),
  },
  // stdout a pipe: src/main.ts tells it is not a terminal, so no colour and 80 columns.
  { name: "list, piped: no colour", args: ["list"], status: 0, check: (r) => expect(hasAnsi(r.stdout)).toBe(false) },
  {
    name: "show infra in colour, 100 columns",
    args: ["show", "infra"],
    env: { FORCE_COLOR: "1", COLUMNS: "100" },
    status: 0,
    check: (r) => expect(hasAnsi(r.stdout)).toBe(true),
  },
  { name: "compare in Chinese", args: ["--lang", "zh", "compare", "1", "2"], status: 0, check: (r) => expect(r.stdout).toMatch(/[\u4e00-\u9fff]/) },
  {
    name: "recommend --answers - --json",
    args: ["recommend", "--answers", "-", "--json"],
    input: answers(0),
    status: 0,
    check: (r) => expect((JSON.parse(r.stdout) as { kind: string }).kind).toBe("recommendation"),
  },
  { name: "recommend, human output", args: ["recommend", "--answers", "-"], input: answers(3), status: 0, check: (r) => expect(r.stdout).toMatch(/█/) },
  {
    name: "recommend --batch with a bad line: exit 1",
    args: ["recommend", "--batch"],
    input: `${answers(1)}\nnot json\n`,
    status: 1,
    check: (r) => {
      expect(r.stdout.trimEnd().split("\n")).toHaveLength(2);
      expect(r.stderr).toContain("1 of 2 lines failed");
    },
  },
  // Every command once, so that each of the bundle's lazily loaded chunks runs in the binary.
  { name: "questions", args: ["questions"], status: 0, check: (r) => expect(r.stdout).toContain("1.") },
  {
    name: "schema answers",
    args: ["schema", "answers"],
    status: 0,
    check: (r) => expect(typeof (JSON.parse(r.stdout) as { properties?: unknown }).properties).toBe("object"),
  },
  {
    name: "gap --answers - --format markdown",
    args: ["gap", "data", "--answers", "-", "--format", "markdown"],
    input: answers(2),
    status: 0,
    check: (r) => expect(r.stdout).toMatch(/^# \S/m),
  },
  { name: "plan", args: ["plan", "inference", "--lang", "zh"], status: 0, check: (r) => expect(r.stdout).toMatch(/[\u4e00-\u9fff]/) },
  { name: "completion bash", args: ["completion", "bash"], status: 0, check: (r) => expect(r.stdout).toContain("complete ") },
  { name: "show infar: usage error", args: ["show", "infar"], status: 2, check: (r) => expect(r.stderr).toContain("Did you mean") },
  { name: "an unknown option: usage error", args: ["list", "--jsn"], status: 2, check: (r) => expect(r.stderr).toContain("--json") },
  { name: "bad answers JSON: usage error", args: ["recommend", "--answers", "-"], input: "{ not json", status: 2, check: (r) => expect(r.stderr).toMatch(/^llm-career: /) },
  { name: "recommend without a terminal: usage error", args: ["recommend"], status: 2, check: (r) => expect(r.stderr).toContain("--answers") },
];

describe("the built binary", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s: its exit code, and the same bytes as in-process", async (_name, c) => {
    const spawned = runCli(c.args, { env: c.env, input: c.input });
    expect(spawned.status, spawned.stderr).toBe(c.status);
    if (c.status === 0) expect(spawned.stderr).toBe("");
    else if (c.status === 2) expect(spawned.stdout).toBe("");
    expect(spawned.stderr).not.toContain("    at ");
    c.check(spawned);
    expect(await runInProcess(c.args, { env: c.env, input: c.input }), "in-process").toEqual(spawned);
  });

  it("refuses 50 MB on a real stdin pipe with a size error, exit 2, while the writer still writes", () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    big.write('{"answers": {}}');
    const r = runCli(["recommend", "--answers", "-", "--json"], { input: big });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^llm-career: .*(MiB|KiB|MB|large|size)/i);
    expect(r.stderr).not.toContain("    at ");
  });

  it.skipIf(!fs.existsSync("/dev/full"))("stdout on a full disk (/dev/full): exit 1 and one line on stderr, no stack trace", () => {
    for (const args of [["list"], ["list", "--json"], ["show", "infra"]]) {
      const out = fs.openSync("/dev/full", "w");
      try {
        const r = spawnSync(process.execPath, [BIN, ...args], {
          cwd: REPO,
          env: sandboxEnv(),
          stdio: ["ignore", out, "pipe"],
          encoding: "utf8",
          timeout: HANG_MS,
          killSignal: "SIGKILL",
        });
        const what = `${args.join(" ")} > /dev/full`;
        expect(r.status, `${what}: ${r.stderr}`).toBe(1);
        expect(r.stderr, what).toMatch(/^llm-career: .*(ENOSPC|no space)/);
        expect(r.stderr.trimEnd().split("\n"), what).toHaveLength(1);
      } finally {
        fs.closeSync(out);
      }
    }
  });
});
