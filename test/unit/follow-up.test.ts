// The follow-up after an interactive recommendation, driven by a scripted fake prompt: it loops
// until the person quits, shows any direction's profile, gap or plan (the same text the `gap` and
// `plan` commands print), writes the HTML report under a name no file has, and ends quietly on
// Ctrl-C. The real terminal path (keys, the screen) is the questionnaire's prompt, tested there.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { offerNextSteps, type FollowUpPrompts, type PickConfig } from "../../src/io/follow-up.js";
import { makeContext, type IO, type OutStream } from "../../src/context.js";
import { advisor } from "../../src/advisor/advisor.js";
import { requireValidAnswers } from "../../src/advisor/answers.js";
import { recommend } from "../../src/advisor/recommend.js";
import type { RecommendationOutput } from "../../src/advisor/views.js";
import { CliError, ExitCode } from "../../src/errors.js";
import type { Lang } from "../../src/catalog/schema.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { scratchDir } from "../helpers/scratch.js";
import personasJson from "../fixtures/personas.json";

const persona = (personasJson as Array<{ id: string; answers: Record<string, unknown> }>).find((p) => p.id === "data-tidy-engineer")!;
const answers = requireValidAnswers(advisor.questionnaire, { answers: persona.answers }, "test answers");
const result = recommend(advisor, answers);
const squash = (s: string) => s.replace(/\s+/g, "");
const HAN = /\p{Script=Han}/u;

const ctrlC = () => new CliError({ en: "cancelled", zh: "已取消" }, ExitCode.cancelled);

/** A step of the script: the value to pick, or a Ctrl-C. */
type Step = string | "ctrl-c";

/** Picks the scripted values in turn, refusing any value the list does not offer (as a real list cannot). */
function scripted(steps: Step[]) {
  const asked: PickConfig[] = [];
  const prompts: FollowUpPrompts = {
    pick: async (config) => {
      asked.push(config);
      const step = steps.shift();
      if (step === undefined) throw new Error(`the follow-up asked more than the script says: ${config.message}`);
      if (step === "ctrl-c") throw ctrlC();
      if (!config.choices.some((c) => c.value === step)) throw new Error(`"${step}" is not offered by "${config.message}"`);
      expect(config.choices.map((c) => c.value)).toContain(config.initial);
      return step;
    },
  };
  return { prompts, asked, left: () => steps.length };
}

function context(lang: Lang, width = 80) {
  const capture = () => {
    const chunks: string[] = [];
    return { write: (s: string) => chunks.push(s) > 0, isTTY: true, columns: width, text: () => chunks.join("") } satisfies OutStream & { text: () => string };
  };
  const stdout = capture();
  const stderr = capture();
  const io = { stdin: process.stdin, stdout, stderr, env: { LANG: "C.UTF-8", NO_COLOR: "1", COLUMNS: String(width) } } as unknown as IO;
  return { ctx: makeContext(io, { lang, color: false }), stdout, stderr };
}

