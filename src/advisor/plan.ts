// A 30/60/90-day plan towards one direction, built from the gaps: the abilities to learn (never
// a wish: what a person wants is not something to acquire), and fit experiments ordered by how
// much of the gap they work on.
import type { DirectionId } from "../catalog/schema.js";
import type { Answers } from "./answers.js";
import { encodeAnswers } from "./code.js";
import { criteriaStatus } from "./gap.js";
import type { Advisor } from "./recommend.js";
import { compareText } from "./score.js";
import type { Experiment } from "./schema.js";
import type { PlanOutput } from "./views.js";

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Gaps learned per phase; the third phase is for experiments and applying. */
const GAPS_PER_PHASE = 2;

const FOCUS = [
  { zh: "补最大的缺口，并做第一个小实验，亲手体验这个方向的日常工作。", en: "Close the biggest gaps and run a first small experiment in the direction's daily work." },
  { zh: "补下一批缺口，用第二个实验检验自己是否真的喜欢这份工作。", en: "Close the next gaps; a second experiment tests whether you enjoy the work itself." },
  { zh: "做第三个实验，整理成果，瞄准具体岗位；然后重新回答问卷，看契合度变化。", en: "Run a third experiment, collect what you built, aim at concrete roles; then answer the questionnaire again to see your fit move." },
];

export function buildPlan(advisor: Advisor, target: DirectionId, answers: Answers | undefined): PlanOutput {
  const { catalog, traits, plans, questionnaire } = advisor;
  const d = catalog.directions.find((x) => x.id === target)!;
  // Without answers every criterion counts as a gap, the heaviest first.
  const status = answers ? criteriaStatus(advisor, answers, target) : null;
  const traitOf = (id: string) => traits.find((t) => t.id === id)!;
  const gaps = (status?.criteria.filter((c) => c.state !== "met") ?? advisor.fitModel.directions[target].criteria.map((c) => ({ trait: c.trait, gain: 0, weight: c.weight })))
    .filter((c) => traitOf(c.trait).kind === "ability")
    .map((c) => ({ trait: c.trait, gain: c.gain, weight: c.weight }))
    .sort((a, b) => b.gain - a.gain || b.weight - a.weight || compareText(a.trait, b.trait));
  const learn = (g: (typeof gaps)[number]) => ({
    trait: g.trait,
    name: traitOf(g.trait).name,
    weeks: plans.effort.weeks[g.trait]!,
    gain: round1(g.gain),
    items: plans.learning[g.trait] ?? [],
  });
  // Experiments that work on the largest gaps come first; the article's order breaks ties.
  const worth = (e: Experiment) => e.traits.reduce((sum, t) => sum + (gaps.find((g) => g.trait === t)?.[status ? "gain" : "weight"] ?? 0), 0);
  // An experiment names the daily-work item it tries by its Chinese title; show the catalog's item.
  const daily = (zh: string | null) => (zh === null ? null : (d.dailyWork.find((w) => w.title.zh === zh)?.title ?? null));
  const experiments = [...plans.experiments[target]].sort((a, b) => worth(b) - worth(a)).map((e) => ({ ...e, tries: daily(e.tries) }));
  const phases = [0, 1, 2].map((i) => ({
    from: i * 30 + 1,
    to: (i + 1) * 30,
    focus: FOCUS[i]!,
    learn: i < 2 ? gaps.slice(i * GAPS_PER_PHASE, (i + 1) * GAPS_PER_PHASE).map(learn) : gaps.slice(2 * GAPS_PER_PHASE).map(learn),
    experiments: experiments.slice(i, i + 1),
  }));
  return {
    schemaVersion: 1,
    kind: "plan",
    direction: { id: d.id, number: d.number, name: d.name, nickname: d.nickname },
    basedOnAnswers: Boolean(answers),
    effortNote: plans.effort.note,
    code: answers ? encodeAnswers(questionnaire, answers) : null,
    score: status ? round1(status.score) : null,
    phases,
    moreExperiments: experiments.slice(3),
    roles: d.roles.map((r) => ({ id: r.id, name: r.name })),
    about: null,
  };
}
