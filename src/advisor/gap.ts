// Aiming at one direction: which of its criteria the answers meet, which they miss (by how much
// each would raise the fit), and the smallest set of answer changes that would make it first.
// Everything is computed from the fit model; nothing here knows a particular question.
import type { DirectionId } from "../catalog/schema.js";
import type { AnswerValue, Answers } from "./answers.js";
import { answersToJson } from "./answers.js";
import { answersSpeakTo, collectEvidence, compareText, matchOf, scoreDirection, stateOf, type CriterionState, type EvidenceMap } from "./score.js";
import { rankAnswers } from "./score-table.js";
import { abilitiesOf, rank, type Advisor } from "./recommend.js";
import type { Question } from "./schema.js";
import type { GapOutput } from "./views.js";

/** One change to one answer: set a single or scale answer, or add an option to a multi answer. */
export interface AnswerChange {
  question: string;
  from: AnswerValue | null;
  to: AnswerValue;
  /** The option added or chosen (the scale value as a string). */
  choice: string;
  /** Options an added one replaces: an exclusive "none of these". */
  drop: string[];
}

function candidates(question: Question, current: AnswerValue | undefined): AnswerChange[] {
  const from = current ?? null;
  if (question.kind === "multi") {
    const have = Array.isArray(current) ? current : [];
    // Adding a skill replaces "none of these"; choosing "none" is never a way forward.
    const drop = question.options.filter((o) => o.exclusive && have.includes(o.id)).map((o) => o.id);
    return question.options
      .filter((o) => !o.exclusive && !have.includes(o.id))
      .map((o) => ({ question: question.id, from, to: [...have.filter((id) => !drop.includes(id)), o.id].sort(), choice: o.id, drop }));
  }
  if (question.kind === "single") {
    return question.options.filter((o) => o.id !== current).map((o) => ({ question: question.id, from, to: o.id, choice: o.id, drop: [] }));
  }
  return question.levels
    .filter((l) => l.value !== current)
    .map((l) => ({ question: question.id, from, to: l.value, choice: String(l.value), drop: [] }));
}

/** Applies changes in order; two adds to one multi answer accumulate. */
export function applyChanges(answers: Answers, changes: readonly AnswerChange[]): Map<string, AnswerValue> {
  const next = new Map(answers);
  for (const c of changes) {
    const cur = next.get(c.question);
    if (Array.isArray(c.to) && Array.isArray(cur)) next.set(c.question, [...new Set([...cur.filter((id) => !c.drop.includes(id)), c.choice])].sort());
    else if (Array.isArray(c.to)) next.set(c.question, [c.choice]);
    else next.set(c.question, c.to);
  }
  return next;
}

interface Standing {
  first: boolean;
  /** How far the target leads (positive) or trails (negative) the best other direction. */
  margin: number;
  score: number;
  /** Every direction's score, in the catalog's order. */
  scores: number[];
}

/** Where the target stands under these answers; scores only, as the search calls it thousands of times. */
function standing(advisor: Advisor, answers: Answers, target: DirectionId): Standing {
  const order = advisor.catalog.directions.map((d) => d.id);
  const ranked = rankAnswers(advisor, answers);
  const mine = ranked.find((r) => r.direction === target)!.score;
  const best = Math.max(...ranked.filter((r) => r.direction !== target).map((r) => r.score));
  const scores = order.map((d) => ranked.find((r) => r.direction === d)!.score);
  return { first: ranked[0]!.direction === target, margin: mine - best, score: mine, scores };
}

export interface SmallestChange {
  changes: AnswerChange[];
  /** True when no smaller set exists (searched exhaustively up to two changes); false when a greedy search found it. */
  minimal: boolean;
  score: number;
}

/** Questions whose answers a person can change by learning or doing: abilities, never wishes or history. */
export const learnable = (q: Question) => q.measures === "ability";

const MAX_GREEDY = 20;

/**
 * The changes to these answers that keep every ability they show: advice never asks a person to
 * un-learn something (answer "math: 1" so that algorithms falls behind).
 */
function allowedChanges(advisor: Advisor, answers: Answers, questions: Question[]): AnswerChange[] {
  const before = collectEvidence(advisor.questionnaire, answers, { sources: false });
  const value = (e: EvidenceMap, trait: string) => e.get(trait)?.value ?? 0;
  const abilities = [...abilitiesOf(advisor)];
  return questions
    .flatMap((q) => candidates(q, answers.get(q.id)))
    .filter((c) => {
      const after = collectEvidence(advisor.questionnaire, applyChanges(answers, [c]), { sources: false });
      return abilities.every((t) => value(after, t) >= value(before, t) - 1e-12);
    });
}

