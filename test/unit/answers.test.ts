// checkAnswers: a valid answers document passes; anything else is reported problem by problem,
// each with its path and what was expected, all at once. Ids such as "__proto__" are plain unknown
// ids and never reach a prototype. Text from outside is echoed escaped. And it is the one gate:
// an answers file, stdin, an answer code, a --batch line and the prompts accept and refuse the same
// answers with the same problems.
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { scratchDir } from "../helpers/scratch.js";
import { advisor } from "../../src/advisor/advisor.js";
import { checkAnswers, closestName, requireValidAnswers, type AnswerProblem, type Answers, type AnswerValue } from "../../src/advisor/answers.js";
import { printable } from "../../src/quote.js";
import { scoreLine } from "../../src/advisor/batch.js";
import { codeOfDigits } from "../../src/advisor/code.js";
import type { Question } from "../../src/advisor/schema.js";
import type { Context } from "../../src/context.js";
import { CliError, textIn, usageError } from "../../src/errors.js";
import { readAnswerSource } from "../../src/io/answers-source.js";
import { askQuestionnaire, CONFIRM, SKIP, type Prompter } from "../../src/io/questionnaire-prompts.js";

const { questionnaire } = advisor;
const questions = questionnaire.questions;

type Of<K extends Question["kind"]> = Extract<Question, { kind: K }>;
const single = questions.find((q): q is Of<"single"> => q.kind === "single")!;
const multi = questions.find((q): q is Of<"multi"> => q.kind === "multi")!;
const scale = questions.find((q): q is Of<"scale"> => q.kind === "scale")!;
const optionIds = (q: Of<"single"> | Of<"multi">) => q.options.map((o) => o.id);
/** A multiple choice's options that may be ticked together ("none of these" is ticked alone). */
const combinable = (q: Of<"multi">) => q.options.filter((o) => !o.exclusive).map((o) => o.id);
const levelValues = scale.levels.map((l) => l.value);
const minLevel = Math.min(...levelValues);
const maxLevel = Math.max(...levelValues);

function problemsOf(doc: unknown): AnswerProblem[] {
  const r = checkAnswers(questionnaire, doc);
  if (r.ok) throw new Error(`expected problems for ${JSON.stringify(doc)}`);
  return r.problems;
}

function problemAt(problems: AnswerProblem[], path: string): AnswerProblem {
  const p = problems.find((x) => x.path === path);
  if (!p) throw new Error(`no problem at ${path}; got ${JSON.stringify(problems)}`);
  return p;
}

/** The message names what the question accepts: every option id, or the scale's range. */
function expectNamesExpected(message: string, q: Question) {
  expect(message).toMatch(/expected/);
  if (q.kind === "scale") {
    expect(message).toContain(String(Math.min(...q.levels.map((l) => l.value))));
    expect(message).toContain(String(Math.max(...q.levels.map((l) => l.value))));
  } else {
    for (const id of optionIds(q)) expect(message).toContain(`"${id}"`);
  }
}

describe("checkAnswers accepts valid documents", () => {
  it("has a question of each kind to test with", () => {
    expect([single, multi, scale].every(Boolean)).toBe(true);
    expect(levelValues.length).toBeGreaterThanOrEqual(2);
  });

  it("accepts an empty answers object", () => {
    const r = checkAnswers(questionnaire, { answers: {} });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.answers.size).toBe(0);
  });

  it("accepts every option and level of every question, and returns them", () => {
    for (const q of questions) {
      const values = q.kind === "scale" ? q.levels.map((l) => l.value) : q.options.map((o) => o.id);
      for (const v of values) {
        const value = q.kind === "multi" ? [v] : v;
        const r = checkAnswers(questionnaire, { answers: { [q.id]: value } });
        expect(r.ok, `${q.id}=${JSON.stringify(value)}`).toBe(true);
        if (r.ok) expect(r.answers.get(q.id)).toEqual(value);
      }
    }
  });

  it("accepts a full document: one answer per question, all options of each multi, and $schema", () => {
    const answers: Record<string, unknown> = {};
    for (const q of questions) answers[q.id] = q.kind === "scale" ? maxLevel : q.kind === "multi" ? combinable(q) : q.options[0]!.id;
    const r = checkAnswers(questionnaire, { $schema: "https://example.com/answers.schema.json", answers });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect([...r.answers.keys()].sort()).toEqual(questions.map((q) => q.id).sort());
      expect([...(r.answers.get(multi.id) as string[])].sort()).toEqual(combinable(multi).sort());
    }
  });

  it("accepts an empty multi-choice array and any order of its options", () => {
    expect(checkAnswers(questionnaire, { answers: { [multi.id]: [] } }).ok).toBe(true);
    const reversed = [...combinable(multi)].reverse();
    const r = checkAnswers(questionnaire, { answers: { [multi.id]: reversed } });
    expect(r.ok).toBe(true);
    if (r.ok) expect([...(r.answers.get(multi.id) as string[])].sort()).toEqual([...reversed].sort());
  });

  it("does not modify the document it is given", () => {
    const doc = { answers: { [multi.id]: [...optionIds(multi)].reverse(), [scale.id]: minLevel } };
    const copy = JSON.parse(JSON.stringify(doc)) as unknown;
    checkAnswers(questionnaire, doc);
    expect(doc).toEqual(copy);
  });
});

