// `gap` and `plan` for people. Take the same objects that --json prints.
import type { Lang } from "../catalog/schema.js";
import type { GapOutput, PlanOutput } from "../advisor/views.js";
import type { RenderContext } from "./browse.js";
import { makeStyle } from "./style.js";
import { wrapIndented, wrapText } from "./text.js";

const W = {
  gapTitle: { zh: (n: string, s: number, r: number) => `瞄准：${n} · 契合度 ${s} · 当前排名第 ${r}`, en: (n: string, s: number, r: number) => `Aiming at ${n} · fit ${s} · ranked ${r} now` },
  met: { zh: "已具备", en: "Already met" },
  partly: { zh: "已具备一部分", en: "Partly there" },
  toComplete: { zh: "分（补全后）", en: "pts to complete" },
  youAnswered: { zh: "你的回答", en: "you answered" },
  missing: { zh: "还缺少的能力（按能提升的分数排序）", en: "Abilities still missing (by how much each would raise your fit)" },
  wishes: { zh: "与你想要的是否相符", en: "How it matches what you want" },
  wishYes: { zh: "相符：", en: "matches: " },
  wishPartly: { zh: "部分相符：", en: "partly matches: " },
  higherBarrier: { zh: "它的门槛比你说愿意跨过的更高", en: "it asks for a higher barrier than you said you would take on" },
  raises: { zh: "提升", en: "raises" },
  ifYouWanted: {
    zh: (to: string, from: string, d: string) => `如果你想要的是“${to}”而不是“${from}”，${d}会排在第一。`,
    en: (to: string, from: string, d: string) => `If you wanted "${to}" rather than "${from}", ${d} would lead.`,
  },
  none: { zh: "（无）", en: "(none)" },
  ifMet: { zh: "分（若具备）", en: "pts if met" },
  pts: { zh: "分", en: "pts" },
  article: { zh: "文章", en: "article" },
  already: { zh: "它已经是你的第一名。", en: "It already ranks first for you." },
  smallest: { zh: "让它成为第一名的最少学习", en: "The least to learn or do to make it your first" },
  notMinimal: { zh: "（逐步搜索所得，可能还有更小的组合）", en: "(found step by step; a smaller set may exist)" },
  unreachable: {
    zh: (leader: string) => `在这套问卷里，只靠学习新技能、工具和知识，它还超不过你现在的第一名（${leader}）；上面缺的能力仍会提高你在这个方向的契合度。`,
    en: (leader: string) => `Learning new skills, tools and knowledge alone does not put it ahead of your first direction now (${leader}) in this questionnaire; the abilities above still raise your fit for it.`,
  },
  add: { zh: "加上", en: "add" },
  set: { zh: "改为", en: "answer" },
  then: { zh: (s: number) => `之后契合度约为 ${s}。`, en: (s: number) => `Your fit would then be about ${s}.` },
  planTitle: { zh: (n: string) => `90 天计划：${n}`, en: (n: string) => `A 90-day plan: ${n}` },
  noAnswers: {
    zh: "没有提供答案：每条要求都按缺口处理。用 --answers 或 --code 得到针对你的计划。",
    en: "No answers given: every criterion is treated as a gap. Pass --answers or --code for a plan fitted to you.",
  },
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

/** The label of a change's previous answer, from its prompt's question (a wish is a single choice or a scale). */
const labelOf = (w: NonNullable<GapOutput["ifYouWanted"]>, lang: Lang) => w.fromLabel?.[lang] ?? String(w.from);

/**
 * Wishes in words: the ones the direction rewards that the answers match, and a barrier higher
 * than the person said they would take on. An unmatched goal is not listed: it is not a gap.
 */
export function wishText(wishes: ReadonlyArray<Pick<GapOutput["wishes"][number], "trait" | "name" | "match">>, answers: GapOutput["answers"], lang: Lang): string[] {
  const lines: string[] = [];
  for (const w of wishes) {
    if (w.match === "yes") lines.push(`${W.wishYes[lang]}${w.name[lang]}`);
    else if (w.match === "partly" && w.trait !== "barrier-appetite") lines.push(`${W.wishPartly[lang]}${w.name[lang]}`);
    else if (w.trait === "barrier-appetite" && answers.barrier !== undefined) lines.push(W.higherBarrier[lang]);
  }
  return lines;
}

export function renderGap(r: GapOutput, ctx: RenderContext): string {
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const out = [style.title(wrapText(W.gapTitle[lang](`${r.direction.number}. ${r.direction.name[lang]}`, r.score, r.rank), width).join("\n")), ""];
  out.push(style.heading(W.met[lang]));
  if (!r.met.length) out.push(`  ${W.none[lang]}`);
  for (const c of r.met) out.push(...wrapIndented(`${c.name[lang]} (+${c.points} ${W.pts[lang]})`, width, "  ✓ ", "    "));
  if (r.partly.length) {
    out.push("", style.heading(W.partly[lang]));
    for (const c of r.partly) out.push(...wrapIndented(`${c.name[lang]} (+${c.points} ${W.pts[lang]}; +${c.gain} ${W.toComplete[lang]})`, width, "  ◐ ", "    "));
  }
  out.push("", style.heading(W.missing[lang]));
  if (!r.missing.length) out.push(`  ${W.none[lang]}`);
  for (const c of r.missing) {
    out.push(...wrapIndented(`${c.name[lang]} (+${c.gain} ${W.ifMet[lang]})`, width, "  • ", "    "));
    out.push(...wrapIndented(`${W.article[lang]}: ${quote(c.cite.quote[lang], lang)}`, width, "    ").map(style.dim));
  }
  const wishLines = wishText(r.wishes, r.answers, lang);
  if (wishLines.length) {
    out.push("", style.heading(W.wishes[lang]));
    for (const line of wishLines) out.push(...wrapIndented(line, width, "  • ", "    "));
  }
  out.push("", style.heading(W.smallest[lang]));
  const sc = r.smallestChange;
  if (!sc) out.push(...wrapIndented(W.unreachable[lang](r.leader.direction), width, "  "));
  else if (!sc.changes.length) out.push(...wrapIndented(W.already[lang], width, "  "));
  else {
    for (const c of sc.changes) {
      out.push(...wrapIndented(changeText(c, lang), width, "  → ", "    "));
      if (c.raises.length) out.push(...wrapIndented(`${W.raises[lang]}: ${c.raises.map((x) => x.name[lang]).join(lang === "zh" ? "、" : ", ")}`, width, "    ").map(style.dim));
    }
    out.push(...wrapIndented(`${W.then[lang](sc.score)}${sc.minimal ? "" : ` ${W.notMinimal[lang]}`}`, width, "  "));
  }
  if (r.ifYouWanted) {
    const w = r.ifYouWanted;
    const from = w.from === null ? "—" : labelOf(w, lang);
    out.push("", ...wrapText(W.ifYouWanted[lang](w.label[lang], from, r.direction.name[lang]), width));
  }
  return out.join("\n");
}

export function renderPlan(p: PlanOutput, ctx: RenderContext): string {
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const out = [style.title(wrapText(W.planTitle[lang](`${p.direction.number}. ${p.direction.name[lang]} — ${p.direction.nickname[lang]}`), width).join("\n"))];
  if (!p.basedOnAnswers) out.push(...wrapText(W.noAnswers[lang], width).map(style.dim));
  out.push("");
  const steps = (list: PlanOutput["phases"][number]["learn"]) => {
    for (const s of list) {
      out.push(...wrapIndented(`${s.name[lang]}${s.gain ? ` (+${s.gain} ${W.ifMet[lang]})` : ""}`, width, "  • ", "    "));
      for (const item of s.items) out.push(...wrapIndented(`${item.text[lang]}${item.source === "added" ? ` ${W.added[lang]}` : ""}`, width, "    – ", "      "));
    }
  };
  const experiment = (e: PlanOutput["moreExperiments"][number]) => {
    out.push(...wrapIndented(`${e.title[lang]} (${W.weeks[lang](e.weeks)})${e.source === "added" ? ` ${W.added[lang]}` : ""}`, width, "  ▸ ", "    "));
    out.push(...wrapIndented(e.detail[lang], width, "    "));
    if (e.tries) out.push(...wrapIndented(`${W.tries[lang]}: ${quote(e.tries[lang], lang)}`, width, "    ").map(style.dim));
  };
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
