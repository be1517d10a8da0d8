// Hostile bytes in every echoing path (issue 12), in-process: whatever name, option value, answers
// file or batch line comes in, what reaches stderr is safe for a terminal and fits it.
//   - no byte below 0x20 other than "\n", no DEL, no C1 control (so no ESC sequence of any kind);
//   - an error is bounded (thirteen lines of at most 400 characters, however they wrap), with
//     nothing on stdout;
//   - no stderr line is wider than the terminal's columns, measured by string-width (an oracle
//     that is not the program's own width code).
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { runInProcess, type RunResult } from "../helpers/run-in-process.js";
import { scratchDir } from "../helpers/scratch.js";
import { advisor } from "../../src/advisor/advisor.js";
import { encodeAnswers } from "../../src/advisor/code.js";

/** The most lines an error may take unwrapped: the message, ten problems, "and N more", a hint. */
const MAX_ERROR_LINES = 13;
/** The longest any of them may be before wrapping: a name from outside is cut at 200 characters. */
const MAX_LINE_CHARS = 400;
const CODE = encodeAnswers(advisor.questionnaire, new Map());

// eslint-disable-next-line no-control-regex
const UNSAFE_BYTES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Text that attacks a terminal: escape sequences, line breaks, C1, bidi, wide and zero-width characters. */
const hostilePiece = fc.constantFrom(
  "\u001b[2J",
  "\u001b]0;PWNED\u0007",
  "\u001b[31m",
  "\u009b31m",
  "\u0085",
  "\r",
  "\n",
  "\nllm-career: all good",
  "\t",
  "\u0008",
  "\u007f",
  "\u202e",
  "\u2066",
  "\u200b",
  "\u2028",
  "\ufeff",
  "\ud800",
  "推理",
  "😀",
  "e\u0301",
  "ＡＢＣ",
  "infra",
  "goal",
  "%s",
  "\\u001b",
);
const hostileText = (maxLength: number) =>
  fc.oneof(
    fc.array(fc.oneof(hostilePiece, fc.string({ maxLength: 4 })), { maxLength: Math.max(1, Math.ceil(maxLength / 4)) }).map((p) => p.join("")),
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: "grapheme", maxLength }),
    fc.tuple(hostilePiece, fc.integer({ min: 50, max: 3000 })).map(([p, n]) => p.repeat(n)),
  );
/** A command-line argument: anything but NUL. */
const arg = hostileText(60).map((s) => s.replace(/\u0000/g, ""));
/** A terminal: its width, and the language its messages are in. */
interface Terminal {
  width: number;
  lang: "en" | "zh";
}
const terminal: fc.Arbitrary<Terminal> = fc.record({ width: fc.integer({ min: 40, max: 160 }), lang: fc.constantFrom("en" as const, "zh" as const) });

/** stdout, stderr and stdin all terminals of that width, as a person at one would run it (stdin only when nothing is piped). */
async function run(args: string[], t: Terminal, input?: string | Buffer): Promise<RunResult> {
  const env = { COLUMNS: String(t.width), LLM_CAREER_LANG: t.lang };
  return runInProcess(args, { input, env, isTTY: true, columns: t.width, stderrIsTTY: true });
}

/** The checks every run must pass, whatever its outcome. */
function expectSafe(r: RunResult, { width, lang }: Terminal, label: string) {
  const where = `${label} (columns ${width}, ${lang}); exit ${r.status}; stderr: ${JSON.stringify(r.stderr.slice(0, 2000))}`;
  expect(r.stderr, `${where}: a control character on stderr`).not.toMatch(UNSAFE_BYTES);
  expect(r.stderr, `${where}: internal error`).not.toMatch(/internal error|\n\s+at /);
  const lines = r.stderr.split("\n").slice(0, -1);
  for (const line of lines) expect(stringWidth(line), `${where}: a line wider than the terminal: ${JSON.stringify(line)}`).toBeLessThanOrEqual(width);
  if (r.status !== 0) {
    // Bounded whatever the input: in characters, and in lines once wrapped to the terminal.
    expect(r.stderr.length, `${where}: error length`).toBeLessThanOrEqual(MAX_ERROR_LINES * MAX_LINE_CHARS);
    expect(lines.length, `${where}: error lines`).toBeLessThanOrEqual(MAX_ERROR_LINES * Math.ceil(MAX_LINE_CHARS / (width - 4)));
    expect(lines.length, `${where}: an error with no message`).toBeGreaterThan(0);
  }
  if (r.status === 2) expect(r.stdout, `${where}: stdout on a usage error`).toBe("");
}

