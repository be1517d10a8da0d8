// `llm-career schema answers` is generated from the questionnaire: an editor holding an answers
// file against it accepts what `recommend --answers` accepts and refuses what it refuses. No JSON
// Schema validator is installed, so the small evaluator below checks documents against the printed
// schema; it knows only the keywords it implements and fails on any other, so it cannot pass a
// schema it does not understand. The oracle is the answers gate (src/advisor/answers.ts), plain
// code written apart from the schema, and the questionnaire's raw data.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAnswers } from "../../src/advisor/answers.js";
import { advisorData } from "../../src/advisor/data.js";
import { REPO } from "../helpers/run-cli.js";
import { runInProcess as run } from "../helpers/run-in-process.js";
import { QUESTIONS, answersArb, valueArb } from "../helpers/arbitraries.js";

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(["$schema", "title", "description"]);

const typeOf = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? (Number.isInteger(v) ? "integer" : "number") : typeof v;

/** Whether `doc` is valid against `schema`: the JSON Schema 2020-12 keywords the answers schema uses. */
function valid(schema: Schema, doc: unknown): boolean {
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const a = arg as never;
    const ok = ((): boolean => {
      switch (keyword) {
        case "type": {
          const t = typeOf(doc);
          return t === a || (a === "number" && t === "integer");
        }
        case "enum":
          return (a as unknown[]).some((x) => x === doc);
        case "const":
          return doc === a;
        case "properties":
          return typeOf(doc) !== "object" || Object.entries(a as Record<string, Schema>).every(([k, s]) => !Object.hasOwn(doc as object, k) || valid(s, (doc as Record<string, unknown>)[k]));
        case "required":
          return typeOf(doc) !== "object" || (a as string[]).every((k) => Object.hasOwn(doc as object, k));
        case "additionalProperties": {
          if (typeOf(doc) !== "object") return true;
          const known = Object.keys((schema.properties as object | undefined) ?? {});
          const extra = Object.keys(doc as object).filter((k) => !known.includes(k));
          return a === false ? extra.length === 0 : extra.every((k) => valid(a as Schema, (doc as Record<string, unknown>)[k]));
        }
        case "items":
          return !Array.isArray(doc) || doc.every((x) => valid(a as Schema, x));
        case "uniqueItems":
          return !Array.isArray(doc) || !a || new Set(doc.map((x) => JSON.stringify(x))).size === doc.length;
        case "minItems":
          return !Array.isArray(doc) || doc.length >= a;
        case "maxItems":
          return !Array.isArray(doc) || doc.length <= a;
        case "minimum":
          return typeof doc !== "number" || doc >= a;
        case "maximum":
          return typeof doc !== "number" || doc <= a;
        case "anyOf":
          return (a as Schema[]).some((s) => valid(s, doc));
        case "oneOf":
          return (a as Schema[]).filter((s) => valid(s, doc)).length === 1;
        default:
          throw new Error(`the test's evaluator does not know the keyword "${keyword}"`);
      }
    })();
    if (!ok) return false;
  }
  return true;
}

let schema: Schema;
beforeAll(async () => {
  const r = await run(["schema", "answers"]);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe("");
  schema = JSON.parse(r.stdout) as Schema;
});

const gateAccepts = (doc: unknown) => checkAnswers(advisorData.questionnaire, doc).ok;

const personas = JSON.parse(fs.readFileSync(path.join(REPO, "test/fixtures/personas.json"), "utf8")) as Array<{ id: string; answers: unknown }>;
const badDir = path.join(REPO, "test/fixtures/bad");
const cases = JSON.parse(fs.readFileSync(path.join(badDir, "cases.json"), "utf8")) as Array<{ file: string; expect: string | null }>;
/** The bad fixtures that are JSON (a validator sees only the parsed document). */
const parsedFixtures = fs
  .readdirSync(badDir)
  .filter((f) => f.endsWith(".json") && f !== "cases.json")
  .flatMap((file) => {
    try {
      return [{ file, doc: JSON.parse(fs.readFileSync(path.join(badDir, file), "utf8").replace(/^\uFEFF/, "")) as unknown }];
    } catch {
      return [];
    }
  });

