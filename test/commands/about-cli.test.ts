// --about and --about-file through the command line: what the text set reaches the ranking and
// the JSON, explicit answers win, the code reproduces the result, and bad text fails cleanly.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GapOutput, PlanOutput, RecommendationOutput } from "../../src/advisor/views.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { scratchDir } from "../helpers/scratch.js";

const GO_CPP = "8 years on a payment system in Go and C++, ran our Kubernetes platform, I tune TCP for fun";
const ANDROID = "做了5年 Android 开发，数学一般，想尽快转 AI";
const dir = scratchDir("about-cli");
mkdirSync(dir, { recursive: true });

const json = async (args: string[], input?: string) => {
  const r = await runInProcess([...args, "--json"], input === undefined ? {} : { input });
  expect(r.stderr, args.join(" ")).toBe("");
  expect(r.status, args.join(" ")).toBe(0);
  return JSON.parse(r.stdout) as unknown;
};

describe("recommend --about", () => {
  it("scores from the text: the answers it set, the phrases they rest on, in the documented shape", async () => {
    const out = RecommendationOutput.parse(await json(["recommend", "--about", GO_CPP]));
    expect(out.about).not.toBeNull();
    const about = out.about!;
    expect(about.status).toBe("answered");
    // Every answer in the result came from the text, and each rests on a phrase that is in it.
    expect(Object.keys(out.answers).sort()).toEqual([...about.fromText].sort());
    for (const question of about.fromText) {
      const used = about.matches.filter((m) => m.used && m.question === question);
      expect(used.length, question).toBeGreaterThan(0);
      for (const m of used) expect(GO_CPP.slice(m.start, m.end)).toBe(m.phrase);
    }
    expect(out.ranking[0]!.direction).toBe("infrastructure");
  });

  it("the answer code of a result from a description gives the same ranking", async () => {
    const out = RecommendationOutput.parse(await json(["recommend", "--about", ANDROID, "--lang", "zh"]));
    const again = RecommendationOutput.parse(await json(["recommend", "--code", out.code]));
    expect(again.ranking).toEqual(out.ranking);
    expect(again.answers).toEqual(out.answers);
    expect(again.about).toBeNull();
  });

  it("explicit answers win question by question, and the output says which came from the text", async () => {
    const text = RecommendationOutput.parse(await json(["recommend", "--about", GO_CPP]));
    const question = text.about!.fromText[0]!;
    const explicit = { answers: { background: "student" } };
    const both = RecommendationOutput.parse(await json(["recommend", "--about", GO_CPP, "--answers", "-"], JSON.stringify(explicit)));
    expect(both.answers.background).toBe("student");
    expect(both.about!.fromText).not.toContain("background");
    for (const q of both.about!.fromText) expect(both.answers[q]).toEqual(text.answers[q]);
    if (question !== "background") expect(both.about!.fromText).toContain(question);
  });

  it("the text output starts with what was read", async () => {
    const en = await runInProcess(["recommend", "--about", GO_CPP]);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^I read: /);
    const zh = await runInProcess(["recommend", "--about", ANDROID, "--lang", "zh"]);
    expect(zh.stdout).toMatch(/^我读到：/);
  });

  it("the bare command takes it too", async () => {
    const bare = await runInProcess(["--about", GO_CPP, "--json"]);
    const named = await runInProcess(["recommend", "--about", GO_CPP, "--json"]);
    expect(bare).toEqual(named);
  });
});

