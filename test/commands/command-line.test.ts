// The command line as people type it: help for the program and for each command, unknown
// commands and options, the bare command taking recommend's options, and commander's own errors
// in our words, in both languages, with what the user typed quoted and escaped.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";

const personas = JSON.parse(readFileSync(new URL("../fixtures/personas.json", import.meta.url), "utf8")) as Array<{ answers: Record<string, unknown> }>;
const answersDoc = JSON.stringify({ answers: personas[0]!.answers });
const COMMANDS = ["list", "show", "compare", "questions", "recommend", "gap", "plan", "schema", "completion", "help"];

describe("help", () => {
  it("`help` is the program's help, as `--help` is", async () => {
    const [help, flag] = await Promise.all([runInProcess(["help"]), runInProcess(["--help"])]);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(flag.stdout);
    expect(help.stdout).toMatch(/^Usage: llm-career/);
    for (const name of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
  });

  it.each(COMMANDS)("`help %s` is the same as its --help", async (name) => {
    const [help, flag] = await Promise.all([runInProcess(["help", name]), runInProcess([name, "--help"])]);
    expect(help.status).toBe(0);
    expect(help.stderr).toBe("");
    expect(help.stdout).toBe(flag.stdout);
    expect(help.stdout).toMatch(new RegExp(`^Usage: llm-career ${name}\\b`));
  });

  it("the bare command off a terminal prints the help on stdout and succeeds", async () => {
    const r = await runInProcess([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe((await runInProcess(["--help"])).stdout);
  });

  it("in Chinese with --lang zh or a zh locale", async () => {
    const flag = await runInProcess(["help", "gap", "--lang", "zh"]);
    const locale = await runInProcess(["help", "gap"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(flag.stdout).toBe(locale.stdout);
    expect(flag.stdout).toMatch(/^用法：llm-career gap \[选项\] <direction>/);
    expect(flag.stdout).toContain("示例：");
    expect(flag.stdout).toContain("通用选项：");
  });

  it("a long example is continued with a backslash, never inside quotes", async () => {
    const r = await runInProcess(["questions", "--help"], { env: { COLUMNS: "40" } });
    const lines = r.stdout.split("\n");
    expect(lines.some((l) => l.endsWith(" \\"))).toBe(true);
    lines.forEach((l, i) => l.endsWith(" \\") && expect(lines[i + 1]).toMatch(/^ {6}\S/));
    expect(r.stdout).toContain("'.questions[] | {id, kind}'");
  });
});

describe("unknown commands", () => {
  it.each([
    [["lsit"], 'llm-career: unknown command "lsit". Did you mean "list"?\n'],
    [["foo", "bar"], 'llm-career: unknown command "foo". See `llm-career --help`.\n'],
    [["help", "lsit"], 'llm-career: unknown command "lsit". Did you mean "list"?\n'],
    [["--lang", "zh", "lsit"], 'llm-career: 没有 "lsit" 这个命令。你是不是想输入 "list"？\n'],
  ])("%j", async (args, stderr) => {
    const r = await runInProcess(args);
    expect(r).toEqual({ status: 2, stdout: "", stderr });
  });

  it("never names a command the user cannot type", async () => {
    for (const args of [["foo", "bar"], ["foo", "--bogus"], ["1"], ["--", "x"]]) {
      const r = await runInProcess(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).not.toMatch(/'start'|"start"/);
    }
  });

  it("what the user typed is escaped: no control character reaches the terminal, no second line", async () => {
    const r = await runInProcess(["fo\u001b]0;PWNED\u0007o\nllm-career: all good"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(r.stderr).toContain("\\u001b]0;PWNED\\u0007o\\nllm-career: all good");
  });
});

describe("commander's errors, in our words", () => {
  it.each([
    [["show"], "llm-career: show needs <name>; see `llm-career help show`\n"],
    [["show", "1", "2"], "llm-career: too many arguments for show: it takes 1, got 2\n"],
    [["list", "--bogus"], 'llm-career: unknown option "--bogus"\n'],
    [["list", "--jsn"], 'llm-career: unknown option "--jsn". Did you mean "--json"?\n'],
    [["--lang", "fr", "list"], 'llm-career: option --lang <lang> cannot be "fr"; one of: zh, en\n'],
    [["--lang"], "llm-career: option --lang <lang> needs a value\n"],
    [["show", "--lang", "zh"], "llm-career: show 需要参数 <name>，用法见 `llm-career help show`\n"],
  ])("%j", async (args, stderr) => {
    const r = await runInProcess(args);
    expect(r).toEqual({ status: 2, stdout: "", stderr });
  });

  it("a bad --lang is reported even with no command", async () => {
    const r = await runInProcess(["--lang", "fr"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("an unknown option's name is escaped", async () => {
    const r = await runInProcess(["list", "--x\u001b[2J"]);
    expect(r.stderr).toBe('llm-career: unknown option "--x\\u001b[2J"\n');
  });
});

describe("the bare command is recommend", () => {
  it("takes recommend's options: the same output as `recommend`", async () => {
    for (const extra of [["--json"], ["--format", "markdown"], [], ["--exclude", "infra", "--json"]]) {
      const bare = await runInProcess(["--answers", "-", ...extra], { input: answersDoc });
      const named = await runInProcess(["recommend", "--answers", "-", ...extra], { input: answersDoc });
      expect(bare.status, extra.join(" ")).toBe(0);
      expect(bare).toEqual(named);
    }
  });

  it("with program options only (--lang, --no-color) off a terminal, still the help", async () => {
    const r = await runInProcess(["--lang", "zh", "--no-color"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^用法：/);
  });

  it("an unknown option is reported against recommend's options", async () => {
    const r = await runInProcess(["--answer", "a.json"]);
    expect(r).toEqual({ status: 2, stdout: "", stderr: 'llm-career: unknown option "--answer". Did you mean "--answers"?\n' });
  });
});

describe("options written before the command", () => {
  it.each([
    [["--json", "list"], "llm-career: the command goes first and its options after it: `llm-career list --json`\n"],
    [["--lang", "zh", "--json", "list"], "llm-career: 命令要写在前面，选项放在后面：`llm-career list --lang zh --json`\n"],
    [["--json", "foo"], 'llm-career: unknown command "foo". See `llm-career --help`.\n'],
  ])("%j", async (args, stderr) => {
    expect(await runInProcess(args)).toEqual({ status: 2, stdout: "", stderr });
  });
});