describe("checkAnswers reports every problem with its path and what was expected", () => {
  it("an unknown question id", () => {
    const p = problemAt(problemsOf({ answers: { "favourite-colour": "blue" } }), "answers.favourite-colour");
    expect(p.message.en).toMatch(/unknown question/);
  });

  it("an unknown option id, single and multi", () => {
    const problems = problemsOf({ answers: { [single.id]: "no-such-option", [multi.id]: [optionIds(multi)[0], "no-such-option"] } });
    expect(problems).toHaveLength(2);
    const s = problemAt(problems, `answers.${single.id}`);
    expectNamesExpected(s.message.en, single);
    expect(s.message.en).toContain("no-such-option");
    const m = problemAt(problems, `answers.${multi.id}[1]`);
    expectNamesExpected(m.message.en, multi);
    expect(m.message.en).toContain("no-such-option");
  });

  it("an option id of another question is not accepted", () => {
    const foreign = multi.options.map((o) => o.id).find((id) => !optionIds(single).includes(id))!;
    problemAt(problemsOf({ answers: { [single.id]: foreign } }), `answers.${single.id}`);
  });

  it.each([
    ["a number", 1, /got 1/],
    ["an array", ["x"], /got an array/],
    ["null", null, /got null/],
    ["an object", { id: "x" }, /got an? object/],
    ["a boolean", true, /got a boolean/],
  ])("a single-choice answer given %s", (_what, value, got) => {
    const p = problemAt(problemsOf({ answers: { [single.id]: value } }), `answers.${single.id}`);
    expectNamesExpected(p.message.en, single);
    expect(p.message.en).toMatch(got);
  });

  it.each([
    ["a string", "x", /got "x"/],
    ["a number", 3, /got 3/],
    ["null", null, /got null/],
    ["an object", { a: 1 }, /got an? object/],
  ])("a multi-choice answer given %s", (_what, value, got) => {
    const p = problemAt(problemsOf({ answers: { [multi.id]: value } }), `answers.${multi.id}`);
    expect(p.message.en).toMatch(/expected an array/);
    expect(p.message.en).toMatch(got);
  });

  it("a multi-choice answer with a non-string item", () => {
    const problems = problemsOf({ answers: { [multi.id]: [optionIds(multi)[0], 7, null] } });
    problemAt(problems, `answers.${multi.id}[1]`);
    problemAt(problems, `answers.${multi.id}[2]`);
    expect(problems).toHaveLength(2);
  });

  it.each([
    ["a string", String(minLevel)],
    ["an array", [minLevel]],
    ["null", null],
    ["a boolean", false],
  ])("a scale answer given %s", (_what, value) => {
    const p = problemAt(problemsOf({ answers: { [scale.id]: value } }), `answers.${scale.id}`);
    expectNamesExpected(p.message.en, scale);
  });

  it.each([
    ["below the lowest level", minLevel - 1],
    ["above the highest level", maxLevel + 1],
    ["far out of range", 1e9],
    ["negative", -maxLevel],
    ["not an integer", minLevel + 0.5],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
  ])("a scale value %s", (_what, value) => {
    const p = problemAt(problemsOf({ answers: { [scale.id]: value } }), `answers.${scale.id}`);
    expectNamesExpected(p.message.en, scale);
  });

  it("a duplicate in a multi-choice answer, at the repeated item's index", () => {
    const [a, b] = optionIds(multi);
    const problems = problemsOf({ answers: { [multi.id]: [a, b, a] } });
    expect(problems).toHaveLength(1);
    const p = problemAt(problems, `answers.${multi.id}[2]`);
    expect(p.message.en).toContain(a!);
    expect(p.message.en).toMatch(/twice|duplicate/);
  });

  it("a missing \"answers\"", () => {
    const p = problemAt(problemsOf({}), "answers");
    expect(p.message.en).toMatch(/missing/);
  });

  it("an extra top-level key, even next to valid answers", () => {
    const problems = problemsOf({ answers: { [scale.id]: minLevel }, extra: 1 });
    expect(problems).toHaveLength(1);
    expect(problemAt(problems, "extra").message.en).toMatch(/unknown key/);
    expect(problemAt(problems, "extra").message.en).toContain('"answers"');
  });

  it.each([
    ["an array", [[single.id, single.options[0]!.id]]],
    ["a string", "x"],
    ["a number", 42],
    ["null", null],
  ])("\"answers\" given %s", (_what, value) => {
    const p = problemAt(problemsOf({ answers: value }), "answers");
    expect(p.message.en).toMatch(/expected an object/);
  });

  it.each([
    ["an array", []],
    ["a string", "answers"],
    ["a number", 1],
    ["null", null],
    ["undefined", undefined],
    ["true", true],
  ])("a document that is %s", (_what, doc) => {
    const p = problemAt(problemsOf(doc), "(root)");
    expect(p.message.en).toMatch(/expected an object/);
  });

  it("reports all problems at once, not just the first", () => {
    const [a] = optionIds(multi);
    const doc = {
      answers: {
        "no-such-question": 1,
        [single.id]: "no-such-option",
        [multi.id]: [a, a, "nope"],
        [scale.id]: maxLevel + 1,
      },
      extra: true,
    };
    const problems = problemsOf(doc);
    const paths = problems.map((p) => p.path).sort();
    expect(paths).toEqual(
      ["extra", "answers.no-such-question", `answers.${single.id}`, `answers.${multi.id}[1]`, `answers.${multi.id}[2]`, `answers.${scale.id}`].sort(),
    );
    for (const p of problems) expect(p.message.en.length).toBeGreaterThan(0);
  });

  it("reports a wrong value for every question when all are wrong", () => {
    const answers = Object.fromEntries(questions.map((q) => [q.id, q.kind === "scale" ? "high" : q.kind === "multi" ? "x" : 99]));
    const problems = problemsOf({ answers });
    expect(problems.map((p) => p.path).sort()).toEqual(questions.map((q) => `answers.${q.id}`).sort());
  });
});

