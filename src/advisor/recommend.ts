// From answers to the explained ranking that `recommend` prints. Pure: the same answers always
// give the same result, and the object returned is what --json prints.
import { rankAnswers } from "./score-table.js";
import type { Catalog, DirectionId, LocalizedText } from "../catalog/schema.js";
import { answersToJson, type Answers } from "./answers.js";
import { encodeAnswers } from "./code.js";
import { answersSpeakTo, bandOf, barrierCoverage, matchOf, collectEvidence, compareText, rankDirections, scoreDirection, stateOf, stretchFlags, type CriterionResult, type DirectionScore, type EvidenceMap } from "./score.js";
import type { FitModel, NextStep, Plans, Questionnaire, Trait } from "./schema.js";
import type { RankedDirection, RecommendationOutput } from "./views.js";

export interface Advisor {
  catalog: Catalog;
  traits: Trait[];
  fitModel: FitModel;
  questionnaire: Questionnaire;
  nextSteps: Record<DirectionId, NextStep[]>;
  plans: Plans;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** How many reasons to give per direction. */
const MAX_REASONS = 3;

const CONFIDENCE_TEXT: Record<"too-few-answers" | "flat-answers" | "flat-scores" | "little-evidence", LocalizedText> = {
  "flat-answers": {
    zh: "你的回答几乎都一样（每个打分题同一个分数，多选题全选或不选），看不出你的偏好。",
    en: "Your answers are nearly all the same (one value on every scale, all or nothing on every choice), so they show no preference.",
  },
  "too-few-answers": {
    zh: "回答的问题太少，排名只能作为粗略参考。",
    en: "Too few questions were answered for the ranking to be more than a rough guide.",
  },
  "flat-scores": {
    zh: "各方向的分数非常接近：你的回答没有明显偏向某个方向。",
    en: "The directions score almost the same: your answers do not lean towards any of them.",
  },
  "little-evidence": {
    zh: "你的回答几乎没有提供与各方向要求相关的信息。",
    en: "Your answers say very little about what the directions ask for.",
  },
};

const barrierRanks = new WeakMap<Catalog, (d: DirectionId) => number>();

export function barrierRankOf(catalog: Catalog): (d: DirectionId) => number {
  let lookup = barrierRanks.get(catalog);
  if (!lookup) {
    const ranks = new Map(catalog.directions.map((d) => [d.id, d.barrier.rank]));
    barrierRanks.set(catalog, (lookup = (d) => ranks.get(d)!));
  }
  return lookup;
}

export function rank(advisor: Advisor, evidence: EvidenceMap): DirectionScore[] {
  const order = advisor.catalog.directions.map((d) => d.id);
  return rankDirections(advisor.fitModel, evidence, barrierRankOf(advisor.catalog), order);
}

const abilitySets = new WeakMap<Advisor, ReadonlySet<string>>();
/** The traits that are abilities or experience (not wishes). */
export function abilitiesOf(advisor: Advisor): ReadonlySet<string> {
  let set = abilitySets.get(advisor);
  if (!set) abilitySets.set(advisor, (set = new Set(advisor.traits.filter((t) => t.kind === "ability").map((t) => t.id))));
  return set;
}

/** Every direction's barrier coverage and stretch flag (score.ts's stretchFlags), by direction id. */
export function barrierStanding(advisor: Advisor, evidence: EvidenceMap): Map<DirectionId, { coverage: number; stretch: boolean }> {
  const { catalog, fitModel } = advisor;
  const abilities = abilitiesOf(advisor);
  const coverages = catalog.directions.map((d) => barrierCoverage(fitModel, d.id, evidence, abilities));
  const ranks = catalog.directions.map((d) => d.barrier.rank);
  const scores = catalog.directions.map((d) => scoreDirection(fitModel, d.id, evidence).score);
  const stretch = stretchFlags(ranks, coverages, scores, fitModel.stretch.minRank, fitModel.stretch.minBarrierCoverage);
  return new Map(catalog.directions.map((d, i) => [d.id, { coverage: coverages[i]!, stretch: stretch[i]! }]));
}

function explain(advisor: Advisor, answers: Answers, scored: DirectionScore, position: number, evidence: EvidenceMap, barrier: { coverage: number; stretch: boolean }): RankedDirection {
  const { catalog, traits, questionnaire } = advisor;
  const d = catalog.directions.find((x) => x.id === scored.direction)!;
  const trait = (id: string) => traits.find((t) => t.id === id)!;
  const answerRef = (question: string, choice: string) => {
    const q = questionnaire.questions.find((x) => x.id === question)!;
    const label =
      q.kind === "scale" ? q.levels.find((l) => String(l.value) === choice)!.label : q.options.find((o) => o.id === choice)!.label;
    return { question, choice, prompt: q.prompt, label };
  };
  const answersFor = (id: string) =>
    [...(evidence.get(id)?.sources ?? [])].sort((a, b) => b.strength - a.strength || compareText(a.question, b.question)).map((s) => answerRef(s.question, s.choice));
  const abilities = abilitiesOf(advisor);
  const byPoints = (a: CriterionResult, b: CriterionResult) => b.points - a.points || compareText(a.criterion.trait, b.criterion.trait);
  const byGain = (a: CriterionResult, b: CriterionResult) => b.gain - a.gain || compareText(a.criterion.trait, b.criterion.trait);
  const ability = scored.criteria.filter((c) => abilities.has(c.criterion.trait));
  // Each criterion is said once: met (a reason), partly met (what meets it and what would
  // complete it) or missing; wishes are said as how well the direction matches them.
  // The fields every kind of criterion view shares; each list adds what it says about it.
  const base = (c: CriterionResult) => ({ trait: c.criterion.trait, name: trait(c.criterion.trait).name, evidence: round2(c.evidence), cite: c.criterion.cite });
  const inState = (state: ReturnType<typeof stateOf>) => ability.filter((c) => stateOf(c.evidence) === state);
  const reasons = inState("met")
    .sort(byPoints)
    .slice(0, MAX_REASONS)
    .map((c) => ({ ...base(c), kind: "ability" as const, points: round1(c.points), answers: answersFor(c.criterion.trait) }));
  const partly = inState("partly")
    .sort(byGain)
    .map((c) => ({
      ...base(c),
      kind: "ability" as const,
      description: trait(c.criterion.trait).description,
      points: round1(c.points),
      gain: round1(c.gain),
      answers: answersFor(c.criterion.trait),
    }));
  const gaps = inState("missing")
    .sort(byGain)
    .map((c) => ({ ...base(c), kind: "ability" as const, description: trait(c.criterion.trait).description, gain: round1(c.gain) }));
  const wishes = scored.criteria
    .filter((c) => !abilities.has(c.criterion.trait))
    .map((c) => ({
      ...base(c),
      kind: "wish" as const,
      match: matchOf(c.evidence),
      said: answersSpeakTo(questionnaire, answers, c.criterion.trait),
      points: round1(c.points),
      answers: answersFor(c.criterion.trait),
    }));
  return {
    rank: position + 1,
    direction: d.id,
    number: d.number,
    name: d.name,
    nickname: d.nickname,
    score: round1(scored.score),
    band: bandOf(round1(scored.score)),
    barrier: { level: d.barrier.level, rank: d.barrier.rank, rankSource: d.barrier.rankSource, wording: d.barrier.wording },
    barrierCoverage: round2(barrier.coverage),
    stretch: barrier.stretch,
    reasons,
    partly,
    gaps,
    wishes,
    verdict: d.verdict,
    roles: d.roles.map((r) => ({ id: r.id, name: r.name })),
    firstSteps: advisor.nextSteps[d.id],
  };
}

/**
 * "Everything the same": every answered scale has one value and every answered multiple choice
 * is all or nothing. Such answers express no preference, whatever the scores say.
 */
export function isFlat(questionnaire: Questionnaire, answers: Answers): boolean {
  const scales = new Set<number>();
  let scaleCount = 0;
  for (const q of questionnaire.questions) {
    const v = answers.get(q.id);
    if (v === undefined) continue;
    if (q.kind === "scale") {
      scales.add(v as number);
      scaleCount++;
    } else if (q.kind === "multi" && (v as string[]).length > 0 && (v as string[]).length < q.options.length) return false;
  }
  return scaleCount >= 2 && scales.size === 1;
}

export interface RecommendOptions {
  /** Directions the person has ruled out: ranked without them. */
  exclude?: readonly DirectionId[];
}

/**
 * How clear the lead is: the margin to the runner-up, and whether the leader stays first when
 * any single answer is dropped (the questions whose removal would change it are listed).
 */
export function leadClarity(advisor: Advisor, answers: Answers, ranked: DirectionScore[], exclude: readonly DirectionId[]) {
  const leader = ranked[0]!;
  const runnerUp = ranked[1];
  const flips: Array<{ question: string; leader: DirectionId }> = [];
  for (const id of answers.keys()) {
    const without = new Map(answers);
    without.delete(id);
    // The compiled tables give the same scores and order as rank(), several times faster.
    const top = rankAnswers(advisor, without).find((r) => !exclude.includes(r.direction))!;
    if (top.direction !== leader.direction) flips.push({ question: id, leader: top.direction });
  }
  const order = advisor.questionnaire.questions.map((q) => q.id);
  flips.sort((a, b) => order.indexOf(a.question) - order.indexOf(b.question));
  return {
    direction: leader.direction,
    runnerUp: runnerUp?.direction ?? null,
    margin: runnerUp ? round1(leader.score - runnerUp.score) : null,
    robust: flips.length === 0,
    flips,
  };
}

export function recommend(advisor: Advisor, answers: Answers, options: RecommendOptions = {}): RecommendationOutput {
  const { questionnaire, fitModel } = advisor;
  const exclude = options.exclude ?? [];
  const evidence = collectEvidence(questionnaire, answers);
  const ranked = rank(advisor, evidence).filter((r) => !exclude.includes(r.direction));
  // Stretch is judged over all six, so that excluding a direction does not change another's flag.
  const standing = barrierStanding(advisor, evidence);
  const answered = questionnaire.questions.filter((q) => answers.has(q.id)).map((q) => q.id);
  const unanswered = questionnaire.questions.filter((q) => !answers.has(q.id)).map((q) => q.id);
  const scores = ranked.map((r) => r.score);
  const reasons: Array<keyof typeof CONFIDENCE_TEXT> = [];
  if (answered.length < fitModel.confidence.minAnswered) reasons.push("too-few-answers");
  else if (isFlat(questionnaire, answers)) reasons.push("flat-answers");
  if (scores[0]! < fitModel.confidence.minTopScore) reasons.push("little-evidence");
  else if (scores[0]! - scores[scores.length - 1]! < fitModel.confidence.minSpread) reasons.push("flat-scores");
  return {
    schemaVersion: 1,
    kind: "recommendation",
    questionnaireVersion: questionnaire.version,
    fitModelVersion: fitModel.version,
    code: encodeAnswers(questionnaire, answers),
    answers: answersToJson(questionnaire, answers),
    excluded: advisor.catalog.directions.map((d) => d.id).filter((id) => exclude.includes(id)),
    answered,
    unanswered,
    confidence: {
      level: reasons.length ? "low" : "normal",
      reasons: reasons.map((id) => ({ id, text: CONFIDENCE_TEXT[id] })),
    },
    lead: leadClarity(advisor, answers, ranked, exclude),
    ranking: ranked.map((r, i) => explain(advisor, answers, r, i, evidence, standing.get(r.direction)!)),
    about: null,
  };
}
