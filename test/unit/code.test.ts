// Answer codes: a short string that reproduces a result exactly. Round trips over random answers
// and every persona; the check symbol proven to catch every single-character substitution and every
// adjacent transposition (exhaustively, over real codes and over the check function itself); codes
// of older and newer versions refused by name; the decoded answers going through the same gate as
// an answers file; and a guard that neither the questionnaire's structure nor the way codes are
// written can change without the code's version changing.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { answersArb as answersArbOf, QUESTIONS, type RawQuestion } from "../helpers/arbitraries.js";
import { describe, expect, it } from "vitest";
import { advisor } from "../../src/advisor/advisor.js";
import { checkAnswers, type AnswerValue, type Answers } from "../../src/advisor/answers.js";
import { codeOfDigits, codeVersion, decodeAnswers, encodeAnswers, FORMAT_REVISION, syndrome } from "../../src/advisor/code.js";
import { parseAnswers } from "../../src/advisor/parse-answers.js";
import { recommend } from "../../src/advisor/recommend.js";
import { CliError, textIn } from "../../src/errors.js";
import questionnaireJson from "../../data/advisor/questionnaire.json";
import personasJson from "../../test/fixtures/personas.json";
import fingerprintsJson from "../fixtures/questionnaire-fingerprints.json";

const VERSION = questionnaireJson.version;
const Q = advisor.questionnaire;
const CODE_VERSION = VERSION + FORMAT_REVISION;
const personas = personasJson as Array<{ id: string; answers: Record<string, AnswerValue> }>;

const answersArb = answersArbOf(3);

/** Answers as sorted entries, so two answer maps compare by content. */
const entries = (a: Answers) => [...a.entries()].sort(([x], [y]) => x.localeCompare(y));

function validated(raw: Record<string, AnswerValue>): Answers {
  const checked = checkAnswers(Q, { answers: raw });
  if (!checked.ok) throw new Error(`fixture answers are invalid: ${JSON.stringify(checked.problems)}`);
  return checked.answers;
}

/** The CliError `f` throws, or null if it returned; anything else thrown fails the test. */
function errorOf(f: () => unknown, what: string): CliError | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof CliError) return e;
    throw new Error(`${what}: threw a ${(e as Error)?.constructor?.name} instead of a CliError: ${String(e)}`);
  }
}

/** The error decodeAnswers throws, or null if it accepted the code. */
const rejection = (code: string) => errorOf(() => decodeAnswers(Q, code), JSON.stringify(code));

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford's base 32, the alphabet codes are written in
/** How a code reader reads one character: case folded, i and l as 1, o as 0. */
const normalised = (ch: string) => ({ i: "1", l: "1", o: "0" })[ch.toLowerCase()] ?? ch.toLowerCase();

const fullAnswers = new Map<string, AnswerValue>(
  QUESTIONS.map((q) => [
    q.id,
    q.kind === "scale" ? q.levels!.at(-1)!.value : q.kind === "single" ? q.options!.at(-1)!.id : q.options!.filter((o) => !o.exclusive).map((o) => o.id).sort(),
  ]),
);

/** Real codes: every persona's, 30 random answer sets', no answers' and all answers'. */
const realCodes = [
  ...personas.map((p) => encodeAnswers(Q, validated(p.answers))),
  ...fc.sample(answersArb.map((a) => encodeAnswers(Q, a)), { numRuns: 30, seed: 42 }),
  encodeAnswers(Q, new Map()),
  encodeAnswers(Q, fullAnswers),
];