describe("schema answers: the shape", () => {
  it("is a draft 2020-12 schema of {answers: {...}} that allows nothing else", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["answers"]);
    const answers = (schema.properties as Record<string, Schema>).answers!;
    expect(answers.type).toBe("object");
    expect(answers.additionalProperties).toBe(false);
  });

  it("names every question id of the questionnaire as a property, and no other", () => {
    const answers = (schema.properties as Record<string, Schema>).answers!;
    expect(Object.keys(answers.properties as object).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
  });

  it("describes each question with its prompt in both languages", () => {
    const props = (schema.properties as Record<string, Schema>).answers!.properties as Record<string, Schema>;
    for (const q of advisorData.questionnaire.questions) {
      expect(props[q.id]!.description, q.id).toContain(q.prompt.en);
      expect(props[q.id]!.description, q.id).toContain(q.prompt.zh);
    }
  });

  it("says a scale is an integer in its range, and an exclusive option stands alone (oneOf)", () => {
    const props = (schema.properties as Record<string, Schema>).answers!.properties as Record<string, Schema>;
    for (const q of QUESTIONS) {
      const p = props[q.id]!;
      if (q.kind === "scale") expect(p, q.id).toMatchObject({ type: "integer", minimum: 1, maximum: 5 });
      if (q.kind === "single") expect(p.enum, q.id).toEqual(q.options!.map((o) => o.id));
      if (q.kind === "multi" && q.options!.some((o) => o.exclusive)) expect(Array.isArray(p.oneOf), q.id).toBe(true);
    }
  });
});

describe("schema answers: what it accepts and refuses", () => {
  it("accepts every persona's answers, as the gate does", () => {
    expect(personas.length).toBeGreaterThan(10);
    for (const p of personas) {
      const doc = { answers: p.answers };
      expect(gateAccepts(doc), p.id).toBe(true);
      expect(valid(schema, doc), p.id).toBe(true);
    }
  });

  it("accepts a file with its own $schema key", () => {
    expect(valid(schema, { $schema: "./answers.schema.json", answers: { goal: "research" } })).toBe(true);
    expect(valid(schema, { answers: {} })).toBe(true);
  });

  it("refuses every bad fixture the gate refuses, except a repeated key (gone once parsed)", () => {
    const refused = cases.filter((c) => c.expect !== null).map((c) => c.file);
    const checked = parsedFixtures.filter(({ file }) => refused.includes(file) && !/duplicate-(top-)?keys/.test(file));
    expect(checked.map((c) => c.file).sort()).toEqual(
      expect.arrayContaining(["unknown-option.json", "unknown-question.json", "out-of-range.json", "wrong-types.json", "duplicate-in-multi.json", "proto-key.json", "proto-top-key.json"]),
    );
    for (const { file, doc } of checked) {
      expect(gateAccepts(doc), file).toBe(false);
      expect(valid(schema, doc), file).toBe(false);
    }
    for (const { file, doc } of parsedFixtures.filter(({ file }) => cases.find((c) => c.file === file)?.expect === null)) {
      expect(valid(schema, doc), file).toBe(true);
    }
  });

  it("refuses an exclusive option combined with another, an unknown option, a repeat, a scale out of range", () => {
    const bad = [
      { interests: ["none", "bug-hunting"] },
      { research: ["published", "none"] },
      { research: ["none", "none"] },
      { tools: ["pytorch", "pytorch"] },
      { interests: ["knitting"] },
      { goal: "get-rich" },
      { goal: ["research"] },
      { math: 0 },
      { math: 6 },
      { math: 2.5 },
      { math: "3" },
      { education: null },
      { "favourite-colour": "blue" },
    ];
    for (const answers of bad) {
      expect(gateAccepts({ answers }), JSON.stringify(answers)).toBe(false);
      expect(valid(schema, { answers }), JSON.stringify(answers)).toBe(false);
    }
    for (const answers of [{ interests: ["none"] }, { interests: [] }, { interests: ["bug-hunting", "tidy-data"] }, { math: 1 }, { math: 5 }]) {
      expect(valid(schema, { answers }), JSON.stringify(answers)).toBe(true);
    }
  });

  it("agrees with the gate on random answers, valid and broken", () => {
    const ids = QUESTIONS.map((q) => q.id);
    const noise = fc.oneof(fc.constantFrom("none", "pytorch", "research", "x", "", 0, 3, 6, 2.5, null, true), fc.string({ maxLength: 8 }), fc.integer({ min: -2, max: 8 }));
    const value = fc.oneof(
      fc.constantFrom(...QUESTIONS).chain((q) => valueArb(q)),
      noise,
      fc.array(fc.oneof(noise, fc.constantFrom("none", "published", "bug-hunting", "tidy-data", "pytorch", "sql")), { maxLength: 4 }),
    );
    const doc = fc.oneof(
      answersArb(3).map((a) => ({ answers: Object.fromEntries(a) })),
      fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 6 })), value, { maxKeys: 5 }).map((answers) => ({ answers })),
      fc.record({ answers: fc.constant({}), extra: fc.constant(1) }),
    );
    fc.assert(
      fc.property(doc, (d) => {
        expect(valid(schema, d), JSON.stringify(d)).toBe(gateAccepts(d));
      }),
      { numRuns: 2000 },
    );
  });
});
