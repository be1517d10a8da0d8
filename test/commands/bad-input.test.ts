// Hostile input, in-process through main(): every file in test/fixtures/bad/ (by path and on
// stdin), a 50 MB file, and fuzzed direction names, option values and answers texts. (50 MB on
// a real stdin pipe: test/e2e/smoke.test.ts.) Whatever comes in, the
// result is a valid result (exit 0) or a short error (exit 2): never a stack trace, never exit 1
// for the user's mistake, never partial output on stdout.
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO, type RunResult } from "../helpers/run-cli.js";
import { runInProcess as run } from "../helpers/run-in-process.js";
import { scratchDir } from "../helpers/scratch.js";
import casesJson from "../fixtures/bad/cases.json";
import questionnaireJson from "../../data/advisor/questionnaire.json";

interface BadCase {
  file: string;
  /** A fragment of stderr, or null for a file that must be accepted. */
  expect: string | null;
  /** More fragments stderr must contain (every problem, not just the first). */
  alsoExpect?: string[];
}
const cases = casesJson as BadCase[];
const BAD_DIR = path.join(REPO, "test/fixtures/bad");
const failing = cases.filter((c) => c.expect !== null);
const succeeding = cases.filter((c) => c.expect === null);

const STACK = "\n    at ";

function expectUsageError(r: RunResult, label: string) {
  expect(r.status, `${label}: exit code; stderr: ${r.stderr}`).toBe(2);
  expect(r.stdout, `${label}: stdout`).toBe("");
  expect(r.stderr, `${label}: stack trace`).not.toContain(STACK);
  expect(r.stderr.split("\n")[0], label).toMatch(/^llm-career: \S/);
}

