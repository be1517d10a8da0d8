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

type EvidenceEntries = ReadonlyArray<readonly [trait: string, strength: number]>;

/** Per question, per choice (option id or scale value), the evidence entries; built once per questionnaire. */
const compiled = new WeakMap<Questionnaire, Map<string, Map<string | number, EvidenceEntries>>>();

function evidenceIndex(questionnaire: Questionnaire): Map<string, Map<string | number, EvidenceEntries>> {
  let index = compiled.get(questionnaire);
  if (!index) {
    const entries = (e: Evidence) => Object.entries(e) as EvidenceEntries;
    index = new Map(
      questionnaire.questions.map((q: Question) => [
        q.id,
        new Map<string | number, EvidenceEntries>(
          q.kind === "scale" ? q.levels.map((l) => [l.value, entries(l.evidence)]) : q.options.map((o) => [o.id, entries(o.evidence)]),
        ),
      ]),
    );
    compiled.set(questionnaire, index);
  }
  return index;
}

/** Evidence per trait. Each trait's sources are in questionnaire order; sort them to rank them. */
export function collectEvidence(questionnaire: Questionnaire, answers: Answers): EvidenceMap {
  const map = new Map<string, TraitEvidence>();
  const index = evidenceIndex(questionnaire);
  for (const q of questionnaire.questions) {
    const value = answers.get(q.id);
    if (value === undefined) continue;
    const byChoice = index.get(q.id)!;
    for (const choice of Array.isArray(value) ? value : [value]) {
      const entries = byChoice.get(choice);
      if (!entries) continue;
      for (const [trait, strength] of entries) {
        let entry = map.get(trait);
        if (!entry) map.set(trait, (entry = { value: 0, sources: [] }));
        entry.value = 1 - (1 - entry.value) * (1 - strength);
        entry.sources.push({ question: q.id, choice: String(choice), strength });
      }
    }
  }
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
  let total = 0;
  for (const c of criteria) total += c.weight;
  let score = 0;
  const results = criteria.map((criterion) => {
    const e = evidence.get(criterion.trait)?.value ?? 0;
    const points = (100 * criterion.weight * e) / total;
    score += points;
    return { criterion, evidence: e, points, gain: (100 * criterion.weight * (1 - e)) / total };
  });
  return { direction, score: Math.min(100, Math.max(0, score)), criteria: results };
}

/** Scores are compared at the precision they are shown with (0.1), so the order always agrees with the numbers shown. */
const shown = (score: number) => Math.round(score * 10) / 10;

/**
 * All directions, best first. Ties (equal at one decimal) go to the lower entry barrier, the
 * quicker way in, then to the article's order.
 */
export function rankDirections(
  model: FitModel,
  evidence: EvidenceMap,
  barrierRank: (d: DirectionId) => number,
  order: readonly DirectionId[],
): DirectionScore[] {
  const scored = order.map((d, position) => ({ result: scoreDirection(model, d, evidence), barrier: barrierRank(d), position }));
  scored.sort(
    (a, b) =>
      shown(b.result.score) - shown(a.result.score) ||
      a.barrier - b.barrier ||
      a.position - b.position,
  );
  return scored.map((s) => s.result);
}

/** The share (0–1) of the criteria citing the article's barrier that the evidence meets. */
export function barrierCoverage(result: DirectionScore): number {
  const barrier = result.criteria.filter((c) => c.criterion.cite.section === "barrier");
  const total = barrier.reduce((s, c) => s + c.criterion.weight, 0);
  return total === 0 ? 1 : barrier.reduce((s, c) => s + c.criterion.weight * c.evidence, 0) / total;
}