describe("--about-file", () => {
  it("reads a file, or standard input for -, the same as --about", async () => {
    const file = path.join(dir, "me.txt");
    writeFileSync(file, `${ANDROID}\n`);
    const inline = RecommendationOutput.parse(await json(["recommend", "--about", ANDROID]));
    const fromFile = RecommendationOutput.parse(await json(["recommend", "--about-file", file]));
    const fromStdin = RecommendationOutput.parse(await json(["recommend", "--about-file", "-"], ANDROID));
    expect(fromFile.ranking).toEqual(inline.ranking);
    expect(fromStdin.answers).toEqual(inline.answers);
  });

  it("gap and plan take a description as their answers", async () => {
    const gap = GapOutput.parse(await json(["gap", "infra", "--about", GO_CPP]));
    expect(gap.about!.fromText.length).toBeGreaterThan(0);
    expect(gap.answers).toEqual(RecommendationOutput.parse(await json(["recommend", "--about", GO_CPP])).answers);
    const plan = PlanOutput.parse(await json(["plan", "apps", "--about", "我是前端，React 写了三年"]));
    expect(plan.basedOnAnswers).toBe(true);
    expect(plan.about).not.toBeNull();
  });
});

describe("bad descriptions: one line on stderr, exit 2, nothing on stdout", () => {
  const big = "x".repeat(1024 * 1024);
  const binary = path.join(dir, "binary.bin");
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00]));
  it.each([
    ["empty", ["recommend", "--about", ""]],
    ["only spaces", ["recommend", "--about", "   \n\t "]],
    ["nothing known", ["recommend", "--about", "hello there, lovely weather"]],
    ["1 MB", ["recommend", "--about", big]],
    ["control characters", ["recommend", "--about", "I write Go\u001b[2J"]],
    ["a binary file", ["recommend", "--about-file", binary]],
    ["both options", ["recommend", "--about", "Go", "--about-file", binary]],
    ["stdin twice", ["recommend", "--about-file", "-", "--answers", "-"]],
    ["gap, nothing known", ["gap", "infra", "--about", "zzz"]],
    ["a missing file", ["recommend", "--about-file", "/nonexistent/me.txt"]],
    ["an endless device", ["recommend", "--about-file", "/dev/zero"]],
    ["with --batch", ["recommend", "--batch", "--about", "Go"]],
  ])("%s", async (_name, args) => {
    const r = await runInProcess(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/^llm-career: /);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it("nothing known, in Chinese", async () => {
    const r = await runInProcess(["recommend", "--about", "今天天气不错", "--lang", "zh"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^llm-career: .*请直接回答问题/);
  });
});

describe("messages about descriptions", () => {
  it("a file that cannot be read is named once, as a description file", async () => {
    const r = await runInProcess(["recommend", "--about-file", "/nonexistent/me.txt"]);
    expect(r.stderr).toBe('llm-career: cannot read description file "/nonexistent/me.txt": no such file\n');
  });

  it("the text output says how many answers came from the description, and when explicit answers won", async () => {
    const alone = await runInProcess(["recommend", "--about", GO_CPP]);
    expect(alone.stdout.replace(/\s+/g, " ")).toMatch(/\d+ of 19 answers came from your description/);
    const both = await runInProcess(["recommend", "--about", GO_CPP, "--answers", "-"], { input: JSON.stringify({ answers: { background: "student" } }) });
    expect(both.stdout.replace(/\s+/g, " ")).toMatch(/(\d+) of the (\d+) answers read from your description are used; --answers or --code gave the others\./);
  });

  it("--about-file - on a terminal says it is reading standard input; piped, it says nothing", async () => {
    const tty = await runInProcess(["recommend", "--about-file", "-", "--json"], { input: ANDROID, stdinIsTTY: true, env: { COLUMNS: "120" } });
    expect(tty.status).toBe(0);
    expect(tty.stderr).toBe("llm-career: reading your description from standard input; type or paste it, then press Ctrl-D\n");
    const piped = await runInProcess(["recommend", "--about-file", "-", "--json"], { input: ANDROID });
    expect(piped.stderr).toBe("");
  });

  it("both --answers - and --about-file - is refused before anything is read", async () => {
    const r = await runInProcess(["recommend", "--answers", "-", "--about-file", "-"], { input: "" });
    expect(r.stderr).toBe("llm-career: --answers - and --about-file - both read standard input; give one of them a file\n");
  });
});
