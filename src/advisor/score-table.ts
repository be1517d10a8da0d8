// Scores without explanations, for `recommend --batch` and the gap search, which score answers
// hundreds of thousands of times. The questionnaire and the fit model are compiled once into
// arrays indexed by trait number, so one answer set is scored with no maps and few allocations.
// The arithmetic is that of collectEvidence, scoreDirection, barrierCoverage and stretchFlags (score.ts), in
// the same order, so the numbers are identical to the explained ranking's, not merely close.
import type { DirectionId } from "../catalog/schema.js";
import type { Answers } from "./answers.js";
import type { Advisor } from "./recommend.js";
import { byRank, clamp, shown, stretchFlags } from "./score.js";

export interface RankedScore {
  direction: DirectionId;
  /** 0–100, unrounded. */
  score: number;
  stretch: boolean;
}

interface DirectionTable {
  id: DirectionId;
  position: number;
  barrierRank: number;
  /** Criteria in the model's order: trait number and share of the score, 100 · w / Σw. */
  traits: Int32Array;
  shares: Float64Array;
  /** Ability criteria citing the article's barrier: trait number and weight. */
  barrierTraits: Int32Array;
  barrierWeights: Float64Array;
  barrierTotal: number;
}

interface ScoreTable {
  /** Per question in order: per choice, the evidence as [trait, strength, trait, strength, …]. */
  questions: Array<{ id: string; byChoice: Map<string | number, number[]> }>;
  directions: DirectionTable[];
  minRank: number;
  minBarrierCoverage: number;
  /** Evidence per trait for the answers being scored; reset for each. */
  evidence: Float64Array;
}

const tables = new WeakMap<Advisor, ScoreTable>();

function compile(advisor: Advisor): ScoreTable {
  const { questionnaire, fitModel, catalog } = advisor;
  const abilities = new Set(advisor.traits.filter((t) => t.kind === "ability").map((t) => t.id));
  const traitNumbers = new Map<string, number>();
  const traitNumber = (trait: string) => {
    let n = traitNumbers.get(trait);
    if (n === undefined) traitNumbers.set(trait, (n = traitNumbers.size));
    return n;
  };
  const flatten = (evidence: Record<string, number>) => Object.entries(evidence).flatMap(([trait, strength]) => [traitNumber(trait), strength]);
  const questions = questionnaire.questions.map((q) => ({
    id: q.id,
    byChoice: new Map<string | number, number[]>(
      q.kind === "scale" ? q.levels.map((l) => [l.value, flatten(l.evidence)]) : q.options.map((o) => [o.id, flatten(o.evidence)]),
    ),
  }));
  const directions = catalog.directions.map((d, position): DirectionTable => {
    const criteria = fitModel.directions[d.id].criteria;
    const total = criteria.reduce((sum, c) => sum + c.weight, 0);
    const barrier = criteria.filter((c) => c.cite.section === "barrier" && abilities.has(c.trait));
    return {
      id: d.id,
      position,
      barrierRank: d.barrier.rank,
      traits: Int32Array.from(criteria, (c) => traitNumber(c.trait)),
      shares: Float64Array.from(criteria, (c) => (100 * c.weight) / total),
      barrierTraits: Int32Array.from(barrier, (c) => traitNumber(c.trait)),
      barrierWeights: Float64Array.from(barrier, (c) => c.weight),
      barrierTotal: barrier.reduce((sum, c) => sum + c.weight, 0),
    };
  });
  const { minRank, minBarrierCoverage } = fitModel.stretch;
  return { questions, directions, minRank, minBarrierCoverage, evidence: new Float64Array(traitNumbers.size) };
}

/** Combines one choice's evidence into `evidence` as a noisy-OR, as collectEvidence does. */
function addEvidence(evidence: Float64Array, entries: number[] | undefined): void {
  if (!entries) return;
  for (let i = 0; i < entries.length; i += 2) {
    const trait = entries[i]!;
    evidence[trait] = 1 - (1 - evidence[trait]!) * (1 - entries[i + 1]!);
  }
}

/** Every direction's score and stretch flag for these answers, best first (score.ts's byRank). */
export function rankAnswers(advisor: Advisor, answers: Answers): RankedScore[] {
  let table = tables.get(advisor);
  if (!table) tables.set(advisor, (table = compile(advisor)));
  const { evidence } = table;
  evidence.fill(0);
  for (const q of table.questions) {
    const value = answers.get(q.id);
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const choice of value) addEvidence(evidence, q.byChoice.get(choice));
    else addEvidence(evidence, q.byChoice.get(value));
  }
  const coverages: number[] = [];
  const scored = table.directions.map((d) => {
    let score = 0;
    for (let i = 0; i < d.traits.length; i++) score += d.shares[i]! * evidence[d.traits[i]!]!;
    score = clamp(score);
    let met = 0;
    for (let i = 0; i < d.barrierTraits.length; i++) met += d.barrierWeights[i]! * evidence[d.barrierTraits[i]!]!;
    coverages.push(d.barrierTotal === 0 ? 1 : met / d.barrierTotal);
    return { direction: d.id, score, stretch: false, shown: shown(score), barrier: d.barrierRank, position: d.position };
  });
  const stretch = stretchFlags(
    table.directions.map((d) => d.barrierRank),
    coverages,
    scored.map((s) => s.score),
    table.minRank,
    table.minBarrierCoverage,
  );
  scored.forEach((s, i) => (s.stretch = stretch[i]!));
  scored.sort(byRank);
  return scored.map(({ direction, score, stretch }) => ({ direction, score, stretch }));
}