function expectRecommendation(r: RunResult, label: string) {
  expect(r.status, `${label}: exit code; stderr: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe("");
  const doc = JSON.parse(r.stdout) as { schemaVersion: number; kind: string; ranking: unknown[] };
  expect(doc.schemaVersion).toBe(1);
  expect(doc.kind).toBe("recommendation");
  expect(doc.ranking).toHaveLength(6);
  return doc;
}

describe("the corpus of hostile answer files", () => {
  it("lists every file in the folder, and only those", () => {
    const files = fs.readdirSync(BAD_DIR).filter((f) => f !== "cases.json").sort();
    expect(cases.map((c) => c.file).sort()).toEqual(files);
    expect(succeeding.map((c) => c.file).sort()).toEqual(["bom.json", "crlf.json"]);
  });

  it("holds the hostile bytes it claims to", () => {
    const read = (f: string) => fs.readFileSync(path.join(BAD_DIR, f));
    expect([...read("bom.json").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(read("crlf.json").toString("utf8")).toContain("\r\n");
    expect(read("crlf.json").toString("utf8").replace(/\r\n/g, "")).not.toContain("\n");
    expect(read("empty.json").length).toBe(0);
    expect(read("whitespace.json").toString("utf8").trim()).toBe("");
    expect(read("binary-garbage.bin").includes(0)).toBe(true);
    expect(read("deep-nesting.json").toString("utf8")).toContain("[".repeat(10_000));
    expect(read("duplicate-keys.json").toString("utf8").match(/"goal"/g)).toHaveLength(2);
  });
});

describe.each([
  ["by path", (file: string) => run(["recommend", "--answers", path.join(BAD_DIR, file), "--json"])],
  ["on stdin", (file: string) => run(["recommend", "--answers", "-", "--json"], { input: fs.readFileSync(path.join(BAD_DIR, file)) })],
])("recommend --answers (%s)", (_how, run) => {
  it.each(failing.map((c) => [c.file, c] as const))("rejects %s with exit 2 and a clear message", async (_file, c) => {
    const r = await run(c.file);
    expectUsageError(r, c.file);
    expect(r.stderr).toContain(c.expect!);
    for (const fragment of c.alsoExpect ?? []) expect(r.stderr).toContain(fragment);
  });

  it.each(succeeding.map((c) => [c.file, c] as const))("accepts %s", async (_file, c) => {
    const doc = expectRecommendation(await run(c.file), c.file) as unknown as { answers: Record<string, unknown> };
    // The answers were read, not ignored: the result echoes each one given in the file.
    const given = JSON.parse(fs.readFileSync(path.join(BAD_DIR, c.file), "utf8").replace(/^\uFEFF/, "")) as { answers: Record<string, unknown> };
    expect(Object.keys(doc.answers).sort()).toEqual(Object.keys(given.answers).sort());
  });
});

describe("a 50 MB answers file", () => {
  const dir = scratchDir("big");
  const big = path.join(dir, "big.json");
  const SIZE = 50 * 1024 * 1024;
  let buf: Buffer;
  beforeAll(() => {
    // Valid JSON, were it not for its size: the limit is what must stop it.
    buf = Buffer.alloc(SIZE, 0x20);
    buf.write('{"answers": {}}');
    fs.writeFileSync(big, buf);
  });

  // No claim about speed: a run that reads on and on fails as a hang (runInProcess's timeout).
  it("is refused by path with a size error", async () => {
    const r = await run(["recommend", "--answers", big, "--json"]);
    expectUsageError(r, "50 MB file");
    expect(r.stderr).toMatch(/MiB|KiB|MB|large|size/i);
  });

  it("is refused on stdin with a size error, without reading the rest", async () => {
    // Delivered in 64 KiB chunks, as a pipe does; the count shows where reading stopped.
    const CHUNK = 64 * 1024;
    let served = 0;
    function* chunks() {
      for (let at = 0; at < SIZE; at += CHUNK) {
        served++;
        yield buf.subarray(at, at + CHUNK);
      }
    }
    const r = await run(["recommend", "--answers", "-", "--json"], { input: Readable.from(chunks(), { objectMode: false }) });
    expectUsageError(r, "50 MB on stdin");
    expect(r.stderr).toMatch(/MiB|KiB|MB|large|size/i);
    // The limit is 1 MiB: reading stops a few chunks past it, far from the 800 chunks there are.
    expect(served).toBeGreaterThan(16);
    expect(served).toBeLessThan(SIZE / CHUNK / 4);
  });
});

describe("fuzzing", () => {
  /** Arguments cannot carry NUL; anything else goes. */
  const argText = fc
    .oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.constantFrom("infra", "INFRA", "推理", "安全", "0", "7", "1.5", "-1", "rag ", " rag", "applicatons", "__proto__", "constructor", "", " "),
    )
    .filter((s) => !s.includes("\u0000"));

  function expectCleanOutcome(r: RunResult, json: boolean, label: string) {
    expect([0, 2], `${label}: exit ${r.status}; stderr: ${r.stderr}`).toContain(r.status);
    expect(r.stderr, `${label}: stack trace`).not.toContain(STACK);
    expect(r.stderr, label).not.toMatch(/internal error/);
    if (r.status === 2) {
      expect(r.stdout, `${label}: stdout on error`).toBe("");
      expect(r.stderr.split("\n")[0], label).toMatch(/^llm-career: /);
    } else if (json) {
      expect(() => JSON.parse(r.stdout), `${label}: stdout is JSON`).not.toThrow();
      expect(r.stderr, label).toBe("");
    }
  }

  it("show <random name>: a profile or a usage error", async () => {
    await fc.assert(
      fc.asyncProperty(argText, fc.boolean(), async (name, json) => {
        const args = ["show", ...(json ? ["--json"] : []), "--", name];
        expectCleanOutcome(await run(args), json, JSON.stringify(args));
      }),
      { numRuns: 100 },
    );
  });

  it("--lang <random value>: a result or a usage error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(argText, fc.constantFrom("zh", "en", "ZH", "zh_CN", "fr", "zh-Hans")), async (lang) => {
        const args = [`--lang=${lang}`, "list", "--json"];
        const r = await run(args);
        expectCleanOutcome(r, true, JSON.stringify(args));
        if (lang !== "zh" && lang !== "en") expect(r.status).toBe(2);
      }),
      { numRuns: 60 },
    );
  });

  it("random JSON-ish answers texts: a recommendation or a usage error", async () => {
    const ids = ["background", "interests", "math", "goal", "tools", "__proto__", "constructor", "x"];
    /** Answers built from the questionnaire, each value valid or replaced by random JSON. */
    type Q = { id: string; kind: string; options?: Array<{ id: string }>; levels?: Array<{ value: number }> };
    const valid = (q: Q): fc.Arbitrary<unknown> =>
      q.kind === "scale"
        ? fc.constantFrom(...q.levels!.map((l) => l.value))
        : q.kind === "multi"
          ? fc.subarray(q.options!.map((o) => o.id))
          : fc.constantFrom(...q.options!.map((o) => o.id));
    const nearlyValid = fc
      .tuple(...(questionnaireJson.questions as Q[]).map((q) => fc.option(fc.oneof({ arbitrary: valid(q), weight: 8 }, { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 }), { nil: undefined })))
      .map((values) => JSON.stringify({ answers: Object.fromEntries((questionnaireJson.questions as Q[]).map((q, i) => [q.id, values[i]]).filter(([, v]) => v !== undefined)) }));
    const jsonish = fc.oneof(
      nearlyValid,
      fc.json({ maxDepth: 3 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ answers: v })),
      fc.dictionary(fc.constantFrom(...ids), fc.jsonValue({ maxDepth: 2 })).map((a) => JSON.stringify({ answers: a })),
      fc.tuple(fc.json({ maxDepth: 3 }), fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 40 }),
    );
    const dir = scratchDir("fuzz");
    await fc.assert(
      fc.asyncProperty(jsonish, fc.boolean(), fc.boolean(), async (text, viaStdin, json) => {
        const file = path.join(dir, "answers.json");
        if (!viaStdin) fs.writeFileSync(file, text);
        const args = ["recommend", "--answers", viaStdin ? "-" : file, ...(json ? ["--json"] : [])];
        const r = await run(args, viaStdin ? { input: text } : {});
        expectCleanOutcome(r, json, `${JSON.stringify(text)} ${viaStdin ? "on stdin" : "in a file"}`);
        if (r.status === 0 && json) expect((JSON.parse(r.stdout) as { kind: string }).kind).toBe("recommendation");
      }),
      { numRuns: 150 },
    );
  });
});
