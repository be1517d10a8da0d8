// Property tests for `gap`: the smallest change and the gap report, checked against the fit model
// itself (through recommend() and collectEvidence()) over random answer sets built from the
// questionnaire's data. Nothing here knows a particular question, option or direction.
import fc from "fast-check";
import { answersArb as answersArbOf, QUESTIONS } from "../helpers/arbitraries.js";
import { describe, expect, it } from "vitest";
import { advisor } from "../../src/advisor/advisor.js";
import type { AnswerValue, Answers } from "../../src/advisor/answers.js";
import { applyChanges, gapReport, smallestChange, type AnswerChange } from "../../src/advisor/gap.js";
import { recommend } from "../../src/advisor/recommend.js";
import { collectEvidence } from "../../src/advisor/score.js";
import type { Question } from "../../src/advisor/schema.js";
import type { DirectionId } from "../../src/catalog/schema.js";
import traitsJson from "../../data/advisor/traits.json";
import fitModelJson from "../../data/advisor/fit-model.json";
import plansJson from "../../data/advisor/plans.json";

// The data straight from the JSON files (not through the advisor), so the test reads the same
// facts independently.
const ABILITIES = (traitsJson as Array<{ id: string; kind: string }>).filter((t) => t.kind === "ability").map((t) => t.id);
const EFFORT = plansJson.effort.weeks as Record<string, number[]>;
const CRITERIA = fitModelJson.directions as Record<string, { criteria: Array<{ trait: string }> }>;
const DIRECTIONS = Object.keys(CRITERIA) as DirectionId[];
/** Questions whose answer is an ability (skills, tools, knowledge, habits): the only ones advice may change. */
const LEARNABLE = new Set(QUESTIONS.filter((q) => q.measures === "ability").map((q) => q.id));
const MET = 0.5;

const answersArb = answersArbOf(4);

const targetArb = fc.constantFrom(...DIRECTIONS);

const first = (answers: Answers) => recommend(advisor, answers).ranking[0]!.direction;
const scoreOf = (answers: Answers, d: DirectionId) => recommend(advisor, answers).ranking.find((r) => r.direction === d)!.score;
const abilityEvidence = (answers: Answers) => {
  const ev = collectEvidence(advisor.questionnaire, answers);
  return new Map(ABILITIES.map((t) => [t, ev.get(t)?.value ?? 0]));
};

/** Every single change to one answer (our own enumeration from the questionnaire's data). */
function singleChanges(answers: Answers): AnswerChange[] {
  const out: AnswerChange[] = [];
  for (const q of advisor.questionnaire.questions as Question[]) {
    if (!LEARNABLE.has(q.id)) continue;
    const cur = answers.get(q.id);
    const from = cur ?? null;
    if (q.kind === "multi") {
      const have = Array.isArray(cur) ? cur : [];
      for (const o of q.options) if (!have.includes(o.id)) out.push({ question: q.id, from, to: [...have, o.id].sort(), choice: o.id, drop: [] });
    } else if (q.kind === "single") {
      for (const o of q.options) if (o.id !== cur) out.push({ question: q.id, from, to: o.id, choice: o.id, drop: [] });
    } else {
      for (const l of q.levels) if (l.value !== cur) out.push({ question: q.id, from, to: l.value, choice: String(l.value), drop: [] });
    }
  }
  return out;
}

/** No ability trait has less evidence after than before. */
function keepsAbilities(before: Answers, after: Answers): boolean {
  const a = abilityEvidence(before);
  const b = abilityEvidence(after);
  return ABILITIES.every((t) => b.get(t)! >= a.get(t)! - 1e-12);
}

const RUNS = 120;

/**
 * Answer sets that random search once found (about one in 3,000) where a pair of changes was
 * reported as minimal although a single change already made the target first (then, of the goal,
 * which advice no longer changes). Kept as explicit examples so that the property checks them.
 */