const answersFile = path.join(scratchDir("follow-up-answers"), "answers.json");
fs.writeFileSync(answersFile, JSON.stringify({ answers: persona.answers }));
/** What a command prints for the same answers, on an 80-column terminal without colour. */
async function command(args: string[], lang: Lang): Promise<string> {
  const r = await runInProcess([...args, "--answers", answersFile, "--lang", lang], { isTTY: true, columns: 80, env: { NO_COLOR: "1" } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trimEnd();
}

const byRank = (r: RecommendationOutput, rank: number) => r.ranking[rank - 1]!;

describe("the follow-up loop", () => {
  it.each(["en", "zh"] as const)("(%s) shows a profile, a gap and a plan for different directions, then quits", async (lang) => {
    const { ctx, stdout, stderr } = context(lang);
    const third = byRank(result, 3);
    const second = byRank(result, 2);
    const last = byRank(result, 6);
    const script = scripted(["profile", third.direction, "gap", second.direction, "plan", last.direction, "quit"]);
    await offerNextSteps(ctx, answers, result, { prompts: script.prompts });
    expect(script.left()).toBe(0);
    expect(stderr.text()).toBe("");
    const out = stdout.text();

    // The profile: the direction's verdict, roles and every first step, from the result itself.
    for (const text of [third.verdict[lang], ...third.roles.map((r) => r.id), ...third.firstSteps.map((s) => s.text[lang])]) expect(squash(out)).toContain(squash(text));
    // The gap and the plan: exactly what `gap` and `plan` print for the same answers.
    expect(out).toContain(await command(["gap", second.direction], lang));
    expect(out).toContain(await command(["plan", last.direction], lang));
    expect(out.indexOf(third.verdict[lang].slice(0, 10))).toBeLessThan(out.indexOf((await command(["gap", second.direction], lang)).split("\n")[0]!));

    // The menu came back after each view, in the person's language; the list starts on what was picked last.
    const menus = script.asked.filter((c) => c.choices.some((x) => x.value === "quit"));
    expect(menus).toHaveLength(4);
    expect(menus.map((m) => m.initial)).toEqual(["profile", "profile", "gap", "plan"]);
    const lists = script.asked.filter((c) => !menus.includes(c));
    expect(lists.map((l) => l.initial)).toEqual([byRank(result, 1).direction, third.direction, second.direction]);
    for (const c of script.asked) {
      for (const text of [c.message, ...c.choices.map((x) => x.name)]) {
        if (lang === "zh") expect(text, text).toMatch(HAN);
        else expect(text, text).not.toMatch(HAN);
      }
    }
    // Every direction is offered, with its rank and score, and a way back.
    expect(lists[0]!.choices).toHaveLength(result.ranking.length + 1);
    for (const d of result.ranking) expect(lists[0]!.choices.find((c) => c.value === d.direction)?.name).toContain(d.name[lang]);
  });

  it("'Back' returns to the menu without showing anything", async () => {
    const { ctx, stdout } = context("en");
    const script = scripted(["gap", "\u0000back", "quit"]);
    await offerNextSteps(ctx, answers, result, { prompts: script.prompts });
    expect(script.left()).toBe(0);
    expect(stdout.text()).toBe("");
  });

  it.each([
    ["at the menu", ["ctrl-c"]],
    ["at the list of directions", ["plan", "ctrl-c"]],
    ["after a view", ["gap", byRank(result, 2).direction, "ctrl-c"]],
  ] as const)("Ctrl-C %s ends it quietly: no error, nothing on stderr", async (_where, steps) => {
    const { ctx, stderr } = context("en");
    const script = scripted([...steps]);
    await expect(offerNextSteps(ctx, answers, result, { prompts: script.prompts })).resolves.toBeUndefined();
    expect(script.left()).toBe(0);
    expect(stderr.text()).toBe("");
  });

  it("a stop that is not Ctrl-C (SIGTERM, a closed terminal) still ends the run with its code", async () => {
    const { ctx } = context("en");
    const prompts: FollowUpPrompts = { pick: async () => Promise.reject(new CliError("terminated", ExitCode.terminated)) };
    await expect(offerNextSteps(ctx, answers, result, { prompts })).rejects.toMatchObject({ exitCode: ExitCode.terminated });
  });
});

describe("writing the report", () => {
  it.each(["en", "zh"] as const)("(%s) writes llm-career-report.html, then -2, -3, never replacing a file, and says where", async (lang) => {
    const folder = scratchDir(`report-${lang}`);
    const mine = path.join(folder, "llm-career-report-2.html");
    fs.writeFileSync(mine, "my own notes\n");
    const { ctx, stdout, stderr } = context(lang);
    const script = scripted(["report", "report", "quit"]);
    await offerNextSteps(ctx, answers, result, { prompts: script.prompts, folder });
    expect(script.left()).toBe(0);
    expect(fs.readdirSync(folder).sort()).toEqual(["llm-career-report-2.html", "llm-career-report-3.html", "llm-career-report.html"]);
    expect(fs.readFileSync(mine, "utf8")).toBe("my own notes\n");
    for (const name of ["llm-career-report.html", "llm-career-report-3.html"]) {
      const html = fs.readFileSync(path.join(folder, name), "utf8");
      expect(html).toMatch(/^<!doctype html>/i);
      for (const d of result.ranking) expect(html).toContain(d.name[lang]);
      // Where it was written: on stderr, so stdout keeps only results.
      expect(squash(stderr.text())).toContain(squash(path.join(folder, name)));
    }
    expect(stdout.text()).toBe("");
    expect(stderr.text().match(/llm-career-report/g)).toHaveLength(2);
    if (lang === "zh") expect(stderr.text()).toMatch(HAN);
  });

  it("a folder that cannot be written says why on stderr and keeps the loop going", async () => {
    const folder = path.join(scratchDir("report-missing"), "no-such-folder");
    const { ctx, stderr } = context("en");
    const script = scripted(["report", "quit"]);
    await offerNextSteps(ctx, answers, result, { prompts: script.prompts, folder });
    expect(script.left()).toBe(0);
    expect(stderr.text()).toMatch(/^llm-career: /);
    expect(squash(stderr.text())).toContain("no-such-folder");
    expect(fs.existsSync(folder)).toBe(false);
  });
});
