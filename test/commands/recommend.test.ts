// `recommend` in-process through main(): the scripted path (--answers FILE|-, --json), the human
// output, the low-confidence notice, the refusal to prompt without a terminal, --save, and
// `schema`. The refusal with a real /dev/null or a real silent pipe on stdin is in
// test/e2e/no-terminal.test.ts; --save under SIGKILL in test/e2e/save-interrupt.test.ts.
import fs from "node:fs";
import path from "node:path";
import { stripVTControlCharacters as stripAnsi } from "node:util";
import stringWidth from "string-width";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO, hasAnsi, type RunResult } from "../helpers/run-cli.js";
import { runInProcess as run, silentStdin } from "../helpers/run-in-process.js";
import { scratchDir } from "../helpers/scratch.js";
import personasJson from "../fixtures/personas.json";
import questionnaireJson from "../../data/advisor/questionnaire.json";

type AnswerValue = string | string[] | number;
type AnswersDoc = { answers: Record<string, AnswerValue> };
interface Persona {
  id: string;
  expect: { first: string } | { topTwo: [string, string] };
  answers: Record<string, AnswerValue>;
}
interface LocalizedText {
  zh: string;
  en: string;
}
interface Ranked {
  rank: number;
  direction: string;
  name: LocalizedText;
  score: number;
  stretch: boolean;
  reasons: Array<{ trait: string; name: LocalizedText; points: number; answers: Array<{ prompt: LocalizedText; label: LocalizedText }>; cite: { quote: LocalizedText } }>;
  gaps: Array<{ trait: string; name: LocalizedText; description: LocalizedText; gain: number; cite: { quote: LocalizedText } }>;
  verdict: LocalizedText;
  firstSteps: Array<{ text: LocalizedText }>;
}
interface Recommendation {
  schemaVersion: number;
  kind: string;
  answers: Record<string, AnswerValue>;
  answered: string[];
  unanswered: string[];
  confidence: { level: "normal" | "low"; reasons: Array<{ id: string; text: LocalizedText }> };
  ranking: Ranked[];
  lead: { runnerUp: string | null; margin: number | null; robust: boolean; flips: Array<{ question: string }> };
}

const personas = personasJson as Persona[];
const questionIds = (questionnaireJson.questions as Array<{ id: string }>).map((q) => q.id);
const scaleQuestions = (questionnaireJson.questions as Array<{ id: string; kind: string; levels?: Array<{ value: number }> }>).filter(
  (q) => q.kind === "scale",
);

/** The six directions, from the catalog's data files. */
const DIRECTIONS = fs
  .readdirSync(path.join(REPO, "data/catalog/directions"))
  .map((f) => JSON.parse(fs.readFileSync(path.join(REPO, "data/catalog/directions", f), "utf8")) as { id: string; number: number; name: LocalizedText })
  .sort((a, b) => a.number - b.number);
const DIRECTION_IDS = DIRECTIONS.map((d) => d.id);

/** Multi-choice order does not matter: compare answers with arrays sorted. */
const normalise = (a: Record<string, AnswerValue>) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]));

const dir = scratchDir("recommend");
const fileFor = (name: string) => path.join(dir, name);
function writeAnswers(name: string, answers: Record<string, AnswerValue>): string {
  const file = fileFor(name);
  fs.writeFileSync(file, `${JSON.stringify({ answers }, null, 2)}\n`);
  return file;
}

