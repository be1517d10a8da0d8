// Nothing printed is wider than the terminal (issue 11, section 5): every command's output, its
// help and its errors at 40, 60, 80 and 120 columns in both languages, run in-process on a
// terminal of that width. Widths are measured with string-width, a library the code does not use
// (src/render/width.ts applies its rules without it), after the ANSI codes are stripped. Tables never break a word or an
// id: every Latin word and every id of the catalog texts a table shows is found whole in it.
import fs from "node:fs";
import path from "node:path";
import { stripVTControlCharacters as stripAnsi } from "node:util";
import stringWidth from "string-width";
import { beforeAll, describe, expect, it } from "vitest";
import { runInProcess, type RunResult } from "../helpers/run-in-process.js";
import { scratchDir } from "../helpers/scratch.js";
import { tally, wordsIn } from "../helpers/texts.js";
import personasJson from "../fixtures/personas.json";
import { catalog } from "../../src/catalog/data.js";
import type { Direction, Lang, LocalizedText } from "../../src/catalog/schema.js";
import questionnaireJson from "../../data/advisor/questionnaire.json";

const WIDTHS = [40, 60, 80, 120];
const LANGS: Lang[] = ["en", "zh"];
const DIRECTIONS = catalog.directions;

const answersFile = path.join(scratchDir("widths"), "answers.json");
fs.writeFileSync(answersFile, JSON.stringify({ answers: (personasJson as Array<{ answers: unknown }>)[0]!.answers }));

interface Case {
  args: string[];
  /** The catalog texts (and ids) the output shows inside a table, whose words must stay whole. */
  words?: (lang: Lang) => string[];
  /** Ids that must each appear whole on one line. */
  ids?: string[];
}

const skillsOf = (d: Direction) => catalog.skills.filter((s) => s.directions.includes(d.id));
const texts = (items: LocalizedText[], lang: Lang) => items.map((t) => t[lang]);

interface Question {
  id: string;
  kind: string;
  prompt: LocalizedText;
  options?: Array<{ id: string; label: LocalizedText }>;
  levels?: Array<{ label: LocalizedText }>;
}
const QUESTIONS = questionnaireJson.questions as Question[];

const COMMANDS = ["list", "show", "compare", "questions", "recommend", "gap", "plan", "schema", "completion"];

const cases: Case[] = [
  {
    args: ["list"],
    words: (lang) => [...DIRECTIONS.map((d) => d.id), ...DIRECTIONS.flatMap((d) => texts([d.name, d.nickname, d.barrier.wording, d.verdict], lang))],
    ids: DIRECTIONS.map((d) => d.id),
  },
  ...DIRECTIONS.map((d) => ({
    args: ["show", d.id],
    // The role table: ids, names and summaries.
    words: (lang: Lang) => [...d.roles.map((r) => r.id), ...d.roles.flatMap((r) => texts([r.name, r.summary], lang))],
    ids: d.roles.map((r) => r.id),
  })),
  ...DIRECTIONS.flatMap((d) => d.roles.map((r) => ({ args: ["show", r.id], ids: [r.id, d.id] }))),
  ...[DIRECTIONS.slice(0, 2), DIRECTIONS].map((ds) => ({
    args: ["compare", ...ds.map((d) => String(d.number))],
    words: (lang: Lang) =>
      ds.flatMap((d) => [
        ...texts([d.name, d.barrier.wording, ...d.roles.map((r) => r.name), ...skillsOf(d).map((s) => s.name), ...d.fits.map((f) => f.title), ...d.marketNotes, d.verdict], lang),
      ]),
  })),
  {
    args: ["questions"],
    words: (lang) => QUESTIONS.flatMap((q) => [q.id, q.prompt[lang], ...(q.options ?? []).flatMap((o) => [o.id, o.label[lang]]), ...(q.levels ?? []).map((l) => l.label[lang])]),
    ids: QUESTIONS.flatMap((q) => [q.id, ...(q.options ?? []).map((o) => o.id)]),
  },
  { args: ["recommend", "--answers", answersFile] },
  { args: ["recommend", "--answers", answersFile, "--details"] },
  { args: ["gap", "infra", "--answers", answersFile] },
  { args: ["plan", "data", "--answers", answersFile] },
  { args: ["plan", "applications"] },
  { args: ["--help"] },
  ...COMMANDS.map((c) => ({ args: [c, "--help"] })),
  { args: ["help"] },
  { args: ["help", "recommend"] },
  // Errors: each goes to stderr in words, and wraps like the rest.
  { args: ["show", "infar"] },
  { args: ["show", "7"] },
  { args: ["show", "no-such-thing-at-all"] },
  { args: ["compare", "1"] },
  { args: ["compare", "1", "rag-engineer"] },
  { args: ["frobnicate"] },
  { args: ["list", "--jsn"] },
  { args: ["gap", "infra"] },
  { args: ["recommend", "--answers", path.join(path.dirname(answersFile), "missing.json")] },
  { args: ["recommend", "--json"] },
];

const runs = new Map<string, RunResult>();
const key = (c: Case, lang: Lang, width: number) => `${c.args.join(" ")} --lang ${lang} at ${width}`;
const argv = (c: Case, lang: Lang) => ["--lang", lang, ...c.args];

beforeAll(async () => {
  for (const width of WIDTHS)
    for (const lang of LANGS)
      for (const c of cases) runs.set(key(c, lang, width), await runInProcess(argv(c, lang), { isTTY: true, stderrIsTTY: true, columns: width }));
});

const linesOf = (out: string) => stripAnsi(out).split("\n");

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("no line wider than the terminal", () => {
  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      for (const c of cases) {
        it(`llm-career ${argv(c, lang).join(" ")} at ${width} columns`, () => {
          const r = runs.get(key(c, lang, width))!;
          expect(r.stdout + r.stderr, "prints something").not.toBe("");
          expect(r.stderr, "no stack trace").not.toContain("    at ");
          for (const [stream, out] of [
            ["stdout", r.stdout],
            ["stderr", r.stderr],
          ] as const) {
            const tooWide = linesOf(out).filter((line) => stringWidth(line) > width);
            expect.soft(tooWide, `${stream}: lines wider than ${width}`).toEqual([]);
          }
        });
      }
    }
  }
});

describe("tables never break a word or an id", () => {
  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      for (const c of cases.filter((c) => c.words || c.ids)) {
        it(`llm-career ${argv(c, lang).join(" ")} at ${width} columns`, () => {
          const r = runs.get(key(c, lang, width))!;
          expect(r.status, r.stderr).toBe(0);
          const lines = linesOf(r.stdout);
          if (c.words) {
            // Every word of the texts shown is on some line whole, as many times as the texts have it.
            const have = tally(lines.flatMap(wordsIn));
            const broken = [...tally(c.words(lang).flatMap(wordsIn))].filter(([w, n]) => (have.get(w) ?? 0) < n).map(([w]) => w);
            expect(broken, "words not found whole").toEqual([]);
          }
          for (const id of c.ids ?? []) {
            const whole = new RegExp(`(^|[^\\w-])${escapeRe(id)}($|[^\\w-])`);
            expect(lines.some((line) => whole.test(line)), `${id} whole on a line`).toBe(true);
          }
        });
      }
    }
  }
});
