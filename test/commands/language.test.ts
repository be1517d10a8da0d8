// Each language in its own script: English output (text, markdown, and the `en` side of every
// {zh, en} object in --json) holds no Han, CJK punctuation, full-width forms, kana or Hangul,
// except the Chinese aliases that `show` prints on its "id: …   aliases: …" line; Chinese output
// never puts a half-width `:` right after a CJK character (nor, more strictly, `:` `;` `,` `?` `!`
// `(` `)` on either side of one), outside code spans, URLs, `llm-career …` command lines, the
// id/aliases line and the article's own words. Every command people run, in-process through
// main(). The checkers are in test/helpers/language.ts and are tested on crafted strings first.
import { beforeAll, describe, expect, it } from "vitest";
import { runInProcess as run, type RunResult } from "../helpers/run-in-process.js";
import { articlePlain } from "../helpers/article.js";
import {
  aliasLines,
  cjkIn,
  describeOffence,
  firstCjkLine,
  firstHalfWidthAfterCjk,
  hasCjk,
  halfWidthNextToCjk,
  inArticleText,
  withoutCode,
  type ChineseCheckOptions,
} from "../helpers/language.js";
import personasJson from "../fixtures/personas.json";

type AnswerValue = string | string[] | number;
interface Persona {
  id: string;
  answers: Record<string, AnswerValue>;
}
type Lang = "en" | "zh";

const personas = personasJson as Persona[];
/**
 * Personas whose results take different paths: a clear first with stretches and article-named
 * roles, a systems person, a founder (applications), a diagnosis persona, an "added" one.
 */
const PERSONA_IDS = [
  "algorithms-top-researcher",
  "infrastructure-low-level-optimizer",
  "applications-startup-founder",
  "diagnosis-product-person",
  "typescript-node-developer",
];
const ANSWER_DOCS: Array<{ id: string; doc: string }> = [
  ...PERSONA_IDS.map((id) => {
    const p = personas.find((x) => x.id === id);
    if (!p) throw new Error(`test/fixtures/personas.json has no persona ${id}`);
    return { id, doc: JSON.stringify({ answers: p.answers }) };
  }),
  // One answer only: the low-confidence notice and the "unanswered" list.
  { id: "one-answer", doc: JSON.stringify({ answers: { background: "mobile" } }) },
];
const DIRECTION_IDS = ["algorithms", "infrastructure", "inference", "data", "applications", "safety"];
/** Wide enough that nothing but table cells wraps. */
const WIDE = { COLUMNS: "400" };

interface Case {
  /** The command line as a person types it (for messages). */
  command: string;
  args: string[];
  input?: string;
  env?: Record<string, string>;
}
interface Ran extends Case {
  result: RunResult;
}

/** The command line as a person types it, with the answers on stdin named by their persona. */
const shellLine = (args: string[], input?: string) => {
  const who = input === undefined ? undefined : ANSWER_DOCS.find((a) => a.doc === input)?.id;
  return `${input === undefined ? "" : `<${who ?? "answers"}> | `}llm-career ${args.join(" ")}`;
};

async function runCase(c: Case): Promise<Ran> {
  return { ...c, result: await run(c.args, { input: c.input, env: c.env }) };
}

/** The commands a person runs for human output, in one language. */
function humanCases(lang: Lang, roleIds: readonly string[]): Case[] {
  const L = ["--lang", lang];
  const cases: Case[] = [];
  const add = (args: string[], input?: string) => cases.push({ command: shellLine([...args, ...L], input), args: [...args, ...L], input });
  add(["list"]);
  for (const d of DIRECTION_IDS) add(["show", d]);
  for (const r of roleIds) add(["show", r]);
  add(["show", "推理"]);
  add(["compare", "1", "2", "3", "4", "5", "6"]);
  add(["compare", "2", "3"]);
  add(["questions"]);
  for (const { doc } of ANSWER_DOCS) {
    for (const format of [[], ["--format", "markdown"]]) {
      add(["recommend", "--answers", "-", ...format], doc);
      for (const d of DIRECTION_IDS) {
        add(["gap", d, "--answers", "-", ...format], doc);
        add(["plan", d, "--answers", "-", ...format], doc);
      }
    }
  }
  add(["recommend", "--answers", "-", "--exclude", "algorithms,infra"], ANSWER_DOCS[0]!.doc);
  add(["recommend", "--answers", "-", "--exclude", "algorithms,infra", "--format", "markdown"], ANSWER_DOCS[0]!.doc);
  return cases;
}