function parseRecommendation(r: RunResult, label: string): Recommendation {
  expect(r.status, `${label}: exit; stderr: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe("");
  expect(hasAnsi(r.stdout)).toBe(false);
  return JSON.parse(r.stdout) as Recommendation;
}

function expectBilingual(t: LocalizedText, label: string) {
  expect(typeof t.zh, label).toBe("string");
  expect(typeof t.en, label).toBe("string");
  expect(t.zh.trim().length, `${label}.zh`).toBeGreaterThan(0);
  expect(t.en.trim().length, `${label}.en`).toBeGreaterThan(0);
}

beforeAll(() => {
  for (const p of personas) writeAnswers(`${p.id}.json`, p.answers);
});

describe("recommend --answers FILE --json, for every persona", () => {
  it.each(personas.map((p) => [p.id, p] as const))("%s", async (_id, p) => {
    const r = await run(["recommend", "--answers", fileFor(`${p.id}.json`), "--json"]);
    const doc = parseRecommendation(r, p.id);
    expect(r.stdout.trim().split("\n").filter((l) => l.startsWith("{")).length, "one document").toBe(1);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.kind).toBe("recommendation");
    expect(doc.ranking).toHaveLength(6);
    expect(doc.ranking.map((x) => x.direction).sort()).toEqual([...DIRECTION_IDS].sort());
    expect(doc.ranking.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5, 6]);

    if ("first" in p.expect) expect(doc.ranking[0]!.direction).toBe(p.expect.first);
    else expect(doc.ranking.slice(0, 2).map((x) => x.direction).sort()).toEqual([...p.expect.topTwo].sort());

    const scores = doc.ranking.map((x) => x.score);
    for (const s of scores) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(100);
    }
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    expect(normalise(doc.answers)).toEqual(normalise(p.answers));
    expect([...doc.answered, ...doc.unanswered].sort()).toEqual([...questionIds].sort());
    expect(doc.answered.sort()).toEqual(Object.keys(p.answers).sort());

    // The leader is explained: reasons from the answers, in both languages.
    expect(doc.ranking[0]!.reasons.length).toBeGreaterThan(0);
    for (const d of doc.ranking) {
      expectBilingual(d.name, `${d.direction}.name`);
      for (const reason of d.reasons) {
        expectBilingual(reason.name, `${d.direction}.reasons.${reason.trait}.name`);
        expectBilingual(reason.cite.quote, `${d.direction}.reasons.${reason.trait}.cite`);
        expect(reason.answers.length).toBeGreaterThan(0);
        for (const a of reason.answers) {
          expectBilingual(a.prompt, "answer prompt");
          expectBilingual(a.label, "answer label");
        }
      }
      for (const gap of d.gaps) {
        expectBilingual(gap.name, `${d.direction}.gaps.${gap.trait}.name`);
        expectBilingual(gap.description, `${d.direction}.gaps.${gap.trait}.description`);
        expectBilingual(gap.cite.quote, `${d.direction}.gaps.${gap.trait}.cite`);
      }
    }
  });
});

describe("the --json result is the same whatever the language", () => {
  it.each(personas.filter((_, i) => i % 7 === 0).map((p) => [p.id, p] as const))("%s: byte-identical for --lang zh, --lang en, LANG=zh_CN", async (_id, p) => {
    const args = ["recommend", "--answers", fileFor(`${p.id}.json`), "--json"];
    const base = await run(args);
    expect(base.status).toBe(0);
    const zh = await run(["--lang", "zh", ...args]);
    const en = await run([...args, "--lang", "en"]);
    const envZh = await run(args, { env: { LANG: "zh_CN.UTF-8", LLM_CAREER_LANG: "zh" } });
    expect(zh.stdout).toBe(base.stdout);
    expect(en.stdout).toBe(base.stdout);
    expect(envZh.stdout).toBe(base.stdout);
    expect([zh.status, en.status, envZh.status]).toEqual([0, 0, 0]);
  });
});

describe("partial answers and stdin", () => {
  const persona = personas.find((p) => "first" in p.expect && Object.keys(p.answers).length >= 8)!;

  it("lists the unanswered questions, in questionnaire order, and scores what was answered", async () => {
    const kept = Object.fromEntries(Object.entries(persona.answers).filter((_, i) => i % 2 === 0));
    const doc = parseRecommendation(await run(["recommend", "--answers", writeAnswers("partial.json", kept), "--json"]), "partial");
    const expectedUnanswered = questionIds.filter((id) => !(id in kept));
    expect(doc.unanswered).toEqual(expectedUnanswered);
    expect(doc.answered).toEqual(questionIds.filter((id) => id in kept));
    expect(normalise(doc.answers)).toEqual(normalise(kept));
    expect(doc.ranking).toHaveLength(6);
  });

  it("--answers - reads the same answers from stdin and gives the same bytes as the file", async () => {
    const file = fileFor(`${persona.id}.json`);
    const fromFile = await run(["recommend", "--answers", file, "--json"]);
    const fromStdin = await run(["recommend", "--answers", "-", "--json"], { input: fs.readFileSync(file) });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stderr).toBe("");
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });
});

describe("human output", () => {
  const persona = personas[0]!;
  /** A bar is a run of block or shade characters (or plain ASCII fill). */
  const BAR = /[█▉▊▋▌▍▎▏░▒▓■□#=]{10,}/;

  it.each(["en", "zh"] as const)("shows every direction's name (%s) with a bar and its score, no ANSI when piped", async (lang) => {
    const r = await run(["recommend", "--answers", fileFor(`${persona.id}.json`), "--lang", lang], { env: { COLUMNS: "200" } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(hasAnsi(r.stdout)).toBe(false);
    const lines = r.stdout.split("\n");
    const json = parseRecommendation(await run(["recommend", "--answers", fileFor(`${persona.id}.json`), "--json"]), "json");
    for (const d of json.ranking) {
      const line = lines.find((l) => l.includes(d.name[lang]) && BAR.test(l));
      expect(line, `a bar line for ${d.direction}:\n${r.stdout}`).toBeDefined();
      expect(line).toContain(d.score.toFixed(1));
    }
    // In ranking order: each direction's bar line comes after the one ranked above it.
    const positions = json.ranking.map((d) => lines.findIndex((l) => l.includes(d.name[lang]) && BAR.test(l)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe("the default result fits an 80×40 terminal; --details gives the full profiles", () => {
  const SCREEN = 38;
  const squash = (s: string) => s.replace(/\s+/g, "");
  const cases: Array<[string, Record<string, AnswerValue>, string[]]> = [
    ...personas.map((p): [string, Record<string, AnswerValue>, string[]] => [p.id, p.answers, []]),
    ...personas.filter((_, i) => i % 5 === 0).map((p): [string, Record<string, AnswerValue>, string[]] => [`${p.id} --exclude`, p.answers, ["--exclude", "algorithms,data"]]),
    ["no answers", {}, []],
    ["two answers", { background: "backend-fullstack", math: 3 }, ["--exclude", "safety"]],
  ];
  const prompts = new Map((questionnaireJson.questions as Array<{ id: string; prompt: LocalizedText }>).map((q) => [q.id, q.prompt]));

  async function shown(name: string, answers: Record<string, AnswerValue>, extra: string[], lang: "en" | "zh") {
    const file = writeAnswers(`screen-${name.replace(/\W+/g, "-")}.json`, answers);
    const args = ["recommend", "--answers", file, ...extra, "--lang", lang];
    const json = parseRecommendation(await run([...args, "--json"]), name);
    const text = await run(args, { isTTY: true, columns: 80 });
    expect(text.status, text.stderr).toBe(0);
    return { json, lines: stripAnsi(text.stdout).trimEnd().split("\n"), args };
  }

  it.each(["en", "zh"] as const)("(%s) at most 38 lines of at most 80 columns, with the chart, the lead, and the leader's reasons, gaps and a first step", async (lang) => {
    for (const [name, answers, extra] of cases) {
      const { json, lines } = await shown(name, answers, extra, lang);
      const label = `${name} (${lang}):\n${lines.join("\n")}`;
      expect(lines.length, label).toBeLessThanOrEqual(SCREEN);
      for (const line of lines) expect(stringWidth(line), `${line}\n${label}`).toBeLessThanOrEqual(80);
      const flat = squash(lines.join("\n"));
      for (const d of json.ranking) expect(lines.some((l) => l.includes(d.name[lang]) && l.includes(d.score.toFixed(1))), `${d.direction} in the chart; ${label}`).toBe(true);
      const leader = json.ranking[0]!;
      const runnerUp = json.ranking.find((d) => d.direction === json.lead.runnerUp);
      if (runnerUp) expect(flat, label).toContain(squash(`${runnerUp.name[lang]}`) + (lang === "en" ? `)by${json.lead.margin}points` : `）${json.lead.margin}分`));
      for (const reason of leader.reasons) expect(flat, label).toContain(squash(reason.name[lang]));
      if (leader.gaps[0]) expect(flat, label).toContain(squash(leader.gaps[0].name[lang]));
      expect(flat, label).toContain(squash(leader.firstSteps[0]!.text[lang]));
      // Only the leader is explained: the runner-up's verdict waits for --details.
      if (runnerUp) expect(flat, label).not.toContain(squash(runnerUp.verdict[lang]));
    }
  });

  it.each(["en", "zh"] as const)("(%s) --details explains the three leading directions in full and lists the unanswered questions", async (lang) => {
    const [name, answers] = cases.find(([n]) => n === "two answers")!;
    const { json, lines, args } = await shown(name, answers, [], lang);
    const details = await run([...args, "--details"], { isTTY: true, columns: 80 });
    expect(details.status, details.stderr).toBe(0);
    const full = stripAnsi(details.stdout).trimEnd().split("\n");
    expect(full.length).toBeGreaterThan(lines.length);
    for (const line of full) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    const flat = squash(full.join("\n"));
    for (const d of json.ranking.slice(0, 3)) {
      expect(flat, d.direction).toContain(squash(d.verdict[lang]));
      for (const step of d.firstSteps) expect(flat, d.direction).toContain(squash(step.text[lang]));
    }
    expect(json.unanswered.length).toBeGreaterThan(0);
    for (const id of json.unanswered) expect(flat, id).toContain(squash(prompts.get(id)![lang]));
  });
});

describe("low confidence", () => {
  async function both(name: string, answers: Record<string, AnswerValue>) {
    const file = writeAnswers(name, answers);
    const json = parseRecommendation(await run(["recommend", "--answers", file, "--json"]), name);
    const human = await run(["recommend", "--answers", file], { env: { COLUMNS: "200" } });
    expect(human.status).toBe(0);
    return { json, human: human.stdout };
  }

  function expectNotice(json: Recommendation, human: string) {
    expect(json.confidence.level).toBe("low");
    expect(json.confidence.reasons.length).toBeGreaterThan(0);
    for (const reason of json.confidence.reasons) {
      expectBilingual(reason.text, reason.id);
      expect(human).toContain(reason.text.en);
    }
    expect(human).toMatch(/confidence/i);
  }

  it('is reported for {"answers": {}}, with every question unanswered', async () => {
    const { json, human } = await both("empty.json", {});
    expectNotice(json, human);
    expect(json.unanswered).toEqual(questionIds);
    expect(json.answered).toEqual([]);
  });

  it("is reported for flat answers: every scale at the same middle value, no multi choices", async () => {
    const flat = Object.fromEntries(
      scaleQuestions.map((q) => {
        const values = q.levels!.map((l) => l.value).sort((a, b) => a - b);
        return [q.id, values[Math.floor(values.length / 2)]!];
      }),
    );
    expect(new Set(Object.values(flat)).size).toBe(1);
    const { json, human } = await both("flat.json", flat);
    expectNotice(json, human);
  });

  it("is not reported for a persona who answered everything decisively", async () => {
    const full = personas.find((p) => Object.keys(p.answers).length >= questionIds.length - 2)!;
    const doc = parseRecommendation(await run(["recommend", "--answers", fileFor(`${full.id}.json`), "--json"]), full.id);
    expect(doc.confidence.level).toBe("normal");
    expect(doc.confidence.reasons).toEqual([]);
  });
});

describe("without a terminal and without --answers", () => {
  function expectRefusal(r: RunResult) {
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--answers");
    expect(r.stderr.split("\n")[0]).toMatch(/^llm-career: /);
    expect(r.stderr).not.toContain("\n    at ");
  }

  it.each([[["recommend"]], [["recommend", "--json"]]])("%j with empty stdin fails at once, naming --answers", async (args) => {
    expectRefusal(await run(args));
  });

  // Like `sleep 60 | llm-career recommend`: stdin stays open and silent. A run that waits for it
  // never ends, and runInProcess fails it as a hang.
  it.each([[["recommend"]], [["recommend", "--json"]]])("%j with an open, silent stdin fails at once instead of hanging", async (args) => {
    expectRefusal(await run(args, { input: silentStdin() }));
  });

  it("refuses even when stdout is a terminal, as long as stdin is not", async () => {
    expectRefusal(await run(["recommend"], { isTTY: true, columns: 100 }));
  });
});

describe("--save", () => {
  const saveDir = scratchDir("save");

  const persona = personas[3]!;
  const input = () => fileFor(`${persona.id}.json`);

  it("writes {answers} equal to the input, and rerunning from it gives the same result", async () => {
    const out = path.join(saveDir, "out.json");
    const plain = await run(["recommend", "--answers", input(), "--json"]);
    const saved = await run(["recommend", "--answers", input(), "--save", out, "--json"]);
    expect(saved.status, saved.stderr).toBe(0);
    expect(saved.stderr).toBe("");
    expect(saved.stdout).toBe(plain.stdout);
    const doc = JSON.parse(fs.readFileSync(out, "utf8")) as AnswersDoc;
    expect(Object.keys(doc)).toEqual(["answers"]);
    expect(normalise(doc.answers)).toEqual(normalise(persona.answers));
    const rerun = await run(["recommend", "--answers", out, "--json"]);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toBe(plain.stdout);
    expect(fs.readdirSync(saveDir)).toEqual(["out.json"]);
  });

  it("without --force, refuses to replace an existing file and leaves it unchanged", async () => {
    const target = path.join(saveDir, "existing.json");
    const precious = "my precious notes, not JSON at all\n";
    fs.writeFileSync(target, precious);
    for (const json of [true, false]) {
      const r = await run(["recommend", "--answers", input(), "--save", target, ...(json ? ["--json"] : [])]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("--force");
      expect(r.stderr.split("\n")[0]).toMatch(/^llm-career: /);
      expect(fs.readFileSync(target, "utf8")).toBe(precious);
    }
  });

  it("with --force, replaces it with the answers", async () => {
    const target = path.join(saveDir, "replace.json");
    fs.writeFileSync(target, "old content\n");
    const r = await run(["recommend", "--answers", input(), "--save", target, "--force", "--json"]);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(fs.readFileSync(target, "utf8")) as AnswersDoc;
    expect(normalise(doc.answers)).toEqual(normalise(persona.answers));
  });

  it("says where it saved on stderr in human mode, keeping stdout for the result", async () => {
    const target = path.join(saveDir, "human.json");
    const r = await run(["recommend", "--answers", input(), "--save", target]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("human.json");
    expect(r.stdout).not.toContain("human.json");
    expect(fs.existsSync(target)).toBe(true);
  });

  it("fails with exit 2 when the folder does not exist, writing nothing", async () => {
    const target = path.join(saveDir, "no-such-folder", "out.json");
    const r = await run(["recommend", "--answers", input(), "--save", target, "--json"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(fs.existsSync(path.dirname(target))).toBe(false);
  });

  it("does not save when the answers are bad", async () => {
    const target = path.join(saveDir, "from-bad.json");
    const r = await run(["recommend", "--answers", "-", "--save", target, "--json"], { input: '{"answers": {"nope": 1}}' });
    expect(r.status).toBe(2);
    expect(fs.existsSync(target)).toBe(false);
  });

  it("leaves no temporary files behind", async () => {
    // Runs after the others in this block: only the files asked for are in the folder.
    expect(fs.readdirSync(saveDir).sort()).toEqual(["existing.json", "human.json", "out.json", "replace.json"]);
  });
});

describe("schema <name>", () => {
  const NAMES = ["answers", "list", "show", "compare", "questions", "recommendation", "batch"];
  type Schema = { type?: string; anyOf?: Schema[]; oneOf?: Schema[]; properties?: Record<string, Schema>; required?: string[] };

  /** What a command actually prints, to hold the schema against. */
  const outputs: Record<string, () => Promise<unknown>> = {
    list: async () => JSON.parse((await run(["list", "--json"])).stdout),
    show: async () => JSON.parse((await run(["show", DIRECTION_IDS[0]!, "--json"])).stdout),
    compare: async () => JSON.parse((await run(["compare", DIRECTION_IDS[0]!, DIRECTION_IDS[1]!, "--json"])).stdout),
    questions: async () => JSON.parse((await run(["questions", "--json"])).stdout),
    recommendation: async () => JSON.parse((await run(["recommend", "--answers", fileFor(`${personas[0]!.id}.json`), "--json"])).stdout),
    answers: async () => ({ answers: personas[0]!.answers }),
  };

  it.each(NAMES)("%s prints a JSON Schema that fits the real document", async (name) => {
    const r = await run(["schema", name]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    const schema = JSON.parse(r.stdout) as Schema;
    expect(typeof schema).toBe("object");
    expect(schema.type !== undefined || Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)).toBe(true);
    const make = outputs[name];
    if (make) {
      const doc = (await make()) as Record<string, unknown>;
      // A union (show: a direction or a role) is held against the variant of the document's kind.
      const variants = schema.oneOf ?? schema.anyOf ?? [schema];
      const kindOf = (v: Schema) => (v.properties?.kind as { const?: string } | undefined)?.const;
      const variant = variants.length === 1 ? variants[0]! : variants.find((v) => kindOf(v) === doc.kind);
      expect(variant, `${name}: a variant for kind ${String(doc.kind)}`).toBeDefined();
      expect(variant!.type).toBe("object");
      const props = Object.keys(variant!.properties ?? {});
      for (const key of Object.keys(doc)) expect(props, `${name}: key ${key}`).toContain(key);
      for (const key of variant!.required ?? []) expect(Object.keys(doc), `${name}: required ${key}`).toContain(key);
    }
    if (name === "batch") {
      const variants = schema.oneOf ?? schema.anyOf ?? [];
      const kinds = variants.map((v) => (v.properties?.kind as { const?: string } | undefined)?.const).sort();
      expect(kinds).toEqual(["batch-error", "batch-result"]);
    }
  });

  it("an unknown name exits 2 with nothing on stdout, listing the names", async () => {
    const r = await run(["schema", "recommendations"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    for (const name of NAMES) expect(r.stderr).toContain(name);
  });
});
