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

describe("what the error says about hostile input (issue 12)", () => {
  const dir = scratchDir("hostile-messages");
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  // eslint-disable-next-line no-control-regex
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
  const ESC = "\u001b";

  it("a syntax error never shows the raw text V8 quotes: the character is escaped, in either language", async () => {
    const file = write("osc.json", `${ESC}]0;PWNED\u0007${ESC}[2J`);
    for (const [lang, expected] of [
      ["en", `llm-career: answers file "${file}" is not valid JSON: unexpected character "\\u001b"\n`],
      ["zh", `llm-career: 答案文件“${file}”不是有效的 JSON：出现了不该有的字符 "\\u001b"\n`],
    ]) {
      const r = await run(["--lang", lang!, "recommend", "--answers", file, "--json"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(expected);
    }
  });

  it("a syntax error with a position says where, in our words", async () => {
    const r = await run(["recommend", "--answers", "-", "--json"], { input: '{"answers":\n  {"goal": "research",}\n}' });
    expect(r.stderr).toBe("llm-career: the answers on standard input is not valid JSON: expected a property name in double quotes (line 2, column 23)\n");
    const bad = await run(["recommend", "--answers", "-", "--json"], { input: `{"answers": {"goal": "a${ESC}[2Jb"}}` });
    expect(bad.stderr).toBe("llm-career: the answers on standard input is not valid JSON: a string holds a control character (write it as an escape, such as \\n) (line 1, column 24)\n");
  });

  it("JSON-escaped control characters in keys and values are decoded, then shown escaped", async () => {
    const text = '{"answers": {"\\u001b[2Jkey": 1, "goal": "\\u001b]0;x\\u0007\\u009b"}, "\\u001b[31mtop": 1}';
    const r = await run(["recommend", "--answers", "-", "--json"], { input: text });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stderr).toContain("answers.\\u001b[2Jkey: unknown question id");
    expect(r.stderr).toContain('got "\\u001b]0;x\\u0007\\u009b"');
    expect(r.stderr).toContain("\\u001b[31mtop: unknown key");
  });

  it("a key given twice is named escaped", async () => {
    const r = await run(["recommend", "--answers", "-", "--json"], { input: '{"answers": {"\\u001b[2J": 1, "\\u001b[2J": 2}}' });
    expect(r.stderr).toBe('llm-career: the answers on standard input is not valid: the key "\\u001b[2J" appears twice in one object\n');
  });

  it("60,000 unknown keys: the count, nine of them, and how many more", async () => {
    const answers = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i]));
    const r = await run(["recommend", "--answers", "-", "--json"], { input: JSON.stringify({ answers }) });
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("llm-career: the answers on standard input has 60000 problems (see `llm-career questions --json` for the ids):");
    expect(lines.slice(1)).toEqual([...Array.from({ length: 9 }, (_, i) => `  answers.k${i}: unknown question id; see \`llm-career questions --json\``), "  and 59991 more problems"]);
  });

  it("ten problems are all listed; eleven list nine and one more", async () => {
    const doc = (n: number) => JSON.stringify({ answers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])) });
    const ten = await run(["recommend", "--answers", "-", "--json"], { input: doc(10) });
    expect(ten.stderr.trimEnd().split("\n")).toHaveLength(11);
    expect(ten.stderr).not.toContain("more problem");
    const eleven = await run(["recommend", "--answers", "-", "--json"], { input: doc(11) });
    expect(eleven.stderr.trimEnd().split("\n")).toHaveLength(11);
    expect(eleven.stderr.trimEnd().split("\n").pop()).toBe("  and 2 more problems");
    const zh = await run(["--lang", "zh", "recommend", "--answers", "-", "--json"], { input: doc(11) });
    expect(zh.stderr.trimEnd().split("\n").pop()).toBe("  另有 2 处问题未列出");
  });

  it("a 1 MB bad value is cut with …", async () => {
    const r = await run(["recommend", "--answers", "-", "--json"], { input: JSON.stringify({ answers: { goal: `${ESC}[2J${"x".repeat(1_000_000 - 20)}` } }) });
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeLessThan(400);
    expect(r.stderr).toMatch(/got "\\u001b\[2Jx+…"\n$/);
  });

  it("an unknown question id or option id gets the closest one, if any is close", async () => {
    const r = await run(["recommend", "--answers", "-", "--json"], { input: JSON.stringify({ answers: { goall: "x", goal: "resarch", zzzzzz: 1 } }) });
    expect(r.stderr).toContain('answers.goall: unknown question id; did you mean "goal"? (see `llm-career questions --json`)');
    expect(r.stderr).toMatch(/answers\.goal: expected one of [^\n]*, got "resarch"; did you mean "research"\?\n/);
    expect(r.stderr).toContain("answers.zzzzzz: unknown question id; see `llm-career questions --json`\n");
  });

  it("a 130 kB unknown id or value gets no did-you-mean, and is cut", async () => {
    const long = `goal${"x".repeat(130_000)}`;
    const r = await run(["recommend", "--answers", "-", "--json"], { input: JSON.stringify({ answers: { [long]: 1, goal: long } }) });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain("did you mean");
    expect(r.stderr.length).toBeLessThan(600);
  });

  it("--answers - on a terminal says, on stderr, that it reads standard input; not when piped", async () => {
    const input = JSON.stringify({ answers: { goal: "research" } });
    const tty = await run(["recommend", "--answers", "-", "--json"], { input, stdinIsTTY: true, env: { COLUMNS: "120" } });
    expect(tty.status).toBe(0);
    expect(tty.stderr).toBe("llm-career: reading the answers (JSON) from standard input; paste them, then press Ctrl-D\n");
    const zh = await run(["--lang", "zh", "recommend", "--answers", "-", "--json"], { input, stdinIsTTY: true });
    expect(zh.stderr).toBe("llm-career: 正在从标准输入读取答案（JSON）；粘贴后按 Ctrl-D 结束\n");
    const piped = await run(["recommend", "--answers", "-", "--json"], { input });
    expect(piped.stderr).toBe("");
    const narrow = await run(["recommend", "--answers", "-", "--json"], { input, stdinIsTTY: true, env: { COLUMNS: "40" } });
    expect(narrow.stderr).toBe("llm-career: reading the answers (JSON)\n  from standard input; paste them, then\n  press Ctrl-D\n");
  });

  it("every answers error is in Chinese with --lang zh", async () => {
    const cases = [
      ["", "标准输入中的答案是空的"],
      ["\u0000", "标准输入中的答案不是文本"],
      ["[1,", "标准输入中的答案不是有效的 JSON：JSON 还没写完，文本就结束了"],
      ["[]", "标准输入中的答案有 1 处问题"],
      ['{"answers": {"goal": null}}', "应为"],
    ] as const;
    for (const [input, expected] of cases) {
      const r = await run(["--lang", "zh", "recommend", "--answers", "-", "--json"], { input });
      expect(r.status, input).toBe(2);
      expect(r.stderr, input).toContain(expected);
      expect(r.stderr, input).not.toMatch(/\b(expected|answers on|is not|has \d)\b/);
    }
  });
});