describe("prototype keys are unknown ids, never prototypes", () => {
  const protoNamesBefore = Object.getOwnPropertyNames(Object.prototype).sort();

  function expectPrototypeUntouched() {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNamesBefore);
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(probe[single.id]).toBeUndefined();
    expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  }

  it('reports "__proto__" and "constructor" in answers as unknown questions', () => {
    // JSON.parse makes "__proto__" an own key, as it would be in a file.
    const doc = JSON.parse(
      `{"answers": {"__proto__": {"polluted": true, "${single.id}": "x"}, "constructor": {"prototype": {"polluted": true}}, "toString": "x", "hasOwnProperty": 1}}`,
    ) as unknown;
    const problems = problemsOf(doc);
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(problemAt(problems, `answers.${key}`).message.en).toMatch(/unknown question/);
    }
    expect(problems).toHaveLength(4);
    expectPrototypeUntouched();
  });

  it('reports a top-level "__proto__" as an unknown key', () => {
    const doc = JSON.parse(`{"__proto__": {"polluted": true}, "answers": {}}`) as unknown;
    expect(problemAt(problemsOf(doc), "__proto__").message.en).toMatch(/unknown key/);
    expectPrototypeUntouched();
  });

  it('does not treat "__proto__" next to valid answers as valid, nor return it', () => {
    const doc = JSON.parse(`{"answers": {"__proto__": "${single.options[0]!.id}", "${scale.id}": ${minLevel}}}`) as unknown;
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(["answers.__proto__"]);
    expectPrototypeUntouched();
  });

  it('an answers object without a prototype is read like any other', () => {
    const answers = Object.create(null) as Record<string, unknown>;
    answers[scale.id] = minLevel;
    const r = checkAnswers(questionnaire, { answers });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.answers.get(scale.id)).toBe(minLevel);
  });
});

describe("checkAnswers with an exclusive option", () => {
  const withNone = questions.find((q): q is Of<"multi"> => q.kind === "multi" && q.options.some((o) => o.exclusive))!;
  const none = withNone.options.find((o) => o.exclusive)!.id;
  const other = combinable(withNone)[0]!;

  it("accepts the exclusive option alone", () => {
    expect(checkAnswers(questionnaire, { answers: { [withNone.id]: [none] } }).ok).toBe(true);
  });

  it("refuses it together with another option, naming it at the question's path", () => {
    const r = checkAnswers(questionnaire, { answers: { [withNone.id]: [other, none] } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.path).toBe(`answers.${withNone.id}`);
      expect(r.problems[0]!.message.en).toContain(`"${none}"`);
    }
  });
});