const COMMAND_NAMES = ["list", "show", "compare", "questions", "recommend", "gap", "plan", "schema", "completion", "help"];

/** Help, completion scripts and error messages, in one language. */
function interfaceCases(lang: "en" | "zh"): Case[] {
  const cases: Case[] = [];
  const add = (args: string[], input?: string) => cases.push({ command: shellLine(args, input), args, input });
  add(["--help", "--lang", lang]);
  add(["help", "--lang", lang]);
  for (const c of COMMAND_NAMES) add([c, "--help", "--lang", lang]);
  if (lang === "en") for (const shell of ["bash", "zsh", "fish"]) add(["completion", shell]);
  add(["show", "nosuch", "--lang", lang]);
  add(["show", "--lang", lang]);
  add(["lsit", "--lang", lang]);
  add(["show", "1", "--bogus", "--lang", lang]);
  add(["gap", "nosuch", "--answers", "-", "--lang", lang], ANSWER_DOCS[0]!.doc);
  add(["recommend", "--lang", lang]);
  add(["recommend", "--answers", "-", "--lang", lang], JSON.stringify({ answers: { background: "frontend", bogus: 1 } }));
  add(["compare", "1", "--lang", lang]);
  add(["recommend", "--format", "pdf", "--lang", lang]);
  return cases;
}

/** The --json documents: list, show (directions and roles), compare, questions, recommend, gap, plan. */
function jsonCases(roleIds: readonly string[]): Case[] {
  const cases: Case[] = [];
  const add = (args: string[], input?: string) => cases.push({ command: shellLine(args, input), args, input });
  add(["list", "--json"]);
  for (const id of [...DIRECTION_IDS, ...roleIds]) add(["show", id, "--json"]);
  add(["compare", "1", "2", "3", "4", "5", "6", "--json"]);
  add(["questions", "--json"]);
  for (const { doc } of ANSWER_DOCS) {
    add(["recommend", "--answers", "-", "--json"], doc);
    for (const d of DIRECTION_IDS) {
      add(["gap", d, "--answers", "-", "--json"], doc);
      add(["plan", d, "--answers", "-", "--json"], doc);
    }
  }
  return cases;
}

interface JsonStrings {
  /** `en` sides of {zh, en} objects, with where they are. */
  en: Array<{ path: string; text: string }>;
  zh: Array<{ path: string; text: string }>;
  /** Every other string value, not in an `aliases` array. */
  other: Array<{ path: string; text: string }>;
  aliases: string[][];
}

function jsonStrings(value: unknown, out: JsonStrings = { en: [], zh: [], other: [], aliases: [] }, path = "$"): JsonStrings {
  if (Array.isArray(value)) {
    if (path.endsWith(".aliases")) out.aliases.push(value as string[]);
    else value.forEach((v, i) => jsonStrings(v, out, `${path}[${i}]`));
  } else if (value && typeof value === "object") {
    const rec = value as Record<string, unknown>;
    if (typeof rec.zh === "string" && typeof rec.en === "string") {
      out.zh.push({ path: `${path}.zh`, text: rec.zh });
      out.en.push({ path: `${path}.en`, text: rec.en });
      for (const [k, v] of Object.entries(rec)) if (k !== "zh" && k !== "en") jsonStrings(v, out, `${path}.${k}`);
    } else for (const [k, v] of Object.entries(rec)) jsonStrings(v, out, `${path}.${k}`);
  } else if (typeof value === "string") out.other.push({ path, text: value });
  return out;
}

function okRun(r: Ran, expectStatus = 0): void {
  expect(r.result.status, `${r.command}: exit code; stderr: ${r.result.stderr}`).toBe(expectStatus);
}

// ---------------------------------------------------------------------------------------------

