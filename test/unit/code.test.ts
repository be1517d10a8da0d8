// Answer codes: a short string that reproduces a result exactly. Round trips over random answers
// and every persona, the same recommendation from the code as from the answers, mistyped codes and
// codes of another questionnaire version rejected as usage errors, and a guard that the
// questionnaire's structure cannot change without its version changing.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { answersArb as answersArbOf, QUESTIONS } from "../helpers/arbitraries.js";
import { describe, expect, it } from "vitest";
import { advisor } from "../../src/advisor/advisor.js";
import { checkAnswers, type AnswerValue, type Answers } from "../../src/advisor/answers.js";
import { decodeAnswers, encodeAnswers } from "../../src/advisor/code.js";
import { recommend } from "../../src/advisor/recommend.js";
import { CliError } from "../../src/errors.js";
import questionnaireJson from "../../data/advisor/questionnaire.json";
import personasJson from "../../test/fixtures/personas.json";
import fingerprintsJson from "../fixtures/questionnaire-fingerprints.json";

const VERSION = questionnaireJson.version;
const Q = advisor.questionnaire;
const personas = personasJson as Array<{ id: string; answers: Record<string, AnswerValue> }>;

const answersArb = answersArbOf(3);

/** Answers as sorted entries, so two answer maps compare by content. */
const entries = (a: Answers) => [...a.entries()].sort(([x], [y]) => x.localeCompare(y));

function validated(raw: Record<string, AnswerValue>): Answers {
  const checked = checkAnswers(Q, { answers: raw });
  if (!checked.ok) throw new Error(`fixture answers are invalid: ${JSON.stringify(checked.problems)}`);
  return checked.answers;
}

/** The error decodeAnswers throws, or null if it accepted the code. */
function rejection(code: string): CliError | null {
  try {
    decodeAnswers(Q, code);
    return null;
  } catch (e) {
    if (e instanceof CliError) return e;
    throw new Error(`decodeAnswers threw a ${(e as Error)?.constructor?.name} instead of a CliError for "${code}": ${String(e)}`);
  }
}

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford's base 32, the alphabet codes are written in

describe("answer codes: round trip", () => {
  it("decode(encode(a)) gives back the same answers for random answer sets", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const code = encodeAnswers(Q, answers);
        expect(code.startsWith(`${VERSION}-`)).toBe(true);
        const decoded = decodeAnswers(Q, code);
        expect(entries(decoded)).toEqual(entries(answers));
        // Multi-choice answers come back sorted.
        for (const [, v] of decoded) if (Array.isArray(v)) expect(v).toEqual([...v].sort());
      }),
      { numRuns: 300 },
    );
  });

  it("different answers give different codes", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        fc.pre(JSON.stringify(entries(a)) !== JSON.stringify(entries(b)));
        expect(encodeAnswers(Q, a)).not.toBe(encodeAnswers(Q, b));
      }),
      { numRuns: 200 },
    );
  });

  it("the empty answer set and the full answer set round-trip too", () => {
    const full = new Map<string, AnswerValue>(
      QUESTIONS.map((q) => [q.id, q.kind === "scale" ? q.levels!.at(-1)!.value : q.kind === "single" ? q.options!.at(-1)!.id : q.options!.map((o) => o.id).sort()]),
    );
    const emptyMultis = new Map<string, AnswerValue>(QUESTIONS.filter((q) => q.kind === "multi").map((q) => [q.id, []]));
    for (const a of [new Map<string, AnswerValue>(), full, emptyMultis]) expect(entries(decodeAnswers(Q, encodeAnswers(Q, a)))).toEqual(entries(a));
  });

  it("every persona round-trips and gets the very same recommendation from its code", () => {
    expect(personas.length).toBeGreaterThan(0);
    for (const p of personas) {
      const answers = validated(p.answers);
      const direct = recommend(advisor, answers);
      const code = encodeAnswers(Q, answers);
      expect(direct.code, p.id).toBe(code);
      const decoded = decodeAnswers(Q, code);
      expect(entries(decoded), p.id).toEqual(entries(answers));
      expect(recommend(advisor, decoded), p.id).toEqual(direct);
    }
  });

  it("a code is read whatever its case and surrounding spaces", () => {
    const answers = validated(personas[0]!.answers);
    const code = encodeAnswers(Q, answers);
    expect(entries(decodeAnswers(Q, code.toUpperCase()))).toEqual(entries(answers));
    expect(entries(decodeAnswers(Q, `  ${code}\n`))).toEqual(entries(answers));
  });
});