function search(advisor: Advisor, answers: Answers, target: DirectionId, questions: Question[]): SmallestChange | null {
  const baseline = standing(advisor, answers, target);
  // A change that moves no direction's score cannot help, alone or in a pair; any other might
  // (lowering a direction ahead of the target helps only together with lowering the others).
  const moved = (s: Standing) => s.scores.some((score, i) => Math.abs(score - baseline.scores[i]!) > 1e-9);
  const useful = allowedChanges(advisor, answers, questions)
    .map((c) => ({ c, s: standing(advisor, applyChanges(answers, [c]), target) }))
    .filter((x) => moved(x.s));
  const better = (a: { margin: number }, b: { margin: number } | null) => !b || a.margin > b.margin + 1e-9;
  let best: { changes: AnswerChange[]; margin: number; score: number } | null = null;
  for (const { c, s } of useful) if (s.first && better(s, best)) best = { changes: [c], ...s };
  if (best) return { changes: best.changes, minimal: true, score: best.score };
  // Every pair: so a set of two is reported as minimal only when no single change would do.
  for (let i = 0; i < useful.length; i++) {
    for (let j = i + 1; j < useful.length; j++) {
      const pair = [useful[i]!.c, useful[j]!.c];
      if (pair[0]!.question === pair[1]!.question && !Array.isArray(pair[0]!.to)) continue; // one value per question
      const s = standing(advisor, applyChanges(answers, pair), target);
      if (s.first && better(s, best)) best = { changes: pair, ...s };
    }
  }
  if (best) return { changes: best.changes, minimal: true, score: best.score };
  // Greedy beyond two changes: take the change that most improves the margin, then drop any that
  // turn out not to be needed.
  const chosen: AnswerChange[] = [];
  let current: Answers = answers;
  for (let step = 0; step < MAX_GREEDY; step++) {
    const now = standing(advisor, current, target).margin;
    let pick: { c: AnswerChange; margin: number; first: boolean } | null = null;
    for (const c of allowedChanges(advisor, current, questions)) {
      const s = standing(advisor, applyChanges(current, [c]), target);
      if (!pick || s.margin > pick.margin + 1e-9) pick = { c, margin: s.margin, first: s.first };
    }
    if (!pick || pick.margin <= now + 1e-9) break; // nothing helps any more
    chosen.push(pick.c);
    current = applyChanges(current, [pick.c]);
    if (pick.first) break;
  }
  if (!standing(advisor, current, target).first) return null;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const without = chosen.filter((_, k) => k !== i);
    if (standing(advisor, applyChanges(answers, without), target).first) chosen.splice(i, 1);
  }
  return { changes: chosen, minimal: false, score: standing(advisor, applyChanges(answers, chosen), target).score };
}

/**
 * The smallest set of learnable changes (abilities, skills, tools, habits; see `learnable`) that
 * makes `target` rank first; null if none can. Goals, interests, temperament and history are
 * never proposed.
 */
export function smallestChange(advisor: Advisor, answers: Answers, target: DirectionId): SmallestChange | null {
  const now = standing(advisor, answers, target);
  if (now.first) return { changes: [], minimal: true, score: now.score };
  return search(advisor, answers, target, advisor.questionnaire.questions.filter(learnable));
}

/**
 * A different wish that alone would put `target` first ("if you wanted X rather than Y"), said
 * apart from the advice: the first in questionnaire order, or null.
 */
export function wishThatWouldLead(advisor: Advisor, answers: Answers, target: DirectionId): AnswerChange | null {
  if (standing(advisor, answers, target).first) return null;
  for (const q of advisor.questionnaire.questions.filter((x) => x.measures === "wish")) {
    for (const c of candidates(q, answers.get(q.id))) if (standing(advisor, applyChanges(answers, [c]), target).first) return c;
  }
  return null;
}

/** The abilities a change raises, with how much (evidence 0–1 before and after). */
export function abilitiesRaised(advisor: Advisor, answers: Answers, change: AnswerChange): Array<{ trait: string; from: number; to: number }> {
  const before = collectEvidence(advisor.questionnaire, answers, { sources: false });
  const after = collectEvidence(advisor.questionnaire, applyChanges(answers, [change]), { sources: false });
  const value = (e: EvidenceMap, t: string) => e.get(t)?.value ?? 0;
  return [...abilitiesOf(advisor)]
    .filter((t) => value(after, t) > value(before, t) + 1e-12)
    .map((t) => ({ trait: t, from: value(before, t), to: value(after, t) }));
}

export interface CriterionStatus {
  trait: string;
  kind: "ability" | "wish";
  weight: number;
  evidence: number;
  points: number;
  gain: number;
  state: CriterionState;
}

