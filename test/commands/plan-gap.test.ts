// `gap`, `plan`, `recommend --code/--exclude` and `--format markdown`, in-process through main().
// Results are checked against the data (directions, fit-model criteria, plan data), against
// each other (--answers vs --code, gap vs plan vs recommend) and against the published schemas.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO, hasAnsi, type RunResult } from "../helpers/run-cli.js";
import { runInProcess as run } from "../helpers/run-in-process.js";
import { scratchDir } from "../helpers/scratch.js";
import { GapOutput, PlanOutput, RecommendationOutput } from "../../src/advisor/views.js";
import personasJson from "../fixtures/personas.json";
import fitModelJson from "../../data/advisor/fit-model.json";
import plansJson from "../../data/advisor/plans.json";
import traitsJson from "../../data/advisor/traits.json";

type AnswerValue = string | string[] | number;
interface Persona {
  id: string;
  expect: { first?: string };
  answers: Record<string, AnswerValue>;
}
interface LocalizedText {
  zh: string;
  en: string;
}

const personas = personasJson as Persona[];
const DIRECTIONS = fs
  .readdirSync(path.join(REPO, "data/catalog/directions"))
  .map((f) => JSON.parse(fs.readFileSync(path.join(REPO, "data/catalog/directions", f), "utf8")) as { id: string; number: number; name: LocalizedText })
  .sort((a, b) => a.number - b.number);
const DIRECTION_IDS = DIRECTIONS.map((d) => d.id);
const CRITERIA = fitModelJson.directions as Record<string, { criteria: Array<{ trait: string }> }>;
const EXPERIMENTS = plansJson.experiments as Record<string, Array<{ id: string; weeks: number; source: string }>>;
const TRAIT_KIND = new Map((traitsJson as Array<{ id: string; kind: string }>).map((t) => [t.id, t.kind]));

/** Whitespace removed: the text renderers wrap lines (and Chinese wraps anywhere), so compare without it. */
const squash = (s: string) => s.replace(/\s+/g, "");
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function ok(r: RunResult, label: string): RunResult {
  expect(r.status, `${label}: exit code; stderr: ${r.stderr}`).toBe(0);
  expect(r.stderr, `${label}: stderr`).toBe("");
  return r;
}
function usage(r: RunResult, label: string): RunResult {
  expect(r.status, `${label}: exit code; stderr: ${r.stderr}`).toBe(2);
  expect(r.stdout, `${label}: stdout must be empty on a usage error`).toBe("");
  expect(r.stderr, `${label}: no stack trace`).not.toMatch(/\n\s+at /);
  return r;
}
const json = <T = unknown>(r: RunResult): T => JSON.parse(r.stdout) as T;

const dir = scratchDir("plan-gap");
let answersFile = "";
let persona: Persona;
let recommended: RecommendationOutput;
/** The direction the persona ranks last: far from first, so the gap has something to say. */
let target = "";

beforeAll(async () => {
  persona = personas.find((p) => p.expect.first)!;
  answersFile = path.join(dir, "answers.json");
  fs.writeFileSync(answersFile, JSON.stringify({ answers: persona.answers }));
  recommended = RecommendationOutput.parse(json(ok(await run(["recommend", "--answers", answersFile, "--json"]), "recommend --json")));
  target = recommended.ranking.at(-1)!.direction;
});