describe("answer codes: rejected input", () => {
  it("catches at least 90% of single-character mistypes with a usage error that says 'mistyped'", () => {
    const codes = [
      ...personas.map((p) => encodeAnswers(Q, validated(p.answers))),
      ...fc.sample(answersArb.map((a) => encodeAnswers(Q, a)), { numRuns: 30, seed: 42 }),
    ];
    let edits = 0;
    let caught = 0;
    const missed: string[] = [];
    for (const code of codes) {
      const dash = code.indexOf("-");
      for (let i = dash + 1; i < code.length; i++) {
        for (const ch of ALPHABET) {
          if (ch === code[i]) continue;
          const typo = code.slice(0, i) + ch + code.slice(i + 1);
          edits++;
          const err = rejection(typo);
          if (err) {
            expect(err.exitCode, typo).toBe(2);
            expect(err.message, typo).toMatch(/mistyped/);
            caught++;
          } else if (missed.length < 5) missed.push(`${code} → ${typo}`);
        }
      }
    }
    const rate = caught / edits;
    console.info(`answer codes: ${caught} of ${edits} single-character edits caught (${(rate * 100).toFixed(1)}%); e.g. missed: ${missed.join(", ")}`);
    expect(edits).toBeGreaterThan(1000);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it("a changed check character is always caught", () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...ALPHABET), (answers, ch) => {
        const code = encodeAnswers(Q, answers);
        fc.pre(code.at(-1) !== ch);
        const err = rejection(code.slice(0, -1) + ch);
        expect(err?.exitCode).toBe(2);
        expect(err?.message).toMatch(/mistyped/);
      }),
      { numRuns: 100 },
    );
  });

  it("a code from another questionnaire version is refused, naming both versions", () => {
    const code = encodeAnswers(Q, validated(personas[0]!.answers));
    const body = code.slice(code.indexOf("-") + 1);
    for (const other of [VERSION + 1, 2 === VERSION ? 3 : 2, VERSION + 40]) {
      const err = rejection(`${other}-${body}`);
      expect(err, `${other}-${body}`).toBeInstanceOf(CliError);
      expect(err!.exitCode).toBe(2);
      expect(err!.message).toMatch(new RegExp(`\\b${other}\\b`));
      expect(err!.message).toMatch(new RegExp(`\\b${VERSION}\\b`));
      expect(err!.message).toMatch(/version/i);
    }
  });

  it("garbage is refused with a usage error", () => {
    const code = encodeAnswers(Q, validated(personas[0]!.answers));
    const garbage = [
      "",
      " ",
      "hello",
      `${VERSION}`,
      `${VERSION}-`,
      `${VERSION}-0`, // a check character and no payload
      `${VERSION}-!!!!`,
      `${VERSION}-abc_def`,
      `${VERSION}-uuuu`, // "u" is not in Crockford's alphabet
      `-${code}`,
      `${VERSION}--${code.slice(2)}`,
      `${code}${code}`,
      `${VERSION}-${"z".repeat(60)}`, // far longer than any answers can be
      `v${code}`,
      code.replace("-", "_"),
      `${code} extra`,
      "１-abc", // full-width digit
    ];
    for (const g of garbage) {
      const err = rejection(g);
      expect(err, JSON.stringify(g)).toBeInstanceOf(CliError);
      expect(err!.exitCode, JSON.stringify(g)).toBe(2);
    }
  });

  it("random strings that do not have a code's shape are refused", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        fc.pre(!/^\s*\d+-[0-9a-z]+\s*$/i.test(s));
        expect(rejection(s)?.exitCode).toBe(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe("questionnaire version guard", () => {
  // Answer codes store one digit per question, in questionnaire order, whose value is the index of
  // the option or level chosen (a bitmask over the options for multiple choice). A code is only
  // meaningful for the exact structure it was made with: adding, removing or reordering a
  // question, an option or a level silently turns old codes into different answers. The code
  // carries questionnaire.version so that such codes are refused instead; this test makes sure
  // the version is bumped whenever that structure changes. When you change it on purpose: bump
  // "version" in data/advisor/questionnaire.json and add the new fingerprint (printed in the
  // failure) to test/fixtures/questionnaire-fingerprints.json, keeping the old entries.
  const structure = QUESTIONS.map((q) => [q.id, q.kind, q.kind === "scale" ? q.levels!.map((l) => l.value) : q.options!.map((o) => o.id)]);
  const fingerprint = createHash("sha256").update(JSON.stringify(structure)).digest("hex");
  const known = fingerprintsJson as Record<string, string>;

  it("the questionnaire's structure matches the fingerprint recorded for its version", () => {
    expect(known[String(VERSION)], `no fingerprint recorded for questionnaire version ${VERSION}; add "${VERSION}": "${fingerprint}"`).toBeDefined();
    expect(fingerprint, `the questionnaire's structure changed but its version (${VERSION}) did not: bump it`).toBe(known[String(VERSION)]);
  });

  it("no two versions share a fingerprint, and every recorded version is at most the current one", () => {
    const values = Object.values(known);
    expect(new Set(values).size).toBe(values.length);
    for (const v of Object.keys(known)) expect(Number(v)).toBeLessThanOrEqual(VERSION);
  });

  it("the advisor embeds the same questionnaire as the data file", () => {
    expect(Q.version).toBe(VERSION);
    expect(Q.questions.map((q) => q.id)).toEqual(QUESTIONS.map((q) => q.id));
  });
});