describe("the checkers can fail", () => {
  it("flag CJK in English output, wherever it is, and say where", () => {
    expect(firstCjkLine("Direction: algorithms\nthe makers of the 中 brain\n")).toMatchObject({ line: 2, found: "中 (U+4E2D)" });
    for (const s of ["a：b", "a，b", "“x”。", "x、y", "（x）", "「x」", "ｘ", "ひらがな", "カタカナ", "한국어", "\u3000", "⺀"]) {
      expect(firstCjkLine(`ok\n${s}`), s).toMatchObject({ line: 2 });
    }
    for (const s of ["— the 'brain' · 71.6 – 50+ “quoted” … ██░░ ┌─┐ │ é ü ß"]) expect(firstCjkLine(s), s).toBeUndefined();
  });

  it("exempt exactly show's id/aliases line, when it lists exactly the known aliases", () => {
    const aliases = ["infra", "systems", "基础设施", "系统架构", "基础设施与系统架构方向"];
    const out = ["2. Infrastructure", "id: infrastructure   aliases: infra, systems, 基础设施, 系统架构,", "基础设施与系统架构方向", "Analogy: roads"].join("\n");
    expect(aliasLines(out.split("\n"), [aliases])).toEqual(new Set([1, 2]));
    expect(firstCjkLine(out, { aliases: [aliases] })).toBeUndefined();
    // Without the aliases known, or with a line after them, or with an alias that is not one, it fails.
    expect(firstCjkLine(out)).toMatchObject({ line: 2 });
    expect(firstCjkLine(`${out}\n基础设施 is the word`, { aliases: [aliases] })).toMatchObject({ line: 5 });
    expect(firstCjkLine(out.replace("系统架构,", "系统架构, 推理,"), { aliases: [aliases] })).toMatchObject({ line: 2 });
    expect(firstCjkLine(out.replace("Analogy: roads", "Analogy: 修路的人"), { aliases: [aliases] })).toMatchObject({ line: 4 });
    // Only on the id/aliases line: the same words elsewhere are not exempt.
    expect(firstCjkLine("Roles: 基础设施, 系统架构", { aliases: [aliases] })).toMatchObject({ line: 1 });
    // In a command line, an argument that is exactly an alias is exempt; nothing else is.
    expect(firstCjkLine("  llm-career show 基础设施 --lang zh   in Chinese", { aliases: [aliases] })).toBeUndefined();
    expect(firstCjkLine("  llm-career show 基础设施 --lang zh   in Chinese")).toMatchObject({ line: 1 });
    expect(firstCjkLine("  llm-career show 基础 --lang zh", { aliases: [aliases] })).toMatchObject({ line: 1 });
    expect(firstCjkLine("  llm-career show infra   基础设施", { aliases: [aliases] })).toBeUndefined();
    expect(firstCjkLine("基础设施: llm-career show infra", { aliases: [aliases] })).toMatchObject({ line: 1 });
  });

  it("flag a half-width colon after CJK in Chinese output, not a full-width one", () => {
    expect(firstHalfWidthAfterCjk("标题\n文章: “数学”")).toMatchObject({ line: 2 });
    expect(firstHalfWidthAfterCjk("文章:“数学”")).toMatchObject({ line: 1 });
    expect(firstHalfWidthAfterCjk("文章：“数学”")).toBeUndefined();
    expect(firstHalfWidthAfterCjk("（补充）: x")).toMatchObject({ line: 1 });
    // After Latin, in code, in URLs and in commands it is not prose.
    expect(firstHalfWidthAfterCjk("id: algorithms · 单选\n另见：llm-career show infra\n见 `a:b` 与 https://x.org/a:b")).toBeUndefined();
    expect(firstHalfWidthAfterCjk('答案文件格式: {"answers": {"background": "…"}}   llm-career recommend --answers FILE')).toMatchObject({ line: 1 });
    expect(withoutCode("另见：llm-career show infra；或者 `x`")).toBe("另见： ；或者  ");
  });

  it("flag the other half-width marks on either side of CJK, except in the article's own words", () => {
    const strict: ChineseCheckOptions = { chars: ":;,?!()", before: true };
    for (const s of ["你好,世界", "为什么?", "好!", "挑战(x", "(挑战)", "a;中", "中;a", "学习)"]) expect(firstHalfWidthAfterCjk(s, strict), s).toBeDefined();
    for (const s of ["你好，世界", "为什么？", "（挑战）", "a, b (c)", "RAG (x)", "工程师 (Pre-training)"]) expect(firstHalfWidthAfterCjk(s, strict), s).toBeUndefined();
    expect(halfWidthNextToCjk("a(挑战)b", "()", true)).toEqual([1, 4]);
    // A half-width bracket against a full-width one ends or starts another text: not flagged.
    expect(halfWidthNextToCjk("工程师 (Pre-training)（pretraining-engineer）", "()", true)).toEqual([]);
    expect(halfWidthNextToCjk("（补充）:", ":", false)).toEqual([4]);
    const article = ["强化学习工程师 (RLHF - 人类反馈强化学习)"];
    const withArticle = { ...strict, articleTexts: article };
    // Whole, or cut by wrapping at a line or cell edge: exempt.
    expect(firstHalfWidthAfterCjk("岗位：强化学习工程师 (RLHF - 人类反馈强化学习)（rlhf-engineer）", withArticle)).toBeUndefined();
    expect(firstHalfWidthAfterCjk("  习)（rlhf-engineer）", withArticle)).toBeUndefined();
    expect(firstHalfWidthAfterCjk("│ 人类反馈强化学习)     │ 做什么 │", withArticle)).toBeUndefined();
    expect(inArticleText("强化学习)", 4, article)).toBe(true);
    // The interface's own words are not the article's, even next to them.
    expect(firstHalfWidthAfterCjk("模型推理 _(挑战)_", withArticle)).toBeDefined();
    expect(firstHalfWidthAfterCjk("强化学习工程师 (RLHF - 人类反馈强化学习),再说", withArticle)).toBeDefined();
    expect(firstHalfWidthAfterCjk("我在学习)中", withArticle)).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------

let roleIds: string[] = [];
/** Every alias list `show --json` gives (directions and roles). */
let aliasLists: string[][] = [];
let json: Ran[] = [];
/** zh texts of the JSON that the article writes with half-width punctuation next to Chinese. */
let articleTexts: string[] = [];

beforeAll(async () => {
  const list = await run(["list", "--json"]);
  expect(list.status, list.stderr).toBe(0);
  const directions = (JSON.parse(list.stdout) as { directions: Array<{ id: string; roles: Array<{ id: string }> }> }).directions;
  expect(directions.map((d) => d.id)).toEqual(DIRECTION_IDS);
  roleIds = directions.flatMap((d) => d.roles.map((r) => r.id));
  json = [];
  for (const c of jsonCases(roleIds)) json.push(await runCase(c));
  for (const r of json) okRun(r);
  const strings = json.map((r) => jsonStrings(JSON.parse(r.result.stdout)));
  aliasLists = strings.flatMap((s) => s.aliases);
  const zh = new Set(strings.flatMap((s) => s.zh.map((z) => z.text)));
  articleTexts = [...zh].filter((t) => articlePlain.includes(t) && halfWidthNextToCjk(t, ":;,?!()", true).length > 0);
});

describe("English output holds no CJK characters", () => {
  it("aliases are the only CJK text show prints in English, and each Chinese alias is Han and ASCII only", () => {
    expect(aliasLists.length).toBeGreaterThanOrEqual(6 + roleIds.length);
    const odd = aliasLists.flat().filter((a) => hasCjk(a) && !/^[\p{Script=Han}\x20-\x7e]+$/u.test(a));
    expect(odd, "aliases with CJK characters other than Han").toEqual([]);
  });

  it("text and markdown: list, show, compare, questions, recommend, gap, plan (--lang en)", async () => {
    const offences: string[] = [];
    const cases = humanCases("en", roleIds);
    for (const c of cases) {
      const r = await runCase(c);
      okRun(r);
      for (const [stream, text] of [["stdout", r.result.stdout], ["stderr", r.result.stderr]] as const) {
        const o = firstCjkLine(text, { aliases: aliasLists });
        if (o) offences.push(`${stream} of ${describeOffence(c.command, o)}`);
      }
    }
    expect(cases.length).toBeGreaterThan(150);
    expect(offences, `English output with CJK characters:\n${offences.join("\n")}`).toEqual([]);
  });

  it("the default language (LANG=C.UTF-8, no --lang) is English too", async () => {
    const offences: string[] = [];
    for (const args of [["list"], ["show", "inference"], ["questions"], ["recommend", "--answers", "-"], ["plan", "data", "--answers", "-"]]) {
      const r = await runCase({ command: shellLine(args), args, input: ANSWER_DOCS[0]!.doc });
      okRun(r);
      const o = firstCjkLine(r.result.stdout, { aliases: aliasLists });
      if (o) offences.push(describeOffence(r.command, o));
    }
    expect(offences, offences.join("\n")).toEqual([]);
  });

  it("help, completion scripts and error messages", async () => {
    const offences: string[] = [];
    for (const c of interfaceCases("en")) {
      const r = await runCase(c);
      expect(r.result.stdout + r.result.stderr, `${c.command}: some output`).not.toBe("");
      for (const [stream, text] of [["stdout", r.result.stdout], ["stderr", r.result.stderr]] as const) {
        const o = firstCjkLine(text, { aliases: aliasLists });
        if (o) offences.push(`${stream} of ${describeOffence(c.command, o)}`);
      }
    }
    expect(offences, `English output with CJK characters:\n${offences.join("\n")}`).toEqual([]);
  });

  it("--json: the en side of every {zh, en} object, and every other string but aliases", () => {
    expect(json.length).toBeGreaterThan(80);
    const offences: string[] = [];
    for (const r of json) {
      const s = jsonStrings(JSON.parse(r.result.stdout));
      expect(s.en.length, `${r.command}: {zh, en} objects`).toBeGreaterThan(0);
      const bad = [...s.en, ...s.other].find((x) => hasCjk(x.text));
      if (bad) offences.push(`\`${r.command}\`: ${bad.path} has ${cjkIn(bad.text)}: ${JSON.stringify(bad.text)}`);
    }
    expect(offences, `English JSON text with CJK characters:\n${offences.join("\n")}`).toEqual([]);
  });
});

describe("Chinese output uses full-width punctuation next to Chinese", () => {
  /** zh human output, at the default width (80) and wide (nothing but table cells wraps). */
  let zhRuns: Ran[] = [];
  beforeAll(async () => {
    zhRuns = [];
    for (const c of humanCases("zh", roleIds)) {
      zhRuns.push(await runCase(c));
      zhRuns.push(await runCase({ ...c, command: `COLUMNS=400 ${c.command}`, env: WIDE }));
    }
    for (const r of zhRuns) okRun(r);
  });

  const check = (opts: ChineseCheckOptions) => {
    const offences: string[] = [];
    for (const r of zhRuns) {
      for (const [stream, text] of [["stdout", r.result.stdout], ["stderr", r.result.stderr]] as const) {
        const o = firstHalfWidthAfterCjk(text, { aliases: aliasLists, articleTexts, ...opts });
        if (o) offences.push(`${stream} of ${describeOffence(r.command, o)}`);
      }
    }
    return offences;
  };

  it("the Chinese output is Chinese", () => {
    const notChinese = zhRuns.filter((r) => !hasCjk(r.result.stdout)).map((r) => r.command);
    expect(notChinese).toEqual([]);
  });

  it("help and error messages are in Chinese too, with full-width punctuation", async () => {
    const offences: string[] = [];
    for (const c of interfaceCases("zh")) {
      const r = await runCase(c);
      const text = r.result.stdout + r.result.stderr;
      // Every line that has three English words in a row, outside commands and option names, is untranslated.
      const english = text.split("\n").find((line) => /[a-z]{3,} [a-z]{3,} [a-z]{3,}/i.test(line.replace(/`[^`]*`|"[^"]*"|'[^']*'|llm-career[^，。：；]*|--[\w-]+( <\w+>)?/g, "")));
      if (!hasCjk(text) || english) offences.push(`${c.command}: ${english ?? "no Chinese"}`);
      const o = firstHalfWidthAfterCjk(text, { aliases: aliasLists, articleTexts, chars: ":;,?!()", before: true });
      if (o) offences.push(describeOffence(c.command, o));
    }
    expect(offences, `Chinese interface with English or half-width punctuation:\n${offences.join("\n")}`).toEqual([]);
  });

  it('no half-width ":" right after a CJK character (text and markdown, --lang zh)', () => {
    const offences = check({ chars: ":" });
    expect(offences, `Chinese output with a half-width colon after CJK:\n${offences.join("\n")}`).toEqual([]);
  });

  it("no half-width : ; , ? ! ( ) on either side of a CJK character, outside the article's own words", () => {
    // The only texts exempt as the article's: what `show --json` and the rest carry verbatim from it.
    expect(articleTexts).toEqual(["强化学习工程师 (RLHF - 人类反馈强化学习)"]);
    const offences = check({ chars: ":;,?!()", before: true });
    expect(offences, `Chinese output with half-width punctuation next to CJK:\n${offences.join("\n")}`).toEqual([]);
  });

  it("--json: no half-width punctuation next to CJK in the zh side, outside the article's own words", () => {
    const offences: string[] = [];
    for (const r of json) {
      for (const z of jsonStrings(JSON.parse(r.result.stdout)).zh) {
        const o = firstHalfWidthAfterCjk(z.text, { chars: ":;,?!()", before: true, articleTexts });
        if (o) {
          offences.push(`\`${r.command}\`: ${z.path}: ${o.found}: ${JSON.stringify(z.text)}`);
          break;
        }
      }
    }
    expect(offences, offences.join("\n")).toEqual([]);
  });
});
