// After an interactive recommendation: offer the gap analysis for a direction the person picks,
// then a 90-day plan for it. Enter on "Done" (or Ctrl-C) ends the run.
import type { Context } from "../context.js";
import type { Answers } from "../advisor/answers.js";
import type { RecommendationOutput } from "../advisor/views.js";
import type { DirectionId } from "../catalog/schema.js";
import { loadPrompts, promptTheme } from "./questionnaire-prompts.js";

const W = {
  which: { zh: "接下来：想看看哪个方向还缺什么？", en: "Next: see what you are missing for a direction?" },
  done: { zh: "不用了，结束", en: "No, done" },
  plan: { zh: (n: string) => `为「${n}」生成 90 天计划？`, en: (n: string) => `Make a 90-day plan for ${n}?` },
  yes: { zh: "好的", en: "Yes" },
  no: { zh: "不用了", en: "No" },
};

const DONE = "\u0000done";

export async function offerNextSteps(ctx: Context, answers: Answers, result: RecommendationOutput): Promise<void> {
  const { lang } = ctx;
  const prompts = await loadPrompts();
  const choices = result.ranking.map((r) => ({ value: r.direction as string, name: `${r.rank}. ${r.name[lang]} (${r.score})` }));
  const theme = promptTheme(lang);
  const picked = await prompts.select({ message: W.which[lang], choices: [...choices, { value: DONE, name: W.done[lang] }], loop: false, ...(theme && { theme }) });
  if (picked === DONE) return;
  const target = picked as DirectionId;
  const { advisor } = await import("../advisor/advisor.js");
  const { gapReport } = await import("../advisor/gap.js");
  const { renderGap, renderPlan } = await import("../render/gap-plan.js");
  ctx.stdout.write(`\n${renderGap(gapReport(advisor, answers, target), ctx)}\n\n`);
  const name = result.ranking.find((r) => r.direction === target)!.name[lang];
  const wantPlan = await prompts.select({
    message: W.plan[lang](name),
    choices: [
      { value: "yes", name: W.yes[lang] },
      { value: "no", name: W.no[lang] },
    ],
    ...(theme && { theme }),
  });
  if (wantPlan !== "yes") return;
  const { buildPlan } = await import("../advisor/plan.js");
  ctx.stdout.write(`\n${renderPlan(buildPlan(advisor, target, answers), ctx)}\n`);
}