describe("text from outside is echoed escaped and cut short", () => {
  it("printable leaves ordinary text alone, escapes control and formatting characters, and cuts long text", () => {
    expect(printable("backend-fullstack")).toBe("backend-fullstack");
    expect(printable("中文 ok")).toBe("中文 ok");
    expect(printable("a\u001b[31mb\nc\td\r")).toBe("a\\u001b[31mb\\nc\\td\\r");
    expect(printable("\u202eevil\u2066\u200b\u0085\u2028")).toBe("\\u202eevil\\u2066\\u200b\\u0085\\u2028");
    expect(printable("x\ud800y")).toBe("x\\ud800y");
    expect(printable("y".repeat(60))).toBe("y".repeat(60));
    expect(printable("y".repeat(61))).toBe(`${"y".repeat(60)}…`);
    expect(printable("😀".repeat(70))).toBe(`${"😀".repeat(60)}…`);
    expect(printable("abcdef", 3)).toBe("abc…");
  });

  it("an unknown id or a bad value with control characters is reported escaped, long ones cut", () => {
    const problems = problemsOf({ answers: { "evil\u001b[2J": 1, [single.id]: `x\u001b]8;;http://x\u0007${"y".repeat(100)}` }, ["top\nkey"]: 1 });
    const text = problems.map((p) => `${p.path}: ${p.message.en} ${p.message.zh}`).join("\n");
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(text.split("\n")).toHaveLength(3);
    problemAt(problems, "answers.evil\\u001b[2J");
    problemAt(problems, "top\\nkey");
    expect(problemAt(problems, `answers.${single.id}`).message.en).toMatch(/got "x\\u001b\]8;;http:\/\/x\\u0007y+…"$/);
  });
});

