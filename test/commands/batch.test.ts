// `recommend --batch`, in-process through main(): JSON Lines of answer sets on stdin, one compact result per line
// on stdout, in order; a bad line becomes an error object on its own line, the others are still
// scored, and the exit code says that something failed.
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO, type RunResult } from "../helpers/run-cli.js";
import { runInProcess as run } from "../helpers/run-in-process.js";
import { scratchDir } from "../helpers/scratch.js";
import personasJson from "../fixtures/personas.json";
import questionnaireJson from "../../data/advisor/questionnaire.json";

type AnswerValue = string | string[] | number;
interface Persona {
  id: string;
  expect: { first: string } | { topTwo: [string, string] };
  answers: Record<string, AnswerValue>;
}
interface BatchResult {
  schemaVersion: number;
  kind: "batch-result";
  line: number;
  ranking: Array<{ direction: string; score: number; stretch: boolean }>;
  unanswered: string[];
}
interface BatchError {
  schemaVersion: number;
  kind: "batch-error";
  line: number;
  error: { message: string; problems: string[] };
}
type BatchLine = BatchResult | BatchError;

const personas = personasJson as Persona[];
const questionIds = (questionnaireJson.questions as Array<{ id: string }>).map((q) => q.id);
const DIRECTION_IDS = fs
  .readdirSync(path.join(REPO, "data/catalog/directions"))
  .map((f) => (JSON.parse(fs.readFileSync(path.join(REPO, "data/catalog/directions", f), "utf8")) as { id: string }).id)
  .sort();

const lineOf = (p: Persona) => JSON.stringify({ answers: p.answers });

/** stdout split into its lines; the output ends with a newline and has no blank lines. */
function outputLines(r: RunResult): BatchLine[] {
  expect(r.stdout.endsWith("\n"), "ends with a newline").toBe(true);
  const lines = r.stdout.slice(0, -1).split("\n");
  return lines.map((l, i) => {
    expect(l.trim(), `output line ${i + 1} is not blank`).not.toBe("");
    return JSON.parse(l) as BatchLine;
  });
}

function expectResultFor(line: BatchLine, p: Persona, n: number) {
  expect(line.kind, `line ${n}: ${JSON.stringify(line)}`).toBe("batch-result");
  expect(line.schemaVersion).toBe(1);
  expect(line.line).toBe(n);
  const result = line as BatchResult;
  expect(result.ranking.map((x) => x.direction).sort()).toEqual(DIRECTION_IDS);
  if ("first" in p.expect) expect(result.ranking[0]!.direction, p.id).toBe(p.expect.first);
  else expect(result.ranking.slice(0, 2).map((x) => x.direction).sort(), p.id).toEqual([...p.expect.topTwo].sort());
  const scores = result.ranking.map((x) => x.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const s of scores) {
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(100);
  }
  expect(result.unanswered).toEqual(questionIds.filter((id) => !(id in p.answers)));
}