const KNOWN: Array<[Answers, DirectionId]> = [
  [
    new Map<string, AnswerValue>(
      Object.entries({
        background: "compliance-legal",
        interests: ["squeeze-hardware"],
        "systems-skills": ["c-cpp", "cuda", "distributed-services", "embedded-firmware", "linux-kernel", "rdma"],
        tools: ["frontend", "llm-frameworks", "web-backend"],
        education: "phd",
        "paper-habit": 4,
        math: 5,
        goal: "deep-moat",
        "data-care": 5,
        "product-sense": 3,
        adversarial: 1,
        regulation: 5,
        "learning-speed": 4,
      }),
    ),
    "inference",
  ],
  [
    new Map<string, AnswerValue>(
      Object.entries({
        background: "performance-engineer",
        interests: ["derive-formulas", "tidy-data"],
        tools: ["experiments", "frontend", "llm-frameworks", "none", "spark-flink", "test-automation"],
        education: "bachelor",
        "paper-habit": 2,
        math: 5,
        scale: "small",
        goal: "own-product",
        barrier: 1,
        "data-care": 3,
        "product-sense": 5,
        "learning-speed": 3,
      }),
    ),
    "data",
  ],
];

describe("smallestChange (property)", () => {
  it("is empty when the target already ranks first; otherwise applying it really makes the target first", () => {
    fc.assert(
      fc.property(answersArb, targetArb, (answers, target) => {
        const result = smallestChange(advisor, answers, target);
        if (first(answers) === target) {
          expect(result).not.toBeNull();
          expect(result!.changes).toEqual([]);
          return;
        }
        if (result === null) {
          // "No change can": at the very least, no single learnable change that keeps every
          // ability makes the target first.
          for (const c of singleChanges(answers)) {
            const applied = applyChanges(answers, [c]);
            if (keepsAbilities(answers, applied)) expect(first(applied), `single change ${c.question}=${c.choice} works`).not.toBe(target);
          }
          return;
        }
        expect(result.changes.length).toBeGreaterThan(0);
        const applied = applyChanges(answers, result.changes);
        expect(first(applied)).toBe(target);
        // The score reported is the target's score after the change (recommend shows it to 0.1).
        expect(Math.abs(scoreOf(applied, target) - result.score)).toBeLessThanOrEqual(0.05 + 1e-9);
        // Advice never asks a person to un-learn: no ability loses evidence, change by change and in all.
        for (const c of result.changes) expect(keepsAbilities(answers, applyChanges(answers, [c])), `${c.question}=${c.choice}`).toBe(true);
        expect(keepsAbilities(answers, applied)).toBe(true);
        // Each change really changes an answer, and names a valid choice of its question.
        for (const c of result.changes) {
          const q = QUESTIONS.find((x) => x.id === c.question);
          expect(q, c.question).toBeDefined();
          const valid = q!.kind === "scale" ? q!.levels!.map((l) => String(l.value)) : q!.options!.map((o) => o.id);
          expect(valid).toContain(c.choice);
        }
        // Only learnable answers change: never a goal, the barrier one will take on, an interest,
        // a temperament, experience or background.
        for (const c of result.changes) expect(LEARNABLE.has(c.question), `${c.question} is not something to learn`).toBe(true);
        if (result.minimal) {
          // Dropping any one change no longer works...
          for (let i = 0; i < result.changes.length; i++) {
            const without = result.changes.filter((_, k) => k !== i);
            expect(first(applyChanges(answers, without)), `works without change ${i}`).not.toBe(target);
          }
          // ...and, when two changes are proposed, no single allowed change alone would do.
          if (result.changes.length === 2) {
            for (const c of singleChanges(answers)) {
              const applied1 = applyChanges(answers, [c]);
              if (!keepsAbilities(answers, applied1)) continue;
              expect(first(applied1), `the single change ${c.question}=${c.choice} already makes ${target} first`).not.toBe(target);
            }
          }
        }
      }),
      { numRuns: RUNS, examples: KNOWN },
    );
  });

  it("is empty for the direction each answer set already ranks first", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const leader = first(answers);
        const result = smallestChange(advisor, answers, leader);
        expect(result).toEqual(expect.objectContaining({ changes: [], minimal: true }));
        expect(Math.abs(scoreOf(answers, leader) - result!.score)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
      { numRuns: 60 },
    );
  });
});