const NUM_RUNS = 60;
const check = (args: fc.Arbitrary<string[]>, options: { input?: fc.Arbitrary<string | Buffer> } = {}) =>
  fc.assert(
    fc.asyncProperty(args, terminal, options.input ?? fc.constant(undefined), async (a, t, input) => {
      expectSafe(await run(a, t, input), t, JSON.stringify(a));
    }),
    { numRuns: NUM_RUNS },
  );

describe("names from outside are echoed safely", () => {
  it("show <name>", () => check(arg.map((n) => ["show", "--", n])));
  it("gap <name>", () => check(arg.map((n) => ["gap", "--code", CODE, "--", n])));
  it("plan <name>", () => check(arg.map((n) => ["plan", "--", n])));
  it("compare <name> <name>", () => check(fc.tuple(arg, arg).map(([a, b]) => ["compare", "--", a, b])));
  it("recommend --exclude <names>", () => check(arg.map((n) => ["recommend", "--code", CODE, "--json", "--exclude", n])));
  it("--code <code>", () => check(fc.oneof(arg, fc.tuple(fc.stringMatching(/^\d{1,25}$/), arg).map(([d, r]) => `${d}-${r}`)).map((c) => ["recommend", "--json", "--code", c])));
  it("--lang <value>", () => check(arg.map((l) => ["--lang", l, "list"])));
  it("an unknown option", () => check(arg.map((o) => ["list", `--${o}`])));
  it("an unknown command", () => check(arg.filter((c) => !c.startsWith("-")).map((c) => [c])));
  it("--answers <path> (a file that is not there)", () => check(arg.filter((p) => p !== "-" && p !== "").map((p) => ["recommend", "--json", "--answers", path.join(".scratch", "no-such-dir", p)])));
});

describe("answers files are reported safely", () => {
  /** A value that may be anything JSON holds, with hostile strings in it. */
  const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof(
      { depthSize: "small" },
      hostileText(40),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("v"), { maxLength: 4 }),
      fc.dictionary(hostileText(20), tie("v"), { maxKeys: 4 }),
    ),
  })).v;
  const questionIds = advisor.questionnaire.questions.map((q) => q.id);
  const answersDoc = fc.oneof(
    hostileJson,
    fc.dictionary(fc.oneof(fc.constantFrom(...questionIds), hostileText(30)), hostileJson, { maxKeys: 8 }).map((answers) => ({ answers })),
    // Many unknown keys at once: the list is capped.
    fc.integer({ min: 11, max: 3000 }).map((n) => ({ answers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}\u001b[2J`, i])) })),
    // One huge bad value.
    fc.constantFrom(...questionIds).map((id) => ({ answers: { [id]: `\u001b[2J${"x".repeat(1_000_000)}` } })),
  );
  const answersText = fc.oneof(
    answersDoc.map((d) => JSON.stringify(d)),
    // Raw, as V8's JSON.parse error message would quote it.
    hostileText(200),
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    answersDoc.map((d) => JSON.stringify(d)).chain((t) => fc.nat(t.length).map((n) => t.slice(0, n))),
  );

  it("--answers - (on stdin)", () => check(fc.constant(["recommend", "--json", "--answers", "-"]), { input: answersText }));

  it("--answers FILE, with a hostile file name", async () => {
    const dir = scratchDir("hostile-answers");
    // A file name holds any byte but "/" and NUL.
    const fileName = arg.map((n) => n.replace(/\//g, "_")).filter((n) => n !== "" && n !== "." && n !== ".." && Buffer.byteLength(n) < 200);
    await fc.assert(
      fc.asyncProperty(fileName, answersText, terminal, async (name, text, t) => {
        const file = path.join(dir, name);
        fs.writeFileSync(file, text);
        try {
          expectSafe(await run(["recommend", "--json", "--answers", file], t), t, `--answers ${JSON.stringify(file)} holding ${JSON.stringify(String(text).slice(0, 200))}`);
        } finally {
          fs.rmSync(file, { force: true });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("--batch lines", () => {
    const line = answersText.map((t) => String(t).replace(/\n/g, " "));
    return check(fc.constant(["recommend", "--batch"]), { input: fc.array(line, { minLength: 1, maxLength: 5 }).map((l) => `${l.join("\n")}\n`) });
  });
});
