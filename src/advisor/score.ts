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

/**
 * Evidence per trait. Each trait's sources (the answers behind it) are in questionnaire order;
 * sort them to rank them. `sources: false` skips them where only the values matter (the gap search).
 */
export function collectEvidence(questionnaire: Questionnaire, answers: Answers, options: { sources?: boolean } = {}): EvidenceMap {
  const withSources = options.sources !== false;
  const map = new Map<string, TraitEvidence>();
  const index = evidenceIndex(questionnaire);
  for (const q of questionnaire.questions) {
    const value = answers.get(q.id);
    if (value === undefined) continue;
    const byChoice = index.get(q.id)!;
    const choices = Array.isArray(value) ? value : null;
    for (let i = 0; i < (choices ? choices.length : 1); i++) {
      const choice = choices ? choices[i]! : (value as string | number);
      const entries = byChoice.get(choice);
      if (!entries) continue;
      for (const [trait, strength] of entries) {
        let entry = map.get(trait);
        if (!entry) map.set(trait, (entry = { value: 0, sources: [] }));
        entry.value = 1 - (1 - entry.value) * (1 - strength);
        if (withSources) entry.sources.push({ question: q.id, choice: String(choice), strength });
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

/** Per direction, each criterion with its share of the score, 100 · w / Σw; computed once per model. */
const sharesByModel = new WeakMap<FitModel, Map<DirectionId, Array<{ criterion: Criterion; share: number }>>>();

function sharesOf(model: FitModel, direction: DirectionId): Array<{ criterion: Criterion; share: number }> {
  let byDirection = sharesByModel.get(model);
  if (!byDirection) sharesByModel.set(model, (byDirection = new Map()));
  let shares = byDirection.get(direction);
  if (!shares) {
    const criteria = model.directions[direction].criteria;
    const total = criteria.reduce((sum, c) => sum + c.weight, 0);
    byDirection.set(direction, (shares = criteria.map((criterion) => ({ criterion, share: (100 * criterion.weight) / total }))));
  }
  return shares;
}

/** Orders text by code points, the same in every locale (localeCompare is not). */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const clamp = (score: number) => Math.min(100, Math.max(0, score));

/** A direction's score with each criterion's part in it, for explanations. */
export function scoreDirection(model: FitModel, direction: DirectionId, evidence: EvidenceMap): DirectionScore {
  let score = 0;
  const criteria = sharesOf(model, direction).map(({ criterion, share }) => {
    const e = evidence.get(criterion.trait)?.value ?? 0;
    score += share * e;
    return { criterion, evidence: e, points: share * e, gain: share * (1 - e) };
  });
  return { direction, score: clamp(score), criteria };
}

/** Scores are compared at the precision they are shown with (0.1), so the order always agrees with the numbers shown. */
export const shown = (score: number) => Math.round(score * 10) / 10;

/** The ranking's order: higher shown score, then the lower entry barrier, then the article's order. */
export const byRank = (
  a: { shown: number; barrier: number; position: number },
  b: { shown: number; barrier: number; position: number },
) => b.shown - a.shown || a.barrier - b.barrier || a.position - b.position;

/**
 * Directions with their scores, best first. Ties (equal at one decimal) go to the lower entry
 * barrier, the quicker way in, then to the article's order.
 */
function ranked<T extends { score: number }>(
  order: readonly DirectionId[],
  barrierRank: (d: DirectionId) => number,
  score: (d: DirectionId) => T,
): T[] {
  const scored = order.map((d, position) => {
    const result = score(d);
    return { result, shown: shown(result.score), barrier: barrierRank(d), position };
  });
  scored.sort(byRank);
  return scored.map((s) => s.result);
}

/** All directions, best first (see `ranked` for ties), each with its explanation. */
export function rankDirections(
  model: FitModel,
  evidence: EvidenceMap,
  barrierRank: (d: DirectionId) => number,
  order: readonly DirectionId[],
): DirectionScore[] {
  return ranked(order, barrierRank, (d) => scoreDirection(model, d, evidence));
}

/** Criteria whose evidence is at least this are met; above 0 and below it, partly met. */
export const MET = 0.5;
export type CriterionState = "met" | "partly" | "missing";
export const stateOf = (evidence: number): CriterionState => (evidence >= MET ? "met" : evidence > 0 ? "partly" : "missing");
/** How well a wish criterion matches what the person said they want. */
const MATCH = { met: "yes", partly: "partly", missing: "no" } as const;
export const matchOf = (evidence: number) => MATCH[stateOf(evidence)];

const saidIndex = new WeakMap<Questionnaire, Map<string, string[]>>();
/**
 * Whether the answers say anything about a trait: a question that can give it evidence was
 * answered (choosing "as low as possible" says something about the barrier one will take on,
 * though it gives no evidence for a high one).
 */
export function answersSpeakTo(questionnaire: Questionnaire, answers: Answers, trait: string): boolean {
  let index = saidIndex.get(questionnaire);
  if (!index) {
    index = new Map();
    for (const q of questionnaire.questions) {
      const choices: Array<{ evidence: Evidence }> = q.kind === "scale" ? q.levels : q.options;
      for (const t of new Set(choices.flatMap((c) => Object.keys(c.evidence)))) index.set(t, [...(index.get(t) ?? []), q.id]);
    }
    saidIndex.set(questionnaire, index);
  }
  return (index.get(trait) ?? []).some((q) => answers.has(q));
}

/** Per direction, the ability criteria citing the article's barrier and their total weight; once per model. */
const barrierTermsByModel = new WeakMap<FitModel, Map<DirectionId, { criteria: Criterion[]; total: number }>>();

function barrierTerms(model: FitModel, direction: DirectionId, abilities: ReadonlySet<string>): { criteria: Criterion[]; total: number } {
  let byDirection = barrierTermsByModel.get(model);
  if (!byDirection) barrierTermsByModel.set(model, (byDirection = new Map()));
  let terms = byDirection.get(direction);
  if (!terms) {
    // A wish the barrier section names (the appetite for a high barrier) is not something to have.
    const criteria = model.directions[direction].criteria.filter((c) => c.cite.section === "barrier" && abilities.has(c.trait));
    byDirection.set(direction, (terms = { criteria, total: criteria.reduce((sum, c) => sum + c.weight, 0) }));
  }
  return terms;
}

/** The share (0–1) of the abilities a direction's barrier names (weighted) that the evidence shows. */
export function barrierCoverage(model: FitModel, direction: DirectionId, evidence: EvidenceMap, abilities: ReadonlySet<string>): number {
  const { criteria, total } = barrierTerms(model, direction, abilities);
  if (total === 0) return 1;
  let met = 0;
  for (const c of criteria) met += c.weight * (evidence.get(c.trait)?.value ?? 0);
  return met / total;
}

/** The lowest score of each band in words (recommend's "strong match" ... "little match"). */
export const BANDS = { strong: 50, good: 30, some: 15 } as const;
export type FitBand = "strong" | "good" | "some" | "little";
/** What a 0–100 score (as shown) means in words: a share of what the article asks for, not a grade. */
export const bandOf = (score: number): FitBand =>
  score >= BANDS.strong ? "strong" : score >= BANDS.good ? "good" : score >= BANDS.some ? "some" : "little";

/**
 * Which directions are a stretch, one definition for every output: an entry barrier of at least
 * `minRank` (this tool's 1–5 reading of the article's barriers), of whose abilities (weighted)
 * the answers show less than `minCoverage`, in a direction whose fit is below "good". So a
 * lower barrier is never a stretch, and neither is a direction the person fits well overall
 * (the article's embedded developers, who start inference with a natural advantage but without
 * CUDA). Arrays are in the same direction order; scores as shown (one decimal).
 */
export function stretchFlags(ranks: readonly number[], coverages: readonly number[], scores: readonly number[], minRank: number, minCoverage: number): boolean[] {
  return ranks.map((rank, i) => rank >= minRank && coverages[i]! < minCoverage && shown(scores[i]!) < BANDS.good);
}
