// fast-check arbitraries built from the questionnaire data, shared by the property tests.
import fc from "fast-check";
import type { AnswerValue, Answers } from "../../src/advisor/answers.js";
import questionnaireJson from "../../data/advisor/questionnaire.json";

export interface RawQuestion {
  id: string;
  kind: "single" | "multi" | "scale";
  measures: string;
  options?: Array<{ id: string; exclusive?: boolean }>;
  levels?: Array<{ value: number }>;
}

export const QUESTIONS = questionnaireJson.questions as RawQuestion[];

/** A valid answer for one question, built from its kind and its options or levels. */
export function valueArb(q: RawQuestion): fc.Arbitrary<AnswerValue> {
  if (q.kind === "scale") return fc.constantFrom(...q.levels!.map((l) => l.value));
  const ids = q.options!.map((o) => o.id);
  if (q.kind === "single") return fc.constantFrom(...ids);
  // An exclusive option ("none of these") is chosen alone.
  const combined = fc.subarray(q.options!.filter((o) => !o.exclusive).map((o) => o.id)).map((a) => [...a].sort());
  const alone = q.options!.filter((o) => o.exclusive).map((o) => fc.constant<string[]>([o.id]));
  return alone.length ? fc.oneof({ arbitrary: combined, weight: 4 }, ...alone.map((a) => ({ arbitrary: a, weight: 1 }))) : combined;
}

/**
 * Random valid answers as validation returns them (multi-choice sorted); each question is
 * answered `freq - 1` times in `freq`.
 */
export function answersArb(freq: number): fc.Arbitrary<Answers> {
  return fc.tuple(...QUESTIONS.map((q) => fc.option(valueArb(q), { freq, nil: undefined }))).map((values) => {
    const m = new Map<string, AnswerValue>();
    values.forEach((v, i) => {
      if (v !== undefined) m.set(QUESTIONS[i]!.id, v);
    });
    return m as Answers;
  });
}