describe("gapReport (property)", () => {
  it("lists each criterion once: abilities as met, partly met or missing, wishes as matches; ordered", () => {
    fc.assert(
      fc.property(answersArb, targetArb, (answers, target) => {
        const report = gapReport(advisor, answers, target);
        const criteria = CRITERIA[target]!.criteria.map((c) => c.trait);
        const abilities = criteria.filter((t) => ABILITIES.includes(t));
        const met = report.met.map((c) => c.trait);
        const partly = report.partly.map((c) => c.trait);
        const missing = report.missing.map((c) => c.trait);
        const wishes = report.wishes.map((c) => c.trait);
        // met ∪ partly ∪ missing = the abilities, wishes = the rest, and nothing twice.
        expect([...met, ...partly, ...missing].sort()).toEqual([...abilities].sort());
        expect([...wishes].sort()).toEqual(criteria.filter((t) => !ABILITIES.includes(t)).sort());
        expect(new Set([...met, ...partly, ...missing, ...wishes]).size).toBe(criteria.length);
        for (const c of [...report.met, ...report.partly, ...report.missing]) expect(c.kind).toBe("ability");
        for (const c of report.wishes) expect(c.kind).toBe("wish");
        // Missing and partly: the one that would raise the fit most first.
        for (const list of [report.missing, report.partly]) for (let i = 1; i < list.length; i++) expect(list[i - 1]!.gain).toBeGreaterThanOrEqual(list[i]!.gain);
        // Met means evidence ≥ 0.5, partly above 0 and below it, missing none, in the model's own numbers.
        const evidence = collectEvidence(advisor.questionnaire, answers);
        const value = (t: string) => evidence.get(t)?.value ?? 0;
        for (const t of met) expect(value(t)).toBeGreaterThanOrEqual(MET);
        for (const t of partly) expect(value(t), `${t} partly`).toBeGreaterThan(0);
        for (const t of partly) expect(value(t), `${t} partly`).toBeLessThan(MET);
        for (const t of missing) expect(value(t), `${t} is listed as missing`).toBe(0);
        // Rank, leader and score agree with the ranking recommend() gives.
        const rec = recommend(advisor, answers);
        const position = rec.ranking.findIndex((r) => r.direction === target);
        expect(report.rank).toBe(position + 1);
        expect(report.leader).toEqual({ direction: rec.ranking[0]!.direction, name: rec.ranking[0]!.name, score: rec.ranking[0]!.score });
        expect(report.score).toBe(rec.ranking[position]!.score);
        expect(report.direction.id).toBe(target);
        // Every question is either in the answers or listed as unanswered.
        expect([...Object.keys(report.answers), ...report.unanswered].sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
        // The smallest change inside the report is the one smallestChange() finds, and is [] exactly when first.
        const sc = smallestChange(advisor, answers, target);
        expect(report.smallestChange?.changes.map((c) => [c.question, c.choice]) ?? null).toEqual(sc?.changes.map((c) => [c.question, c.choice]) ?? null);
        expect(report.smallestChange?.changes.length === 0).toBe(report.rank === 1);
        // Each change says what it raises, from the answers' own evidence, and how long that
        // takes roughly: the plans' estimate for one of the abilities it raises.
        for (const c of report.smallestChange?.changes ?? []) {
          const before = collectEvidence(advisor.questionnaire, answers);
          const after = collectEvidence(advisor.questionnaire, applyChanges(answers, [{ question: c.question, from: c.from, to: c.to, choice: c.choice, drop: [] }]));
          const raised = ABILITIES.filter((t) => (after.get(t)?.value ?? 0) > (before.get(t)?.value ?? 0) + 1e-12);
          expect(c.raises.map((r) => r.trait).sort(), `${c.question}=${c.choice}`).toEqual(raised.sort());
          if (raised.length) expect(raised.map((t) => JSON.stringify(EFFORT[t])), `${c.question}=${c.choice}`).toContain(JSON.stringify(c.weeks));
        }
      }),
      { numRuns: 60 },
    );
  });
});
