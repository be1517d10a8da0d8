// The advice as a person reads it: what is said about wishes, how directions are named, and
// headings that wrap rather than run past the terminal's edge.
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";

const run = (args: string[], answers: Record<string, unknown>) => runInProcess([...args, "--answers", "-"], { input: JSON.stringify({ answers }) });
const HIGHER = "it asks for a higher barrier than you said you would take on";

describe("wishes in the advice", () => {
  it("says a barrier is higher than you would take on only when you answered how much you would", async () => {
    const unsaid = { background: "backend-fullstack", goal: "fast-job", tools: ["web-backend"], math: 2 };
    for (const args of [["recommend"], ["gap", "algorithms"], ["gap", "algorithms", "--format", "markdown"], ["recommend", "--format", "markdown"]]) {
      const r = await run(args, unsaid);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, args.join(" ")).not.toContain(HIGHER);
    }
    const said = await run(["gap", "algorithms"], { ...unsaid, barrier: 1 });
    expect(said.stdout).toContain(HIGHER);
  });
});

describe("directions named in the advice", () => {
  it("names the direction that stays ahead by its name, in the output's language", async () => {
    const backend = { background: "backend-fullstack", interests: ["users-praise"], "systems-skills": ["distributed-services"], tools: ["web-backend", "llm-api"], goal: "fast-job", barrier: 2, math: 2, "product-sense": 3, "learning-speed": 4 };
    const en = await run(["gap", "infrastructure"], backend);
    expect(en.stdout.replace(/\s+/g, " ")).toContain("ahead of your first direction now (Application development and agents)");
    const zh = await run(["gap", "infrastructure", "--lang", "zh"], backend);
    expect(zh.stdout.replace(/\s+/g, "")).toContain("第一名（应用开发与Agent）");
    expect(zh.stdout).not.toContain("applications");
  });

  it("puts a space between a name ending in Latin letters and the Chinese after it", async () => {
    const r = await run(["recommend", "--lang", "zh"], { background: "backend-fullstack", tools: ["web-backend", "llm-frameworks"], "product-sense": 4 });
    expect(r.stdout).toContain("应用开发与 Agent 领先第二名");
    expect(r.stdout).not.toMatch(/Agent[\u4e00-\u9fff]/);
  });
});

describe("headings wrap to the terminal", () => {
  const answers = { background: "backend-fullstack", tools: ["web-backend", "llm-api"], "systems-skills": ["distributed-services"], math: 2, "product-sense": 3 };
  // Headings as a person reads them, written out here rather than taken from the code.
  const HEADINGS = {
    en: ["Abilities still missing (most useful first)", "Unanswered questions (counted as no evidence)", "The least to learn or do to make it your first", "First steps (added beyond the article)"],
    zh: ["还缺的能力（最有用的在前）", "未回答的问题（不计入评分）", "让它成为第一名的最少学习", "第一步（文章之外的补充）"],
  };
  it.each([40, 50])("at %i columns no line of recommend, gap or plan is wider, in either language, and every heading is whole", async (columns) => {
    for (const lang of ["en", "zh"] as const) {
      let all = "";
      for (const args of [["recommend"], ["recommend", "--details"], ["gap", "infrastructure"], ["plan", "inference"]]) {
        const r = await runInProcess([...args, "--answers", "-", "--lang", lang], { input: JSON.stringify({ answers }), isTTY: true, columns, env: { NO_COLOR: "1" } });
        expect(r.status, r.stderr).toBe(0);
        for (const line of r.stdout.split("\n")) expect(stringWidth(line), `${args.join(" ")} --lang ${lang}: ${line}`).toBeLessThanOrEqual(columns);
        all += r.stdout;
      }
      const flat = all.replace(/\s+/g, "");
      for (const heading of HEADINGS[lang]) expect(flat, heading).toContain(heading.replace(/\s+/g, ""));
    }
  });
});