export function criteriaStatus(advisor: Advisor, answers: Answers, target: DirectionId): { score: number; criteria: CriterionStatus[] } {
  const scored = scoreDirection(advisor.fitModel, target, collectEvidence(advisor.questionnaire, answers));
  const abilities = abilitiesOf(advisor);
  return {
    score: scored.score,
    criteria: scored.criteria.map((c) => ({
      trait: c.criterion.trait,
      kind: abilities.has(c.criterion.trait) ? ("ability" as const) : ("wish" as const),
      weight: c.criterion.weight,
      evidence: c.evidence,
      points: c.points,
      gain: c.gain,
      state: stateOf(c.evidence),
    })),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** The `gap` result: what --json prints and the renderers draw. */
export function gapReport(advisor: Advisor, answers: Answers, target: DirectionId): GapOutput {
  const { catalog, questionnaire, fitModel, traits } = advisor;
  const d = catalog.directions.find((x) => x.id === target)!;
  const ranked = rank(advisor, collectEvidence(questionnaire, answers));
  const position = ranked.findIndex((r) => r.direction === target);
  const status = criteriaStatus(advisor, answers, target);
  const criterion = (trait: string) => fitModel.directions[target].criteria.find((c) => c.trait === trait)!;
  const traitOf = (id: string) => traits.find((t) => t.id === id)!;
  const describe = (c: CriterionStatus) => ({
    trait: c.trait,
    kind: c.kind,
    name: traitOf(c.trait).name,
    description: traitOf(c.trait).description,
    evidence: round2(c.evidence),
    points: round1(c.points),
    gain: round1(c.gain),
    cite: criterion(c.trait).cite,
  });
  const label = (question: string, choice: string) => {
    const q = questionnaire.questions.find((x) => x.id === question)!;
    return q.kind === "scale" ? q.levels.find((l) => String(l.value) === choice)!.label : q.options.find((o) => o.id === choice)!.label;
  };
  const changeRef = (c: AnswerChange) => ({
    question: c.question,
    prompt: questionnaire.questions.find((q) => q.id === c.question)!.prompt,
    from: c.from,
    fromLabel: c.from === null || Array.isArray(c.from) ? null : label(c.question, String(c.from)),
    to: c.to,
    choice: c.choice,
    label: label(c.question, c.choice),
  });
  const change = smallestChange(advisor, answers, target);
  const wish = wishThatWouldLead(advisor, answers, target);
  const abilities = status.criteria.filter((c) => c.kind === "ability");
  const byGain = (a: CriterionStatus, b: CriterionStatus) => b.gain - a.gain || compareText(a.trait, b.trait);
  return {
    schemaVersion: 1,
    kind: "gap",
    questionnaireVersion: questionnaire.version,
    direction: { id: d.id, number: d.number, name: d.name, nickname: d.nickname },
    score: round1(status.score),
    rank: position + 1,
    leader: { direction: ranked[0]!.direction, name: catalog.directions.find((x) => x.id === ranked[0]!.direction)!.name, score: round1(ranked[0]!.score) },
    met: abilities.filter((c) => c.state === "met").sort((a, b) => b.points - a.points || compareText(a.trait, b.trait)).map(describe),
    partly: abilities.filter((c) => c.state === "partly").sort(byGain).map(describe),
    missing: abilities.filter((c) => c.state === "missing").sort(byGain).map(describe),
    wishes: status.criteria
      .filter((c) => c.kind === "wish")
      .map((c) => ({ ...describe(c), kind: "wish" as const, match: matchOf(c.evidence), said: answersSpeakTo(questionnaire, answers, c.trait) })),
    smallestChange: change && {
      changes: change.changes.map((c) => {
        const raised = abilitiesRaised(advisor, answers, c);
        // The change takes about as long as learning the ability it raises most.
        const main = [...raised].sort((a, b) => b.to - b.from - (a.to - a.from) || compareText(a.trait, b.trait))[0];
        return {
          ...changeRef(c),
          raises: raised.map((r) => ({ trait: r.trait, name: traitOf(r.trait).name, from: round2(r.from), to: round2(r.to) })),
          weeks: main ? advisor.plans.effort.weeks[main.trait] ?? null : null,
        };
      }),
      minimal: change.minimal,
      score: round1(change.score),
      effortNote: advisor.plans.effort.note,
    },
    ifYouWanted: wish && { ...changeRef(wish), leader: target },
    answers: answersToJson(questionnaire, answers),
    unanswered: questionnaire.questions.filter((q) => !answers.has(q.id)).map((q) => q.id),
    about: null,
  };
}