describe("gap", () => {
  let gapByFile: RunResult;
  beforeAll(async () => {
    gapByFile = ok(await run(["gap", target, "--answers", answersFile, "--json"]), "gap --answers --json");
  });

  it("gives the same JSON from --answers and from the result's --code", async () => {
    const byCode = ok(await run(["gap", target, "--code", recommended.code, "--json"]), "gap --code --json");
    expect(byCode.stdout).toBe(gapByFile.stdout);
  });

  it("prints JSON that parses with the GapOutput schema and has every key `schema gap` requires", async () => {
    const doc = json<Record<string, unknown>>(gapByFile);
    const parsed = GapOutput.parse(doc);
    const schema = json<{ required?: string[]; properties?: Record<string, unknown> }>(ok(await run(["schema", "gap"]), "schema gap"));
    expect(schema.required?.length).toBeGreaterThan(0);
    for (const key of schema.required!) expect(Object.keys(doc), `required key ${key}`).toContain(key);
    for (const key of Object.keys(doc)) expect(Object.keys(schema.properties ?? {}), `undocumented key ${key}`).toContain(key);
    // Against the data and the ranking `recommend` gives for the same answers.
    expect(parsed.direction.id).toBe(target);
    expect([...parsed.met, ...parsed.partly, ...parsed.missing, ...parsed.wishes].map((c) => c.trait).sort()).toEqual(CRITERIA[target]!.criteria.map((c) => c.trait).sort());
    expect(parsed.rank).toBe(recommended.ranking.findIndex((r) => r.direction === target) + 1);
    expect(parsed.leader.direction).toBe(recommended.ranking[0]!.direction);
    expect(parsed.answers).toEqual(recommended.answers);
    const gains = parsed.missing.map((c) => c.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    // The target ranks last, so a change is needed (or none can do it).
    if (parsed.smallestChange) expect(parsed.smallestChange.changes.length).toBeGreaterThan(0);
  });

  it("without answers and with no terminal, fails at once naming --answers", async () => {
    const r = usage(await run(["gap", target]), "gap without answers");
    expect(r.stderr).toContain("--answers");
  });

  it("an unknown direction is a usage error listing the valid ids, with a suggestion for a near miss", async () => {
    const r = usage(await run(["gap", "nosuch", "--answers", answersFile]), "gap nosuch");
    expect(r.stderr).toContain("nosuch");
    for (const id of DIRECTION_IDS) expect(r.stderr).toContain(id);
    const near = usage(await run(["gap", "inferense", "--answers", answersFile]), "gap inferense");
    expect(near.stderr).toMatch(/did you mean/i);
    expect(near.stderr).toContain("inference");
  });

  it("refuses --answers and --code together", async () => {
    usage(await run(["gap", target, "--answers", answersFile, "--code", recommended.code]), "gap --answers --code");
  });
});

describe("plan without answers", () => {
  const plans = new Map<string, { doc: PlanOutput; en: string; zh: string }>();
  beforeAll(async () => {
    for (const d of DIRECTION_IDS) {
      const doc = PlanOutput.parse(json(ok(await run(["plan", d, "--json"]), `plan ${d} --json`)));
      const en = ok(await run(["plan", d]), `plan ${d}`).stdout;
      const zh = ok(await run(["plan", d, "--lang", "zh"]), `plan ${d} --lang zh`).stdout;
      plans.set(d, { doc, en, zh });
    }
  });

  it("is not based on answers and has three phases: days 1–30, 31–60, 61–90", async () => {
    for (const [d, { doc }] of plans) {
      expect(doc.direction.id, d).toBe(d);
      expect(doc.basedOnAnswers, d).toBe(false);
      expect(doc.code, d).toBeNull();
      expect(doc.score, d).toBeNull();
      expect(doc.phases.map((p) => [p.from, p.to]), d).toEqual([
        [1, 30],
        [31, 60],
        [61, 90],
      ]);
    }
  });

  it("uses every experiment in the plan data for the direction, each lasting one to two weeks", async () => {
    for (const [d, { doc }] of plans) {
      const shown = [...doc.phases.flatMap((p) => p.experiments), ...doc.moreExperiments];
      expect(shown.map((e) => e.id).sort(), d).toEqual(EXPERIMENTS[d]!.map((e) => e.id).sort());
      for (const p of doc.phases) expect(p.experiments.length, `${d} days ${p.from}–${p.to}`).toBeGreaterThan(0);
      for (const e of shown) {
        expect(e.weeks, `${d}/${e.id}`).toBeGreaterThanOrEqual(1);
        expect(e.weeks, `${d}/${e.id}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it("without answers, learns every ability the direction asks for and never a wish", async () => {
    for (const [d, { doc }] of plans) {
      const learn = doc.phases.flatMap((p) => p.learn.map((s) => s.trait));
      const abilities = CRITERIA[d]!.criteria.map((c) => c.trait).filter((t) => TRAIT_KIND.get(t) === "ability");
      expect([...learn].sort(), d).toEqual(abilities.sort());
      for (const t of learn) expect(TRAIT_KIND.get(t), `${d}: ${t} is learned`).toBe("ability");
    }
  });

  it("shows every experiment and learning item in the text, marking exactly those added beyond the article (en and zh)", async () => {
    const markers = { en: "(added beyond the article)", zh: "文章之外" } as const;
    for (const [d, { doc, en, zh }] of plans) {
      for (const [lang, text] of [["en", en], ["zh", zh]] as const) {
        expect(hasAnsi(text), `${d} ${lang}`).toBe(false);
        const flat = squash(text);
        const marker = squash(markers[lang]);
        const items = doc.phases.flatMap((p) => p.learn).flatMap((s) => s.items);
        for (const item of items) {
          const body = squash(item.text[lang]);
          expect(flat, `${d} ${lang}: learning item shown`).toContain(body);
          const marked = new RegExp(`${escapeRe(body)}[（(]?${escapeRe(marker)}`).test(flat);
          expect(marked, `${d} ${lang}: "${item.text[lang].slice(0, 50)}" (${item.source})`).toBe(item.source === "added");
        }
        for (const e of [...doc.phases.flatMap((p) => p.experiments), ...doc.moreExperiments]) {
          const title = squash(e.title[lang]);
          // "Title (2 weeks)" in English, "标题（2 周）" in Chinese.
          const length = lang === "en" ? `(${e.weeks}week${e.weeks > 1 ? "s" : ""})` : `（${e.weeks}周）`;
          expect(flat, `${d} ${lang}: experiment ${e.id} with its length`).toContain(`${title}${length}`);
          const marked = new RegExp(`${escapeRe(title)}${escapeRe(length)}[（(]?${escapeRe(marker)}`).test(flat);
          expect(marked, `${d} ${lang}: experiment ${e.id} (${e.source})`).toBe(e.source === "added");
        }
      }
    }
  });

  it("validates against `schema plan`: every required key present, no undocumented key", async () => {
    const schema = json<{ required?: string[]; properties?: Record<string, unknown> }>(ok(await run(["schema", "plan"]), "schema plan"));
    const doc = json<Record<string, unknown>>(ok(await run(["plan", DIRECTION_IDS[0]!, "--json"]), "plan --json"));
    expect(schema.required?.length).toBeGreaterThan(0);
    for (const key of schema.required!) expect(Object.keys(doc), `required key ${key}`).toContain(key);
    for (const key of Object.keys(doc)) expect(Object.keys(schema.properties ?? {}), `undocumented key ${key}`).toContain(key);
  });
});

describe("plan with answers", () => {
  it("learns the biggest gaps first, works on exactly the gaps `gap` reports, and carries the answer code", async () => {
    const plan = PlanOutput.parse(json(ok(await run(["plan", target, "--answers", answersFile, "--json"]), "plan --answers --json")));
    const gap = GapOutput.parse(json(ok(await run(["gap", target, "--answers", answersFile, "--json"]), "gap --answers --json")));
    expect(plan.basedOnAnswers).toBe(true);
    expect(plan.code).toBe(recommended.code);
    expect(plan.score).toBe(gap.score);
    const learn = plan.phases.flatMap((p) => p.learn);
    expect(learn.length).toBeGreaterThan(0);
    for (let i = 1; i < learn.length; i++) expect(learn[i - 1]!.gain, `${learn[i - 1]!.trait} before ${learn[i]!.trait}`).toBeGreaterThanOrEqual(learn[i]!.gain);
    // The plan learns exactly the abilities gap reports as partly met or missing, never a wish.
    const toLearn = [...gap.partly, ...gap.missing];
    expect(learn.map((s) => s.trait).sort()).toEqual(toLearn.map((c) => c.trait).sort());
    for (const s of learn) expect(s.gain).toBe(toLearn.find((c) => c.trait === s.trait)!.gain);
  });
});

describe("--format markdown", () => {
  it("recommend prints a markdown report: a '# ' heading, a ranking table of six rows, no ANSI even with FORCE_COLOR", async () => {
    const r = ok(await run(["recommend", "--answers", answersFile, "--format", "markdown"], { env: { FORCE_COLOR: "1" } }), "recommend markdown");
    expect(hasAnsi(r.stdout)).toBe(false);
    expect(r.stdout).toMatch(/^# \S/m);
    const rows = r.stdout.split("\n").filter((l) => l.startsWith("|"));
    const body = rows.filter((l) => !/^\|[\s:|-]+\|$/.test(l)).slice(1); // drop the header and the separator
    expect(rows.some((l) => /^\|[\s:|-]+\|$/.test(l)), "a header separator row").toBe(true);
    expect(body).toHaveLength(DIRECTIONS.length);
    for (const d of DIRECTIONS) expect(body.some((l) => l.includes(d.name.en)), d.id).toBe(true);
  });

  it("gap and plan print markdown reports with a '# ' heading and no ANSI", async () => {
    for (const args of [
      ["gap", target, "--answers", answersFile, "--format", "markdown"],
      ["plan", target, "--format", "markdown"],
      ["plan", target, "--code", recommended.code, "--format", "markdown"],
    ]) {
      const r = ok(await run(args, { env: { FORCE_COLOR: "1" } }), args.join(" "));
      expect(hasAnsi(r.stdout), args.join(" ")).toBe(false);
      expect(r.stdout, args.join(" ")).toMatch(/^# \S/m);
      const name = DIRECTIONS.find((d) => d.id === target)!.name.en;
      expect(r.stdout, args.join(" ")).toContain(name);
    }
  });

  it("--json with --format markdown is a usage error", async () => {
    for (const args of [
      ["recommend", "--answers", answersFile],
      ["gap", target, "--answers", answersFile],
      ["plan", target],
    ]) {
      const r = usage(await run([...args, "--json", "--format", "markdown"]), `${args[0]} --json --format markdown`);
      expect(r.stderr).toMatch(/--json|--format/);
    }
  });

  it("--format json is the same as --json", async () => {
    const r = ok(await run(["gap", target, "--answers", answersFile, "--format", "json"]), "gap --format json");
    expect(r.stdout).toBe(ok(await run(["gap", target, "--answers", answersFile, "--json"]), "gap --json").stdout);
  });
});

describe("plan: markdown says everything the text says", () => {
  /** Without markup and whitespace: what a reader sees, however it is laid out. */
  const seen = (s: string) => s.replace(/[\s*_`]+/g, "");
  const HEADINGS = { more: { en: "More experiments", zh: "更多实验" }, noAnswers: { en: "No answers given", zh: "没有提供答案" }, code: { en: "Answer code", zh: "答案代码" } };

  /** What a plan has to say, from its JSON: every text it carries, and the fixed headings it needs. */
  function facts(p: PlanOutput, lang: "en" | "zh"): string[] {
    const experiments = [...p.phases.flatMap((x) => x.experiments), ...p.moreExperiments];
    return [
      p.direction.name[lang],
      p.direction.nickname[lang],
      p.effortNote[lang],
      ...p.phases.map((x) => x.focus[lang]),
      ...p.phases.flatMap((x) => x.learn).flatMap((s) => [s.name[lang], ...s.items.map((i) => i.text[lang])]),
      ...experiments.flatMap((e) => [e.title[lang], e.detail[lang], ...(e.tries ? [e.tries[lang]] : [])]),
      ...p.roles.flatMap((r) => [r.name[lang], r.id]),
      ...(p.moreExperiments.length ? [HEADINGS.more[lang]] : []),
      ...(p.basedOnAnswers ? [] : [HEADINGS.noAnswers[lang]]),
      ...(p.code ? [HEADINGS.code[lang], `llm-career plan ${p.direction.id} --code ${p.code}`] : []),
    ];
  }

  it.each(["en", "zh"] as const)("(%s) for every direction, with and without answers", async (lang) => {
    for (const d of DIRECTION_IDS) {
      for (const source of [[], ["--answers", answersFile]]) {
        const args = ["plan", d, ...source, "--lang", lang];
        const label = args.join(" ");
        const doc = PlanOutput.parse(json(ok(await run([...args, "--json"]), label)));
        const text = seen(ok(await run(args), label).stdout);
        const markdown = seen(ok(await run([...args, "--format", "markdown"]), label).stdout);
        for (const fact of facts(doc, lang)) {
          expect(text, `${label}: text shows "${fact.slice(0, 60)}"`).toContain(seen(fact));
          expect(markdown, `${label}: markdown shows "${fact.slice(0, 60)}"`).toContain(seen(fact));
        }
      }
    }
  });
});

describe("the command a result ends with shows that result again", () => {
  const exclusions = [[], ["--exclude", "algorithms,infra"], ["--exclude", "6", "--exclude", "data"]];
  /** `llm-career recommend ...` or `llm-career plan ...` as printed, lines joined (a long one wraps at a space). */
  const commandIn = (out: string, name: string) => {
    const found = out.replace(/\n\s+/g, " ").match(new RegExp(`llm-career ${name} [^\`\n]*?--code \\S+?(?: --exclude \\S+?)?(?=[\`\\s]|$)`));
    expect(found, out).not.toBeNull();
    return found![0].split(" ").slice(1);
  };

  it.each(["en", "zh"] as const)("(%s) recommend, in text and markdown, with and without --exclude", async (lang) => {
    for (const exclude of exclusions) {
      for (const format of [[], ["--format", "markdown"], ["--details"]]) {
        const args = ["recommend", "--answers", answersFile, ...exclude, ...format, "--lang", lang];
        const shown = ok(await run(args), args.join(" ")).stdout;
        const again = commandIn(shown, "recommend");
        if (exclude.length) expect(again, args.join(" ")).toContain("--exclude");
        else expect(again, args.join(" ")).not.toContain("--exclude");
        const original = ok(await run(["recommend", "--answers", answersFile, ...exclude, "--json"]), "original");
        expect(ok(await run([...again, "--json"]), again.join(" ")).stdout, again.join(" ")).toBe(original.stdout);
      }
    }
  });

  it("plan, in text and markdown", async () => {
    for (const format of [[], ["--format", "markdown"]]) {
      const shown = ok(await run(["plan", target, "--answers", answersFile, ...format]), "plan").stdout;
      const again = commandIn(shown, "plan");
      const original = ok(await run(["plan", target, "--answers", answersFile, "--json"]), "original");
      expect(ok(await run([...again, "--json"]), again.join(" ")).stdout).toBe(original.stdout);
    }
  });
});

describe("recommend --exclude and --code", () => {
  const twoIds = (): string[] => [DIRECTION_IDS.find((d) => d === "algorithms")!, DIRECTION_IDS.find((d) => d === "infrastructure")!];

  it("--exclude algorithms,infra ranks only the other four and lists the excluded ones", async () => {
    const r = RecommendationOutput.parse(json(ok(await run(["recommend", "--answers", answersFile, "--exclude", "algorithms,infra", "--json"]), "exclude")));
    const excluded = twoIds();
    expect([...r.excluded].sort()).toEqual([...excluded].sort());
    expect(r.ranking.map((x) => x.direction).sort()).toEqual(DIRECTION_IDS.filter((d) => !excluded.includes(d)).sort());
    expect(r.ranking.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
    // The others keep their relative order and scores from the full ranking.
    const rest = recommended.ranking.filter((x) => !excluded.includes(x.direction));
    expect(r.ranking.map((x) => [x.direction, x.score])).toEqual(rest.map((x) => [x.direction, x.score]));
    expect(r.lead.direction).toBe(r.ranking[0]!.direction);
    expect(r.lead.runnerUp).toBe(r.ranking[1]!.direction);
    // The repeated form means the same.
    const repeated = ok(await run(["recommend", "--answers", answersFile, "--exclude", "algorithms", "--exclude", "infra", "--json"]), "exclude repeated");
    expect(json(repeated)).toEqual(json(ok(await run(["recommend", "--answers", answersFile, "--exclude", "algorithms,infra", "--json"]), "exclude again")));
  });

  it("--exclude of all six, or of an unknown direction, is a usage error", async () => {
    usage(await run(["recommend", "--answers", answersFile, "--exclude", DIRECTION_IDS.join(","), "--json"]), "exclude all");
    const r = usage(await run(["recommend", "--answers", answersFile, "--exclude", "nosuch", "--json"]), "exclude nosuch");
    expect(r.stderr).toContain("nosuch");
  });

  it("--code from a result reproduces the same JSON as --answers", async () => {
    const byCode = ok(await run(["recommend", "--code", recommended.code, "--json"]), "recommend --code");
    expect(json(byCode)).toEqual(json(ok(await run(["recommend", "--answers", answersFile, "--json"]), "recommend --answers")));
  });

  it("every persona's code reproduces its result", async () => {
    for (const p of personas) {
      const file = path.join(dir, `${p.id}.json`);
      fs.writeFileSync(file, JSON.stringify({ answers: p.answers }));
      const byFile = ok(await run(["recommend", "--answers", file, "--json"]), p.id);
      const code = json<{ code: string }>(byFile).code;
      expect(ok(await run(["recommend", "--code", code, "--json"]), `${p.id} --code`).stdout, p.id).toBe(byFile.stdout);
    }
  });

  it("a mistyped code, a code of another version and garbage are usage errors with nothing on stdout", async () => {
    const code = recommended.code;
    const last = code.at(-1)!;
    const typo = code.slice(0, -1) + (last === "0" ? "1" : "0");
    const mistyped = usage(await run(["recommend", "--code", typo, "--json"]), "mistyped code");
    expect(mistyped.stderr).toMatch(/mistyped/);
    const [version, body] = [Number(code.split("-")[0]), code.slice(code.indexOf("-") + 1)];
    const other = usage(await run(["recommend", "--code", `${version + 1}-${body}`]), "other version");
    expect(other.stderr).toContain(String(version + 1));
    expect(other.stderr).toContain(String(version));
    usage(await run(["recommend", "--code", "not a code"]), "garbage code");
    usage(await run(["gap", target, "--code", typo]), "gap with a mistyped code");
    usage(await run(["plan", target, "--code", typo]), "plan with a mistyped code");
  });
});