describe("one gate: every source of answers accepts and refuses the same answers, the same way", () => {
  const withNone = questions.find((q): q is Of<"multi"> => q.kind === "multi" && q.options.some((o) => o.exclusive))!;
  const none = withNone.options.find((o) => o.exclusive)!.id;
  const other = combinable(withNone)[0]!;
  const multis = questions.filter((q): q is Of<"multi"> => q.kind === "multi");

  /** The digits of an answer code for `raw` (the layout in src/advisor/code.ts), invalid answers too. */
  const digitsOf = (raw: Record<string, AnswerValue>) =>
    questions.map((q) => {
      const v = raw[q.id];
      if (v === undefined) return 0n;
      if (q.kind === "scale") return BigInt(q.levels.findIndex((l) => l.value === v) + 1);
      if (q.kind === "single") return BigInt(q.options.findIndex((o) => o.id === v) + 1);
      return 1n + q.options.reduce((m, o, i) => ((v as string[]).includes(o.id) ? m | (1n << BigInt(i)) : m), 0n);
    });

  /** Prompts that give `raw`'s answers, skipping what it leaves out, without the checkbox's own check. */
  /** A person who answers each question as `raw` says (multi-choice ticked in reverse), then confirms. */
  const promptsFor = (raw: Record<string, AnswerValue>): Prompter => {
    let asked = 0;
    return {
      choose: async () => {
        if (asked === questions.length) return { kind: "chosen", values: [CONFIRM] };
        const q = questions[asked++]!;
        const v = raw[q.id];
        if (q.kind === "multi") return { kind: "chosen", values: [...((v as string[] | undefined) ?? [])].reverse() };
        return { kind: "chosen", values: [v === undefined ? SKIP : String(v)] };
      },
      restore: () => undefined,
    };
  };

  /** What each source makes of `raw`: the answers, or the exit code and the problems. */
  async function fromEverySource(raw: Record<string, AnswerValue>) {
    const text = JSON.stringify({ answers: raw });
    const file = path.join(tmp, "answers.json");
    fs.writeFileSync(file, text);
    const ctx = (stdin: string) => ({ stdin: Readable.from([stdin]) }) as unknown as Context;
    const sources: Record<string, () => Promise<Answers | undefined>> = {
      file: () => readAnswerSource(ctx(""), questionnaire, { answers: file }),
      stdin: () => readAnswerSource(ctx(text), questionnaire, { answers: "-" }),
      code: () => readAnswerSource(ctx(""), questionnaire, { code: codeOfDigits(questionnaire, digitsOf(raw)) }),
      prompts: () => askQuestionnaire(questionnaire, "en", promptsFor(raw)),
      batch: async () => {
        const { ok, result } = scoreLine(advisor, text, 1);
        if (ok) return undefined; // compared by ranking below
        throw usageError("batch", (result as { error: { problems: string[] } }).error.problems);
      },
    };
    const out: Record<string, unknown> = {};
    for (const [name, run] of Object.entries(sources)) {
      try {
        const answers = await run();
        out[name] = answers ? { answers: [...answers.entries()].sort(([a], [b]) => a.localeCompare(b)) } : { answers: "ok" };
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        out[name] = { exitCode: e.exitCode, problems: e.details.map((d) => textIn("en", d)) };
      }
    }
    return out;
  }

  const tmp = scratchDir("gate");

  /** Every multi-choice question answered (a checkbox always answers), the rest as given. */
  const complete = (raw: Record<string, AnswerValue>) => ({ ...Object.fromEntries(multis.map((q) => [q.id, []])), ...raw });

  it(`refuses "${none}" ticked with another option from every source, listing the same problem`, async () => {
    const out = await fromEverySource(complete({ [withNone.id]: [other, none], [scale.id]: minLevel }));
    const expected = { exitCode: 2, problems: [`answers.${withNone.id}: "${none}" means none of the others and cannot be combined with them`] };
    for (const [name, got] of Object.entries(out)) expect(got, name).toEqual(expected);
  });

  it("refuses every combination of an exclusive option with others, from every source", async () => {
    for (const q of multis.filter((x) => x.options.some((o) => o.exclusive))) {
      const alone = q.options.find((o) => o.exclusive)!.id;
      for (const o of combinable(q)) {
        const out = await fromEverySource(complete({ [q.id]: [alone, o] }));
        const verdicts = new Set(Object.values(out).map((v) => JSON.stringify(v)));
        expect([...verdicts], `${q.id}: ${alone} + ${o}`).toHaveLength(1);
        expect(out.code).toMatchObject({ exitCode: 2 });
      }
    }
  });

  it("accepts the same valid answers from every source and returns them identically", async () => {
    const raw = complete({ [single.id]: single.options[1]!.id, [multi.id]: combinable(multi).slice(0, 2).reverse(), [scale.id]: maxLevel, [withNone.id]: [none] });
    const out = await fromEverySource(raw);
    expect(out.batch).toEqual({ answers: "ok" });
    const { batch: _batch, ...rest } = out;
    const first = rest.file as { answers: Array<[string, AnswerValue]> };
    expect(first.answers.length).toBe(Object.keys(raw).length);
    for (const [name, got] of Object.entries(rest)) expect(got, name).toEqual(first);
  });

  it("a file's usage error and a code's say where the answers came from, in the same words", async () => {
    const raw = complete({ [withNone.id]: [other, none] });
    const code = codeOfDigits(questionnaire, digitsOf(raw));
    const messageOf = async (f: () => Promise<unknown>) => {
      try {
        await f();
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error("accepted");
    };
    const file = path.join(tmp, "bad.json");
    fs.writeFileSync(file, JSON.stringify({ answers: raw }));
    const ctx = { stdin: Readable.from([]) } as unknown as Context;
    expect(await messageOf(() => readAnswerSource(ctx, questionnaire, { answers: file }))).toBe(
      `answers file "${file}" has 1 problem (see \`llm-career questions --json\` for the ids):`,
    );
    expect(await messageOf(() => readAnswerSource(ctx, questionnaire, { code }))).toBe(
      `answer code "${code}" has 1 problem (see \`llm-career questions --json\` for the ids):`,
    );
    expect(() => requireValidAnswers(questionnaire, { answers: raw }, "these answers")).toThrow(/^these answers has 1 problem/);
  });
});

describe("closestName: the did-you-mean inside answers", () => {
  const ids = questions.map((q) => q.id);

  it("finds a name one or two edits away, case aside", () => {
    expect(closestName("goall", ids)).toBe("goal");
    expect(closestName("GOAL", ids)).toBe("goal");
    expect(closestName("resarch", ["fast-job", "research"])).toBe("research");
  });

  it("finds nothing for a name far from every one", () => {
    expect(closestName("zzzzzz", ids)).toBeUndefined();
    expect(closestName("", ids)).toBeUndefined();
  });

  it("does not search names over 200 characters, however close", () => {
    const long = `${"a".repeat(201)}`;
    expect(closestName(long, [`${"a".repeat(200)}b`])).toBeUndefined();
    expect(closestName("a".repeat(200), [`${"a".repeat(199)}b`])).toBe(`${"a".repeat(199)}b`);
  });
});
