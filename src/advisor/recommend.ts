// From answers to the explained ranking that `recommend` prints. Pure: the same answers always
// give the same result, and the object returned is what --json prints.
import type { Catalog, DirectionId, LocalizedText } from "../catalog/schema.js";
import { answersToJson, type Answers } from "./answers.js";
import { barrierCoverage, collectEvidence, rankDirections, type DirectionScore, type EvidenceMap } from "./score.js";
import type { FitModel, NextStep, Questionnaire, Trait } from "./schema.js";
import type { RankedDirection, RecommendationOutput } from "./views.js";

export interface Advisor {
  catalog: Catalog;
  traits: Trait[];
  fitModel: FitModel;
  questionnaire: Questionnaire;
  nextSteps: Record<DirectionId, NextStep[]>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Criteria whose evidence is at least this are "met"; below it they are gaps. */
export const MET = 0.5;
/** How many reasons to give per direction. */
const MAX_REASONS = 3;

const CONFIDENCE_TEXT: Record<"too-few-answers" | "flat-scores" | "little-evidence", LocalizedText> = {
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

export function barrierRankOf(catalog: Catalog): (d: DirectionId) => number {
  return (d) => catalog.directions.find((x) => x.id === d)!.barrier.rank;
}

export function rank(advisor: Advisor, evidence: EvidenceMap): DirectionScore[] {
  const order = advisor.catalog.directions.map((d) => d.id);
  return rankDirections(advisor.fitModel, evidence, barrierRankOf(advisor.catalog), order);
}

/** The direction's barrier is beyond the current profile: high, and its criteria mostly unmet. */
export function isStretch(advisor: Advisor, scored: DirectionScore): boolean {
  const { stretch } = advisor.fitModel;
  return barrierRankOf(advisor.catalog)(scored.direction) >= stretch.minRank && barrierCoverage(scored) < stretch.minBarrierCoverage;
}

function explain(advisor: Advisor, scored: DirectionScore, position: number, evidence: EvidenceMap): RankedDirection {
  const { catalog, traits, questionnaire } = advisor;
  const d = catalog.directions.find((x) => x.id === scored.direction)!;
  const trait = (id: string) => traits.find((t) => t.id === id)!;
  const answerRef = (question: string, choice: string) => {
    const q = questionnaire.questions.find((x) => x.id === question)!;
    const label =
      q.kind === "scale" ? q.levels.find((l) => String(l.value) === choice)!.label : q.options.find((o) => o.id === choice)!.label;
    return { question, choice, prompt: q.prompt, label };
  };
  const reasons = scored.criteria
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points || a.criterion.trait.localeCompare(b.criterion.trait))
    .slice(0, MAX_REASONS)
    .map((c) => ({
      trait: c.criterion.trait,
      name: trait(c.criterion.trait).name,
      points: round1(c.points),
      evidence: round2(c.evidence),
      answers: (evidence.get(c.criterion.trait)?.sources ?? []).map((s) => answerRef(s.question, s.choice)),
      cite: c.criterion.cite,
    }));
  const gaps = scored.criteria
    .filter((c) => c.evidence < MET)
    .sort((a, b) => b.gain - a.gain || a.criterion.trait.localeCompare(b.criterion.trait))
    .map((c) => ({
      trait: c.criterion.trait,
      name: trait(c.criterion.trait).name,
      description: trait(c.criterion.trait).description,
      evidence: round2(c.evidence),
      gain: round1(c.gain),
      cite: c.criterion.cite,
    }));
  const coverage = barrierCoverage(scored);
  return {
    rank: position + 1,
    direction: d.id,
    number: d.number,
    name: d.name,
    nickname: d.nickname,
    score: round1(scored.score),
    barrier: { level: d.barrier.level, rank: d.barrier.rank, wording: d.barrier.wording },
    barrierCoverage: round2(coverage),
    stretch: isStretch(advisor, scored),
    reasons,
    gaps,
    verdict: d.verdict,
    roles: d.roles.map((r) => ({ id: r.id, name: r.name })),
    firstSteps: advisor.nextSteps[d.id],
  };
}

export function recommend(advisor: Advisor, answers: Answers): RecommendationOutput {
  const { questionnaire, fitModel } = advisor;
  const evidence = collectEvidence(questionnaire, answers);
  const ranked = rank(advisor, evidence);
  const answered = questionnaire.questions.filter((q) => answers.has(q.id)).map((q) => q.id);
  const unanswered = questionnaire.questions.filter((q) => !answers.has(q.id)).map((q) => q.id);
  const scores = ranked.map((r) => r.score);
  const reasons: Array<keyof typeof CONFIDENCE_TEXT> = [];
  if (answered.length < fitModel.confidence.minAnswered) reasons.push("too-few-answers");
  if (scores[0]! < fitModel.confidence.minTopScore) reasons.push("little-evidence");
  else if (scores[0]! - scores[scores.length - 1]! < fitModel.confidence.minSpread) reasons.push("flat-scores");
  return {
    schemaVersion: 1,
    kind: "recommendation",
    questionnaireVersion: questionnaire.version,
    fitModelVersion: fitModel.version,
    answers: answersToJson(questionnaire, answers),
    answered,
    unanswered,
    confidence: {
      level: reasons.length ? "low" : "normal",
      reasons: reasons.map((id) => ({ id, text: CONFIDENCE_TEXT[id] })),
    },
    ranking: ranked.map((r, i) => explain(advisor, r, i, evidence)),
  };
}
