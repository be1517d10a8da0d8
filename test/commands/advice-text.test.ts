// The advice as a person reads it: what is said about wishes, and how directions are named.
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