describe("answer codes: round trip", () => {
  it("decode(encode(a)) gives back the same answers for random answer sets", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const code = encodeAnswers(Q, answers);
        expect(code.startsWith(`${CODE_VERSION}-`)).toBe(true);
        expect(code.slice(code.indexOf("-") + 1)).toMatch(/^[0-9abcdefghjkmnpqrstvwxyz]+$/);
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

  it("the empty answer set, the full answer set and every exclusive option alone round-trip too", () => {
    const emptyMultis = new Map<string, AnswerValue>(QUESTIONS.filter((q) => q.kind === "multi").map((q) => [q.id, []]));
    const alone = QUESTIONS.flatMap((q) => (q.options ?? []).filter((o) => o.exclusive).map((o) => new Map<string, AnswerValue>([[q.id, [o.id]]])));
    expect(alone.length).toBeGreaterThan(0);
    for (const a of [new Map<string, AnswerValue>(), fullAnswers, emptyMultis, ...alone]) {
      expect(entries(decodeAnswers(Q, encodeAnswers(Q, a)))).toEqual(entries(a));
    }
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

  it("a code is read whatever its case, surrounding spaces and look-alikes (I, L for 1; O for 0)", () => {
    const answers = validated(personas[0]!.answers);
    const code = encodeAnswers(Q, answers);
    expect(entries(decodeAnswers(Q, code.toUpperCase()))).toEqual(entries(answers));
    expect(entries(decodeAnswers(Q, `  ${code}\n`))).toEqual(entries(answers));
    let withLookAlikes = 0;
    for (const c of realCodes) {
      const body = c.slice(c.indexOf("-") + 1);
      if (!/[01]/.test(body)) continue;
      withLookAlikes++;
      const retyped = `${c.slice(0, c.indexOf("-") + 1)}${body.replace(/1/g, (_, i: number) => (i % 2 ? "l" : "I")).replace(/0/g, (_, i: number) => (i % 2 ? "o" : "O"))}`;
      expect(entries(decodeAnswers(Q, retyped)), retyped).toEqual(entries(decodeAnswers(Q, c)));
    }
    expect(withLookAlikes).toBeGreaterThan(5);
  });

  it("refuses to write a value the question does not have, instead of writing it as unanswered", () => {
    const single = QUESTIONS.find((q) => q.kind === "single")!;
    const multi = QUESTIONS.find((q) => q.kind === "multi")!;
    const scale = QUESTIONS.find((q) => q.kind === "scale")!;
    for (const [id, value] of [
      [single.id, "no-such-option"],
      [multi.id, [multi.options![0]!.id, "no-such-option"]],
      [multi.id, "not-an-array"],
      [scale.id, 99],
    ] as Array<[string, AnswerValue]>) {
      expect(() => encodeAnswers(Q, new Map([[id, value]])), `${id}=${JSON.stringify(value)}`).toThrow(/cannot write/);
    }
  });
});

describe("answer codes: the check symbol catches every single substitution and adjacent transposition", () => {
  // Every character a person could type in place of another: the code alphabet, the letters it
  // leaves out (i, l, o read as 1, 1, 0; u is never used), upper case, and the dash.
  const TYPABLE = [...new Set([..."0123456789abcdefghijklmnopqrstuvwxyz-", ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"])];

  it("has real codes of the current version to test with", () => {
    expect(realCodes.length).toBeGreaterThanOrEqual(40);
    for (const c of realCodes) expect(c.startsWith(`${CODE_VERSION}-`)).toBe(true);
  });

  // Failures are collected rather than asserted one by one: tens of thousands of expect() calls
  // would take seconds.
  it("every position × every other character of every real code: refused, or read as the same code", () => {
    const failures: string[] = [];
    let refused = 0;
    let same = 0;
    let edits = 0;
    for (const code of realCodes) {
      const dash = code.indexOf("-");
      const original = JSON.stringify(entries(decodeAnswers(Q, code)));
      for (let i = 0; i < code.length; i++) {
        for (const ch of TYPABLE) {
          if (ch === code[i]) continue;
          edits++;
          const typo = code.slice(0, i) + ch + code.slice(i + 1);
          if (normalised(ch) === normalised(code[i]!)) {
            // The same symbol (another case, a look-alike): the same code, not an error.
            const err = rejection(typo);
            if (err || JSON.stringify(entries(decodeAnswers(Q, typo))) !== original) failures.push(`${code} → ${typo}: not read as the same code`);
            else same++;
            continue;
          }
          const err = rejection(typo);
          if (!err) failures.push(`${code} → ${typo}: accepted`);
          else if (err.exitCode !== 2) failures.push(`${code} → ${typo}: exit ${err.exitCode}`);
          // In the body, a typed symbol is a mistype; in the prefix, another version or no code.
          else if (i > dash && ch !== "-" && !/mistyped/.test(err.message)) failures.push(`${code} → ${typo}: ${err.message}`);
          else refused++;
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(refused + same).toBe(edits);
    expect(edits).toBe(realCodes.reduce((n, c) => n + c.length * (TYPABLE.length - 1), 0));
    expect(same).toBeGreaterThan(0);
  });

  it("every adjacent transposition of every real code is refused", () => {
    const failures: string[] = [];
    let swaps = 0;
    for (const code of realCodes) {
      const dash = code.indexOf("-");
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        swaps++;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        const err = rejection(swapped);
        if (!err) failures.push(`${code} → ${swapped}: accepted`);
        else if (err.exitCode !== 2) failures.push(`${code} → ${swapped}: exit ${err.exitCode}`);
        else if (i > dash && !/mistyped/.test(err.message)) failures.push(`${code} → ${swapped}: ${err.message}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(swaps).toBeGreaterThan(realCodes.length * 10);
  });

  // The same, for every code of any length up to N rather than for the real ones: the syndrome is
  // GF(2)-linear (it XORs the symbols' weighted values), so a change's effect on it depends only on
  // what changed, and a leading 0 adds nothing; checking every change against an all-zero sequence
  // of length N therefore checks it against every sequence of length up to N.
  const N = 40; // longer than any code (about 16 symbols) and than α's period (31)
  const zeros = () => new Array<number>(N).fill(0);

  it("the syndrome is linear: s(x ⊕ y) = s(x) ⊕ s(y)", () => {
    const seq = fc.array(fc.integer({ min: 0, max: 31 }), { minLength: N, maxLength: N });
    fc.assert(
      fc.property(seq, seq, (x, y) => {
        expect(syndrome(x.map((v, i) => v ^ y[i]!))).toBe(syndrome(x) ^ syndrome(y));
      }),
      { numRuns: 200 },
    );
  });

  it("exhaustively: any substitution at any position of a sequence of length ≤ 40 changes the syndrome", () => {
    for (let k = 0; k < N; k++) {
      for (let a = 0; a < 32; a++) {
        const x = zeros();
        x[k] = a;
        const sa = syndrome(x);
        for (let b = a + 1; b < 32; b++) {
          x[k] = b;
          if (syndrome(x) === sa) throw new Error(`position ${k}: ${a} → ${b} is not caught`);
        }
      }
    }
  });

  it("exhaustively: any adjacent transposition of different symbols changes the syndrome", () => {
    for (let k = 0; k + 1 < N; k++) {
      for (let a = 0; a < 32; a++) {
        for (let b = a + 1; b < 32; b++) {
          const x = zeros();
          const y = zeros();
          [x[k], x[k + 1], y[k], y[k + 1]] = [a, b, b, a];
          if (syndrome(x) === syndrome(y)) throw new Error(`positions ${k}, ${k + 1}: swapping ${a} and ${b} is not caught`);
        }
      }
    }
  });

  it("a 0 inserted after the dash is refused (codes have no leading zeros)", () => {
    for (const code of realCodes.slice(0, 10)) {
      const dash = code.indexOf("-");
      expect(rejection(`${code.slice(0, dash + 1)}0${code.slice(dash + 1)}`)?.message).toMatch(/mistyped/);
    }
  });
});

describe("answer codes: older and newer versions are refused by name", () => {
  /** The first format's check character: a position-weighted sum modulo 32. */
  const oldCheck = (payload: string) => ALPHABET[[...payload].reduce((s, ch, i) => s + (i + 1) * ALPHABET.indexOf(ch), 0) % 32]!;
  const payloadOf = (code: string) => code.slice(code.indexOf("-") + 1, -1);
  /** Codes written by the first format (version 1): the README's, issue 9's, and every persona's. */
  const oldCodes = ["1-3kr5qvng0ssr9f", "1-ma18b", "1-2krhwawz16t7e5", ...realCodes.map((c) => `1-${payloadOf(c)}${oldCheck(payloadOf(c))}`)];

  it("a code of the first format (version 1) says it is from an older version and cannot be read, not that it is mistyped", () => {
    for (const old of oldCodes) {
      const err = rejection(old);
      expect(err, old).toBeInstanceOf(CliError);
      expect(err!.exitCode).toBe(2);
      expect(err!.message, old).toMatch(/older version/);
      expect(err!.message, old).toMatch(/cannot be read/);
      expect(err!.message, old).not.toMatch(/mistyped/);
      expect(err!.message, old).toMatch(new RegExp(`\\bversion 1\\b`));
      expect(err!.message, old).toMatch(new RegExp(`\\bversion ${CODE_VERSION}\\b`));
    }
  });

  it("every prefix below the current one is an older version, every one above it a newer one, naming both", () => {
    const body = realCodes[0]!.slice(realCodes[0]!.indexOf("-") + 1);
    for (let other = 1; other <= CODE_VERSION + 40; other++) {
      if (other === CODE_VERSION) continue;
      const err = rejection(`${other}-${body}`);
      expect(err, `${other}-${body}`).toBeInstanceOf(CliError);
      expect(err!.exitCode).toBe(2);
      expect(err!.message).toMatch(other < CODE_VERSION ? /older version/ : /newer version/);
      expect(err!.message).toMatch(new RegExp(`code version ${other}\\b`));
      expect(err!.message).toMatch(new RegExp(`reads version ${CODE_VERSION}\\b`));
    }
  });

  it("a prefix that no llm-career writes is not echoed as a number", () => {
    for (const code of ["99999999999999999999-abc", "1234567-abc", "0-abc", "02-abc", `0${realCodes[0]}`]) {
      const err = rejection(code);
      expect(err?.exitCode, code).toBe(2);
      expect(err!.message, code).toMatch(/does not start with a version number/);
      expect(err!.message, code).not.toMatch(/1e\+?\d|100000000000000000000|code version/);
    }
  });
});

describe("answer codes: rejected input", () => {
  it("garbage is refused with a usage error", () => {
    const code = realCodes[0]!;
    const garbage = [
      "",
      " ",
      "hello",
      `${CODE_VERSION}`,
      `${CODE_VERSION}-`,
      `${CODE_VERSION}-0`, // a check character and no payload
      `${CODE_VERSION}-!!!!`,
      `${CODE_VERSION}-abc_def`,
      `${CODE_VERSION}-uuuu`, // "u" is not in Crockford's alphabet
      `-${code}`,
      `${CODE_VERSION}--${code.slice(2)}`,
      `${code}${code}`,
      `${CODE_VERSION}-${"z".repeat(60)}`, // far longer than any answers can be
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

  it("echoes what it was given escaped and cut short: no control character reaches the terminal", () => {
    const hostile = [
      `${CODE_VERSION}-\u001b[2J\u001b]8;;https://x\u0007abc`,
      `\u001b[31m${realCodes[0]}`,
      `${CODE_VERSION}-ab\ncd`,
      `${CODE_VERSION}-\u202eabc`,
      `${CODE_VERSION}-${"q".repeat(5000)}`,
      "x".repeat(100_000),
    ];
    for (const h of hostile) {
      const err = rejection(h);
      expect(err?.exitCode, JSON.stringify(h.slice(0, 40))).toBe(2);
      const text = [err!.message, ...err!.details.map((d) => textIn("en", d))].join("\n");
      expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(err!.message.length).toBeLessThan(300);
    }
    expect(rejection(hostile[0]!)!.message).toContain("\\u001b[2J");
    expect(rejection(hostile[2]!)!.message).toContain("ab\\ncd");
    expect(rejection(hostile[4]!)!.message).toContain("…");
  });
});

describe("answer codes go through the same gate as answers files", () => {
  /**
   * A code's digit per question, computed here from the documented layout rather than by the
   * encoder: 0 unanswered; i + 1 for option or level i; 1 + bitmask for multiple choice.
   */
  const radixOf = (q: RawQuestion) => (q.kind === "multi" ? 2 ** q.options!.length + 1 : (q.kind === "scale" ? q.levels! : q.options!).length + 1);
  function rawOf(digits: readonly number[]): Record<string, AnswerValue> {
    const raw: Record<string, AnswerValue> = {};
    QUESTIONS.forEach((q, i) => {
      const d = digits[i]!;
      if (d === 0) return;
      if (q.kind === "scale") raw[q.id] = q.levels![d - 1]!.value;
      else if (q.kind === "single") raw[q.id] = q.options![d - 1]!.id;
      // In the questionnaire's option order, not sorted: the gate sorts, for files and codes alike.
      else raw[q.id] = q.options!.filter((_, bit) => ((d - 1) >> bit) & 1).map((o) => o.id);
    });
    return raw;
  }
  const codeOf = (digits: readonly number[]) => codeOfDigits(Q, digits.map(BigInt));

  type Outcome = { answers: Array<[string, AnswerValue]> } | { exitCode: number; problems: readonly string[] };

  /** Either the answers or the problems, from the file path and from the code path. */
  function outcomes(digits: readonly number[]): Outcome[] {
    const raw = rawOf(digits);
    const file = { what: "answers file", run: () => parseAnswers(Q, JSON.stringify({ answers: raw }), 'answers file "x.json"') };
    const code = { what: "code", run: () => decodeAnswers(Q, codeOf(digits)) };
    return [file, code].map(({ what, run }) => {
      let answers: Answers | undefined;
      const err = errorOf(() => (answers = run()), what);
      return err ? { exitCode: err.exitCode, problems: err.details.map((d) => textIn("en", d)) } : { answers: entries(answers!) };
    });
  }

  /** Digits that tick an exclusive option together with others about half the time. */
  const digitsArb = fc.tuple(
    ...QUESTIONS.map((q) => {
      const any = fc.integer({ min: 0, max: radixOf(q) - 1 });
      const alone = q.options?.findIndex((o) => o.exclusive) ?? -1;
      if (q.kind !== "multi" || alone < 0) return any;
      const withOthers = fc.integer({ min: 1, max: 2 ** q.options!.length - 1 }).map((mask) => 1 + (mask | (1 << alone)));
      // Digits that do not tick the exclusive option together with others: with four such
      // questions, mostly valid sets so that both verdicts are well represented.
      const notWithOthers = any.filter((d) => d === 0 || (((d - 1) >> alone) & 1) === 0 || d - 1 === 1 << alone);
      return fc.oneof({ arbitrary: notWithOthers, weight: 2 }, { arbitrary: withOthers, weight: 1 });
    }),
  );

  it("the code path refuses exactly the raw answers the file path refuses, with the same problems", () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(digitsArb, (digits) => {
        const [file, code] = outcomes(digits);
        expect(code).toEqual(file);
        if ("problems" in file!) {
          expect(file.exitCode).toBe(2);
          expect(file.problems.length).toBeGreaterThan(0);
          refused++;
        } else accepted++;
      }),
      { numRuns: 300, seed: 9 },
    );
    expect(refused).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThan(10);
  });

  it('refuses "none" ticked with each other option, from a code as from a file (issue 9\'s 1-ma18b)', () => {
    const exclusiveQuestions = QUESTIONS.filter((q) => q.options?.some((o) => o.exclusive));
    expect(exclusiveQuestions.length).toBeGreaterThan(0);
    for (const q of exclusiveQuestions) {
      const none = q.options!.findIndex((o) => o.exclusive);
      for (let other = 0; other < q.options!.length; other++) {
        if (other === none) continue;
        const digits = QUESTIONS.map((x) => (x === q ? 1 + ((1 << none) | (1 << other)) : 0));
        const [file, code] = outcomes(digits);
        expect(code, `${q.id}: ${q.options![other]!.id} + ${q.options![none]!.id}`).toEqual(file);
        expect(code).toEqual({ exitCode: 2, problems: [expect.stringMatching(new RegExp(`^answers\\.${q.id}: "${q.options![none]!.id}" means none`))] });
      }
    }
    // The very answers of issue 9, in this version's code.
    const systems = QUESTIONS.findIndex((q) => q.id === "systems-skills");
    const opts = QUESTIONS[systems]!.options!.map((o) => o.id);
    const digits = QUESTIONS.map((_, i) => (i === systems ? 1 + ((1 << opts.indexOf("c-cpp")) | (1 << opts.indexOf("none"))) : 0));
    const err = rejection(codeOf(digits));
    expect(err?.exitCode).toBe(2);
    expect(err!.message).toMatch(/^answer code "\d+-[0-9a-z]+" has 1 problem/);
    expect(err!.details.map((d) => textIn("en", d))).toEqual([`answers.systems-skills: "none" means none of the others and cannot be combined with them`]);
  });

  it("the digits computed here are the encoder's: valid answers give the same code both ways", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const digits = QUESTIONS.map((q) => {
          const v = answers.get(q.id);
          if (v === undefined) return 0;
          if (q.kind === "scale") return q.levels!.findIndex((l) => l.value === v) + 1;
          if (q.kind === "single") return q.options!.findIndex((o) => o.id === v) + 1;
          return 1 + q.options!.reduce((m, o, i) => ((v as string[]).includes(o.id) ? m | (1 << i) : m), 0);
        });
        expect(codeOf(digits)).toBe(encodeAnswers(Q, answers));
      }),
      { numRuns: 100 },
    );
  });
});

describe("questionnaire and code version guard", () => {
  // Answer codes store one digit per question, in questionnaire order, whose value is the index of
  // the option or level chosen (a bitmask over the options for multiple choice). A code is only
  // meaningful for the exact structure it was made with: adding, removing or reordering a
  // question, an option or a level silently turns old codes into different answers. The code
  // carries questionnaire.version (plus FORMAT_REVISION) so that such codes are refused instead;
  // this test makes sure the version is bumped whenever that structure changes. When you change it
  // on purpose: bump "version" in data/advisor/questionnaire.json and add the new fingerprint
  // (printed in the failure) to test/fixtures/questionnaire-fingerprints.json, keeping the old
  // entries.
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

  it("codes carry the questionnaire version plus the format revision, above the first format's 1", () => {
    expect(codeVersion(Q)).toBe(VERSION + FORMAT_REVISION);
    expect(FORMAT_REVISION).toBeGreaterThanOrEqual(1);
    expect(codeVersion({ ...Q, version: VERSION + 1 })).toBe(CODE_VERSION + 1);
  });

  // Codes written today, recorded. If one changes, codes already handed out would read as other
  // answers or as mistyped: bump FORMAT_REVISION in src/advisor/code.ts (or the questionnaire's
  // version, if its structure changed), then record the new codes here and in the READMEs.
  it("writes the very codes it wrote when this format was made", () => {
    const readmeAnswers = decodeAnswers(Q, "3-qwk8nfwfphrqfehnz");
    expect(Object.fromEntries(readmeAnswers)).toEqual({
      background: "backend-fullstack",
      interests: ["users-praise"],
      "systems-skills": ["distributed-services"],
      tools: ["frontend", "llm-api", "web-backend"],
      education: "bachelor",
      "paper-habit": 1,
      math: 2,
      scale: "medium",
      goal: "fast-job",
      barrier: 2,
      performance: 3,
      "data-care": 3,
      "product-sense": 3,
      adversarial: 2,
      regulation: 1,
      "learning-speed": 4,
    });
    const firsts = new Map<string, AnswerValue>(
      QUESTIONS.map((q) => [q.id, q.kind === "scale" ? q.levels![0]!.value : q.kind === "single" ? q.options![0]!.id : [q.options![0]!.id]]),
    );
    const nones = new Map<string, AnswerValue>(QUESTIONS.filter((q) => q.options?.some((o) => o.exclusive)).map((q) => [q.id, ["none"]]));
    const golden = Object.fromEntries(
      Object.entries({ readme: readmeAnswers, empty: new Map(), full: fullAnswers, firsts, nones }).map(([id, a]) => [id, encodeAnswers(Q, a)]),
    );
    expect(golden).toEqual({
      readme: "3-qwk8nfwfphrqfehnz",
      empty: "3-0c",
      full: "3-11t8t5b6p2wpgbz9qx",
      firsts: "3-6rehxef6fkgqcn6ak",
      nones: "3-839pcsa5rr7",
    });
    // The codes this test recorded for questionnaire version 1 (code version 2) are refused by
    // name, as from an older version, not read as other answers or as mistyped.
    for (const old of ["2-3kr5qvng0ssr9y", "2-08", "2-53v5hxv6knpzzm", "2-10rm9zhzq13kn2", "2-18ed818q"]) {
      const err = rejection(old);
      expect(err?.exitCode, old).toBe(2);
      expect(err!.message, old).toMatch(/older version/);
      expect(err!.message, old).toMatch(/code version 2\b/);
      expect(err!.message, old).not.toMatch(/mistyped/);
    }
  });

  it("every answer code of this version in the READMEs is read, and every older one is refused as older", () => {
    for (const file of ["README.md", "README.zh-CN.md"]) {
      const text = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
      const codes = [...text.matchAll(/(?<![\w-])(\d+-[0-9a-z]{6,})(?![\w-])/g)].map((m) => m[1]!);
      expect(codes.filter((c) => c.startsWith(`${CODE_VERSION}-`)).length, file).toBeGreaterThan(0);
      for (const c of codes) {
        if (c.startsWith(`${CODE_VERSION}-`)) expect(rejection(c), `${file}: ${c}`).toBeNull();
        else expect(rejection(c)?.message, `${file}: ${c}`).toMatch(/older version/);
      }
    }
  });
});
