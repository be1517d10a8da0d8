// `gap` and `plan` for people. Take the same objects that --json prints.
import type { Lang } from "../catalog/schema.js";
import type { GapOutput, PlanOutput } from "../advisor/views.js";
import type { RenderContext } from "./browse.js";
import { makeStyle } from "./style.js";
import { wrapIndented, wrapText } from "./text.js";

const W = {
  gapTitle: { zh: (n: string, s: number, r: number) => `瞄准：${n} · 契合度 ${s} · 当前排名第 ${r}`, en: (n: string, s: number, r: number) => `Aiming at ${n} · fit ${s} · ranked ${r} now` },
  met: { zh: "已具备", en: "Already met" },
  missing: { zh: "还缺少（按能提升的分数排序）", en: "Missing (by how much each would raise your fit)" },
  none: { zh: "（无）", en: "(none)" },
  ifMet: { zh: "分（若具备）", en: "pts if met" },
  pts: { zh: "分", en: "pts" },
  article: { zh: "文章", en: "article" },
  already: { zh: "它已经是你的第一名。", en: "It already ranks first for you." },
  smallest: { zh: "让它成为第一名的最小改变", en: "The smallest change that makes it your first" },
  notMinimal: { zh: "（逐步搜索所得，可能还有更小的组合）", en: "(found step by step; a smaller set may exist)" },
  notChangeable: {
    zh: "只改变技能、习惯和目标做不到；下面的改变涉及你的经历。",
    en: "Changing skills, habits and goals alone cannot do it; these changes touch your history.",
  },
  unreachable: { zh: "在这套问卷里，没有任何答案的改变能让它成为第一名。", en: "No change of answers in this questionnaire makes it first." },
  add: { zh: "加上", en: "add" },
  set: { zh: "改为", en: "answer" },
  then: { zh: (s: number) => `之后契合度约为 ${s}。`, en: (s: number) => `Your fit would then be about ${s}.` },
  planTitle: { zh: (n: string) => `90 天计划：${n}`, en: (n: string) => `A 90-day plan: ${n}` },
  noAnswers: {
    zh: "没有提供答案：每条要求都按缺口处理。用 --answers 或 --code 得到针对你的计划。",
    en: "No answers given: every criterion is treated as a gap. Pass --answers or --code for a plan fitted to you.",
  },
  decide: { zh: "先想清楚", en: "Decide first" },
  days: { zh: (a: number, b: number) => `第 ${a}–${b} 天`, en: (a: number, b: number) => `Days ${a}–${b}` },
  learn: { zh: "学习", en: "Learn" },
  experiment: { zh: "适配实验", en: "Fit experiment" },
  weeks: { zh: (w: number) => `${w} 周`, en: (w: number) => `${w} week${w > 1 ? "s" : ""}` },
  tries: { zh: "体验文章中的日常工作", en: "tries the article's daily work" },
  added: { zh: "（文章之外的建议）", en: "(added beyond the article)" },
  roles: { zh: "可以瞄准的岗位", en: "Roles to aim for" },
  more: { zh: "更多实验", en: "More experiments" },
};

const quote = (s: string, lang: Lang) => (lang === "zh" ? `“${s}”` : `"${s}"`);

export function changeText(c: NonNullable<GapOutput["smallestChange"]>["changes"][number], lang: Lang): string {
  const verb = Array.isArray(c.to) ? W.add[lang] : W.set[lang];
  return `${c.prompt[lang]} → ${verb} ${quote(c.label[lang], lang)} (${c.question}: ${c.choice})`;
}

export function renderGap(r: GapOutput, ctx: RenderContext): string {
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const out = [style.title(wrapText(W.gapTitle[lang](`${r.direction.number}. ${r.direction.name[lang]}`, r.score, r.rank), width).join("\n")), ""];
  out.push(style.heading(W.met[lang]));
  if (!r.met.length) out.push(`  ${W.none[lang]}`);
  for (const c of r.met) out.push(...wrapIndented(`${c.name[lang]} (+${c.points} ${W.pts[lang]})`, width, "  ✓ ", "    "));
  out.push("", style.heading(W.missing[lang]));
  if (!r.missing.length) out.push(`  ${W.none[lang]}`);
  for (const c of r.missing) {
    out.push(...wrapIndented(`${c.name[lang]} (+${c.gain} ${W.ifMet[lang]})`, width, "  • ", "    "));
    out.push(...wrapIndented(`${W.article[lang]}: ${quote(c.cite.quote[lang], lang)}`, width, "    ").map(style.dim));
  }
  out.push("", style.heading(W.smallest[lang]));
  const sc = r.smallestChange;
  if (!sc) out.push(...wrapIndented(W.unreachable[lang], width, "  "));
  else if (!sc.changes.length) out.push(...wrapIndented(W.already[lang], width, "  "));
  else {
    if (!sc.changeableOnly) out.push(...wrapIndented(W.notChangeable[lang], width, "  ").map(style.warn));
    for (const c of sc.changes) out.push(...wrapIndented(changeText(c, lang), width, "  → ", "    "));
    out.push(...wrapIndented(`${W.then[lang](sc.score)}${sc.minimal ? "" : ` ${W.notMinimal[lang]}`}`, width, "  "));
  }
  return out.join("\n");
}

export function renderPlan(p: PlanOutput, ctx: RenderContext): string {
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const out = [style.title(wrapText(W.planTitle[lang](`${p.direction.number}. ${p.direction.name[lang]} — ${p.direction.nickname[lang]}`), width).join("\n"))];
  if (!p.basedOnAnswers) out.push(...wrapText(W.noAnswers[lang], width).map(style.dim));
  out.push("");
  const steps = (list: PlanOutput["decide"]) => {
    for (const s of list) {
      out.push(...wrapIndented(`${s.name[lang]}${s.gain ? ` (+${s.gain} ${W.ifMet[lang]})` : ""}`, width, "  • ", "    "));
      for (const item of s.items) out.push(...wrapIndented(`${item.text[lang]}${item.source === "added" ? ` ${W.added[lang]}` : ""}`, width, "    – ", "      "));
    }
  };
  const experiment = (e: PlanOutput["moreExperiments"][number]) => {
    out.push(...wrapIndented(`${e.title[lang]} (${W.weeks[lang](e.weeks)})${e.source === "added" ? ` ${W.added[lang]}` : ""}`, width, "  ▸ ", "    "));
    out.push(...wrapIndented(e.detail[lang], width, "    "));
    if (e.tries) out.push(...wrapIndented(`${W.tries[lang]}: ${quote(e.tries, lang)}`, width, "    ").map(style.dim));
  };
  if (p.decide.length) {
    out.push(style.heading(W.decide[lang]));
    steps(p.decide);
    out.push("");
  }
  for (const phase of p.phases) {
    out.push(...wrapText(`${W.days[lang](phase.from, phase.to)} — ${phase.focus[lang]}`, width).map(style.heading));
    if (phase.learn.length) {
      out.push(`  ${W.learn[lang]}:`);
      steps(phase.learn);
    }
    for (const e of phase.experiments) {
      out.push(`  ${W.experiment[lang]}:`);
      experiment(e);
    }
    out.push("");
  }
  if (p.moreExperiments.length) {
    out.push(style.heading(W.more[lang]));
    p.moreExperiments.forEach(experiment);
    out.push("");
  }
  out.push(style.heading(W.roles[lang]), ...wrapIndented(p.roles.map((r) => `${r.name[lang]} (${r.id})`).join(lang === "zh" ? "、" : ", "), width, "  "));
  return out.join("\n");
}