describe("recommend --batch, all lines good", () => {
  let r: RunResult;
  let lines: BatchLine[];
  beforeAll(async () => {
    r = await run(["recommend", "--batch"], { input: `${personas.map(lineOf).join("\n")}\n` });
    lines = outputLines(r);
  });

  it("exits 0 with an empty stderr", async () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("prints one line per input line, in order, numbered 1..n, each the persona's expected ranking", async () => {
    expect(lines).toHaveLength(personas.length);
    personas.forEach((p, i) => expectResultFor(lines[i]!, p, i + 1));
  });

  describe("matches recommend --answers --json for the same answers", () => {
    const dir = scratchDir("batch");

    it.each(personas.map((p) => [p.id, p] as const))("%s", async (id, p) => {
      const file = path.join(dir, `${id}.json`);
      fs.writeFileSync(file, lineOf(p));
      const single = await run(["recommend", "--answers", file, "--json"]);
      expect(single.status, single.stderr).toBe(0);
      const doc = JSON.parse(single.stdout) as { ranking: Array<{ direction: string; score: number; stretch: boolean }>; unanswered: string[] };
      const batch = lines[personas.indexOf(p)] as BatchResult;
      expect(batch.ranking).toEqual(doc.ranking.map((x) => ({ direction: x.direction, score: x.score, stretch: x.stretch })));
      expect(batch.unanswered).toEqual(doc.unanswered);
    });
  });

  it("accepts CRLF line ends, with the same results", async () => {
    const crlf = await run(["recommend", "--batch"], { input: `${personas.map(lineOf).join("\r\n")}\r\n` });
    expect(crlf.status, crlf.stderr).toBe(0);
    expect(crlf.stderr).toBe("");
    expect(crlf.stdout).toBe(r.stdout);
  });

  it("reads lines that arrive split across chunks, as a pipe may deliver them", async () => {
    const text = `${personas.map(lineOf).join("\r\n")}\r\n`;
    // 7-byte chunks cut lines, CRLF pairs and multi-byte characters anywhere.
    const bytes = Buffer.from(text);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const split = await run(["recommend", "--batch"], { input: Readable.from(chunks, { objectMode: false }) });
    expect(split.status, split.stderr).toBe(0);
    expect(split.stdout).toBe(r.stdout);
  });

  it("accepts a last line without a newline", async () => {
    const two = personas.slice(0, 2);
    const out = await run(["recommend", "--batch"], { input: two.map(lineOf).join("\n") });
    expect(out.status, out.stderr).toBe(0);
    const got = outputLines(out);
    expect(got).toHaveLength(2);
    two.forEach((p, i) => expectResultFor(got[i]!, p, i + 1));
  });

  it("prints nothing and exits 0 for empty input", async () => {
    const out = await run(["recommend", "--batch"], { input: "" });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe("");
  });
});

describe("recommend --batch with bad lines in the middle", () => {
  const good = [personas[0]!, personas[5]!, personas[10]!, personas[15]!];
  const inputLines = [
    lineOf(good[0]!), // 1
    '{"answers": {"goal": "research",}', // 2: invalid JSON
    lineOf(good[1]!), // 3
    JSON.stringify({ answers: { "favourite-colour": "blue" } }), // 4: unknown question id
    "", // 5: empty line
    lineOf(good[2]!), // 6
    JSON.stringify({ answers: { goal: "get-rich", math: 99 } }), // 7: unknown option, out of range
    '{"answers": {"__proto__": {"polluted": true}}}', // 8: prototype key
    lineOf(good[3]!), // 9
  ];
  const goodAt: Record<number, Persona> = { 1: good[0]!, 3: good[1]!, 6: good[2]!, 9: good[3]! };
  const badAt = [2, 4, 5, 7, 8];
  let r: RunResult;
  let lines: BatchLine[];
  beforeAll(async () => {
    r = await run(["recommend", "--batch"], { input: `${inputLines.join("\n")}\n` });
    lines = outputLines(r);
  });

  it("exits 1 and says on stderr how many lines failed, without a stack trace", async () => {
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")[0]).toMatch(/^llm-career: /);
    expect(r.stderr).toContain(String(badAt.length));
    expect(r.stderr).not.toContain("\n    at ");
  });

  it("still prints one line per input line, in order", async () => {
    expect(lines).toHaveLength(inputLines.length);
    expect(lines.map((l) => l.line)).toEqual(inputLines.map((_, i) => i + 1));
  });

  it("scores the good lines as if they were alone", async () => {
    for (const [n, p] of Object.entries(goodAt)) expectResultFor(lines[Number(n) - 1]!, p, Number(n));
    const alone = outputLines(await run(["recommend", "--batch"], { input: `${good.map(lineOf).join("\n")}\n` }));
    const mixed = Object.keys(goodAt).map((n) => (lines[Number(n) - 1] as BatchResult).ranking);
    expect(mixed).toEqual(alone.map((l) => (l as BatchResult).ranking));
  });

  it("gives each bad line an error object with its line number and a message", async () => {
    for (const n of badAt) {
      const line = lines[n - 1]!;
      expect(line.kind, `line ${n}: ${JSON.stringify(line)}`).toBe("batch-error");
      expect(line.schemaVersion).toBe(1);
      expect(line.line).toBe(n);
      const { error } = line as BatchError;
      expect(error.message.length).toBeGreaterThan(0);
      expect(error.message).toContain(`line ${n}`);
      expect(Array.isArray(error.problems)).toBe(true);
    }
  });

  it("lists every problem of a line by path", async () => {
    const unknown = (lines[3] as BatchError).error;
    expect(unknown.problems.join("\n")).toContain("answers.favourite-colour");
    const two = (lines[6] as BatchError).error;
    expect(two.problems).toHaveLength(2);
    expect(two.problems.join("\n")).toContain("answers.goal");
    expect(two.problems.join("\n")).toContain("answers.math");
    expect((lines[7] as BatchError).error.problems.join("\n")).toContain("answers.__proto__");
  });

  it("fails the same way with CRLF line ends", async () => {
    const crlf = await run(["recommend", "--batch"], { input: `${inputLines.join("\r\n")}\r\n` });
    expect(crlf.status).toBe(1);
    expect(crlf.stdout).toBe(r.stdout);
  });
});

describe("recommend --batch usage errors", () => {
  it("refuses a terminal on stdin: the batch reads JSON Lines piped into it", async () => {
    const r = await run(["recommend", "--batch"], { stdinIsTTY: true, isTTY: true });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^llm-career: .*standard input/);
  });

  it.each([
    [["recommend", "--batch", "--answers", "x.json"]],
    [["recommend", "--batch", "--save", "x.json"]],
  ])("%j exits 2 with nothing on stdout", async (args) => {
    const r = await run(args, { input: `${lineOf(personas[0]!)}\n` });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toMatch(/^llm-career: /);
    expect(fs.existsSync(path.join(REPO, "x.json"))).toBe(false);
  });
});
