// The fit model at work: answers → evidence per trait → a 0–100 score per direction.
//
// Evidence for a trait from several answers combines as a noisy-OR, 1 − Π(1 − e): it stays in
// [0, 1], does not depend on the order of answers, and never falls when evidence is added.
// A direction's score is the weighted share of its criteria that the evidence meets,
// 100 · Σ w·e / Σ w, with positive weights only, so more evidence never lowers a score.
import type { DirectionId } from "../catalog/schema.js";
import type { Answers } from "./answers.js";
import type { Criterion, Evidence, FitModel, Question, Questionnaire } from "./schema.js";

/** One answer that gave evidence for a trait. */
export interface EvidenceSource {
  question: string;
  /** The chosen option's id, or the scale value as a string. */
  choice: string;
  strength: number;
}

export interface TraitEvidence {
  value: number;
  sources: EvidenceSource[];
}

export type EvidenceMap = ReadonlyMap<string, TraitEvidence>;

function chosen(q: Question, value: string | string[] | number): Array<{ choice: string; evidence: Evidence }> {
  if (q.kind === "scale") {
    const level = q.levels.find((l) => l.value === value);
    return level ? [{ choice: String(level.value), evidence: level.evidence }] : [];
  }
  const ids = Array.isArray(value) ? value : [value];
  return q.options.filter((o) => ids.includes(o.id)).map((o) => ({ choice: o.id, evidence: o.evidence }));
}

export function collectEvidence(questionnaire: Questionnaire, answers: Answers): EvidenceMap {
  const map = new Map<string, TraitEvidence>();
  for (const q of questionnaire.questions) {
    const value = answers.get(q.id);
    if (value === undefined) continue;
    for (const { choice, evidence } of chosen(q, value)) {
      for (const [trait, strength] of Object.entries(evidence)) {
        const entry = map.get(trait) ?? { value: 0, sources: [] };
        entry.value = 1 - (1 - entry.value) * (1 - strength);
        entry.sources.push({ question: q.id, choice, strength });
        map.set(trait, entry);
      }
    }
  }
  for (const entry of map.values()) entry.sources.sort((a, b) => b.strength - a.strength || a.question.localeCompare(b.question));
  return map;
}

export interface CriterionResult {
  criterion: Criterion;
  /** Evidence for the trait, 0–1. */
  evidence: number;
  /** Score points this criterion contributes now: 100 · w · e / Σw. */
  points: number;
  /** Score points it would add if fully met: 100 · w · (1 − e) / Σw. */
  gain: number;
}

export interface DirectionScore {
  direction: DirectionId;
  /** 0–100, unrounded; rounding is for display. */
  score: number;
  criteria: CriterionResult[];
}

export function scoreDirection(model: FitModel, direction: DirectionId, evidence: EvidenceMap): DirectionScore {
  const criteria = model.directions[direction].criteria;
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  const results = criteria.map((criterion) => {
    const e = evidence.get(criterion.trait)?.value ?? 0;
    return { criterion, evidence: e, points: (100 * criterion.weight * e) / total, gain: (100 * criterion.weight * (1 - e)) / total };
  });
  const score = Math.min(100, Math.max(0, results.reduce((sum, r) => sum + r.points, 0)));
  return { direction, score, criteria: results };
}

/** Scores are compared to this precision, so float noise cannot decide an order. */
const EPSILON = 1e-9;

/**
 * All directions, best first. Ties (equal to 1e-9) go to the lower entry barrier, the quicker way
 * in, then to the article's order.
 */
export function rankDirections(
  model: FitModel,
  evidence: EvidenceMap,
  barrierRank: (d: DirectionId) => number,
  order: readonly DirectionId[],
): DirectionScore[] {
  return order
    .map((d) => scoreDirection(model, d, evidence))
    .sort(
      (a, b) =>
        (Math.abs(a.score - b.score) > EPSILON ? b.score - a.score : 0) ||
        barrierRank(a.direction) - barrierRank(b.direction) ||
        order.indexOf(a.direction) - order.indexOf(b.direction),
    );
}

/** The share (0–1) of the criteria citing the article's barrier that the evidence meets. */
export function barrierCoverage(result: DirectionScore): number {
  const barrier = result.criteria.filter((c) => c.criterion.cite.section === "barrier");
  const total = barrier.reduce((s, c) => s + c.criterion.weight, 0);
  return total === 0 ? 1 : barrier.reduce((s, c) => s + c.criterion.weight * c.evidence, 0) / total;
}
