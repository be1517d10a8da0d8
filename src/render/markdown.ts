// Markdown reports for `--format markdown`: the same results as text, laid out to render well on
// GitHub and in note apps (tables, headings, quotes). No colour, no terminal width.
import type { Lang } from "../catalog/schema.js";
import type { GapOutput, PlanOutput, RecommendationOutput } from "../advisor/views.js";
import { changeText, wishText } from "./gap-plan.js";

const BAR = 20;
const bar = (score: number) => "█".repeat(Math.round((score / 100) * BAR)) + "░".repeat(BAR - Math.round((score / 100) * BAR));
/** Table cells cannot hold a pipe or a newline. */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

const W = {
  title: { zh: "我的大模型职业方向契合度", en: "My fit with the LLM career directions" },
  rank: { zh: "排名", en: "Rank" },
  direction: { zh: "方向", en: "Direction" },
  fit: { zh: "契合度", en: "Fit" },
  score: { zh: "分数", en: "Score" },
  stretch: { zh: "挑战", en: "stretch" },
  low: { zh: "低置信度", en: "Low confidence" },
  lead: { zh: "领先程度", en: "How clear the lead is" },
  robust: { zh: "去掉任何一个回答，第一名都不变。", en: "The leader stays first whichever single answer is dropped." },
  fragile: { zh: "去掉以下回答之一，第一名会改变：", en: "Dropping one of these answers would change the leader:" },
  margin: { zh: (m: number, r: string) => `领先第二名（${r}）${m} 分。`, en: (m: number, r: string) => `Leads the runner-up (${r}) by ${m} points.` },
  why: { zh: "为什么", en: "Why" },
  missing: { zh: "还缺的能力", en: "Abilities still missing" },
  partly: { zh: "已具备一部分", en: "Partly there" },
  toComplete: { zh: "分（补全后）", en: "pts to complete" },
  wishes: { zh: "与你想要的是否相符", en: "How it matches what you want" },
  meaning: {
    zh: "分数是文章对这个方向的要求中你的回答体现出的部分（加权），不是考试分数：50 以上很契合，30–50 契合，15–30 部分契合，15 以下契合不多。",
    en: "The score is the weighted share of what the article asks for in the direction that your answers show, not a grade: 50+ strong, 30–50 good, 15–30 some, under 15 little.",
  },
  stretchMeaning: {
    zh: "挑战：门槛（按文章的顺序）高于你已大体具备门槛能力的所有方向。",
    en: "Stretch: its barrier (in the article's order) is higher than that of every direction whose barrier abilities you mostly have.",
  },
  more: { zh: "更多实验", en: "More experiments" },
  verdict: { zh: "文章的一句话总结", en: "The article's verdict" },
  roles: { zh: "可以瞄准的岗位", en: "Roles to aim for" },
  steps: { zh: "第一步（文章之外的建议）", en: "First steps (suggested, beyond the article)" },
  code: { zh: "答案代码", en: "Answer code" },
  reproduce: { zh: "复现", en: "reproduce with" },
  excluded: { zh: "已排除", en: "Excluded" },
  met: { zh: "已具备", en: "Already met" },
  smallest: { zh: "让它成为第一名的最少学习", en: "The least to learn or do to make it first" },
  already: { zh: "它已经是第一名。", en: "It already ranks first." },
  unreachable: {
    zh: (leader: string) => `在这套问卷里，只靠学习新技能、工具和知识，它还超不过你现在的第一名（${leader}）。`,
    en: (leader: string) => `Learning new skills, tools and knowledge alone does not put it ahead of your first direction now (${leader}) in this questionnaire.`,
  },
  gapTitle: { zh: "差距分析", en: "Gap analysis" },
  planTitle: { zh: "90 天计划", en: "90-day plan" },
  days: { zh: (a: number, b: number) => `第 ${a}–${b} 天`, en: (a: number, b: number) => `Days ${a}–${b}` },
  learn: { zh: "学习", en: "Learn" },
  experiment: { zh: "适配实验", en: "Fit experiment" },
  added: { zh: "（文章之外的补充）", en: "(added beyond the article)" },
  weeks: { zh: (w: number) => `${w} 周`, en: (w: number) => `${w} week${w > 1 ? "s" : ""}` },
  pts: { zh: "分", en: "pts" },
};

export function recommendationMarkdown(r: RecommendationOutput, lang: Lang, questionPrompt: (id: string) => string): string {
  const out = [`# ${W.title[lang]}`, ""];
  out.push(`| ${W.rank[lang]} | ${W.direction[lang]} | ${W.fit[lang]} | ${W.score[lang]} |`, "|---:|---|---|---:|");
  for (const d of r.ranking) {
    out.push(`| ${d.rank} | ${cell(d.name[lang])}${d.stretch ? ` _(${W.stretch[lang]})_` : ""} | \`${bar(d.score)}\` | ${d.score} |`);
  }
  out.push("", W.meaning[lang], "");
  if (r.ranking.some((d) => d.stretch)) out.push(W.stretchMeaning[lang], "");
  if (r.excluded.length) out.push(`${W.excluded[lang]}: ${r.excluded.join(", ")}`, "");
  if (r.confidence.level === "low") out.push(`> **${W.low[lang]}:** ${r.confidence.reasons.map((x) => x.text[lang]).join(" ")}`, "");
  const runnerUp = r.ranking.find((d) => d.direction === r.lead.runnerUp);
  out.push(`## ${W.lead[lang]}`, "");
  if (r.lead.margin !== null && runnerUp) out.push(W.margin[lang](r.lead.margin, runnerUp.name[lang]), "");
  if (r.lead.robust) out.push(W.robust[lang], "");
  else out.push(W.fragile[lang], "", ...r.lead.flips.map((f) => `- ${questionPrompt(f.question)} → ${f.leader}`), "");
  for (const d of r.ranking.slice(0, 3)) {
    out.push(`## ${d.rank}. ${d.name[lang]} — ${d.nickname[lang]} (${d.score})`, "");
    out.push(`### ${W.why[lang]}`, "", ...d.reasons.map((x) => `- **${x.name[lang]}** (+${x.points} ${W.pts[lang]}): ${x.answers.slice(0, 2).map((a) => a.label[lang]).join("; ")}`), "");
    if (d.partly.length) out.push(`### ${W.partly[lang]}`, "", ...d.partly.map((x) => `- **${x.name[lang]}** (+${x.points} ${W.pts[lang]}; +${x.gain} ${W.toComplete[lang]})`), "");
    out.push(`### ${W.missing[lang]}`, "", ...d.gaps.slice(0, 3).map((g) => `- **${g.name[lang]}** (+${g.gain} ${W.pts[lang]})\n  > ${g.cite.quote[lang]}`), "");
    const wishes = wishText(d.wishes, r.answers, lang);
    if (wishes.length) out.push(`### ${W.wishes[lang]}`, "", ...wishes.map((w) => `- ${w}`), "");
    out.push(`### ${W.verdict[lang]}`, "", `> ${d.verdict[lang]}`, "");
    out.push(`**${W.roles[lang]}:** ${d.roles.map((x) => `${x.name[lang]} (\`${x.id}\`)`).join(", ")}`, "");
    out.push(`### ${W.steps[lang]}`, "", ...d.firstSteps.map((s) => `- ${s.text[lang]}`), "");
  }
  out.push("---", "", `${W.code[lang]}: \`${r.code}\` — ${W.reproduce[lang]} \`llm-career recommend --code ${r.code}\``);
  return out.join("\n");
}

export function gapMarkdown(r: GapOutput, lang: Lang): string {
  const out = [`# ${W.gapTitle[lang]}: ${r.direction.number}. ${r.direction.name[lang]}`, ""];
  out.push(`${W.fit[lang]}: **${r.score}** \`${bar(r.score)}\` · ${W.rank[lang]}: ${r.rank}`, "");
  out.push(`## ${W.met[lang]}`, "", ...(r.met.length ? r.met.map((c) => `- ✅ ${c.name[lang]} (+${c.points} ${W.pts[lang]})`) : ["-"]), "");
  if (r.partly.length) out.push(`## ${W.partly[lang]}`, "", ...r.partly.map((c) => `- ${c.name[lang]} (+${c.points} ${W.pts[lang]}; +${c.gain} ${W.toComplete[lang]})`), "");
  out.push(`## ${W.missing[lang]}`, "");
  out.push(...(r.missing.length ? r.missing.map((c) => `- **${c.name[lang]}** (+${c.gain} ${W.pts[lang]}) — ${c.description[lang]}\n  > ${c.cite.quote[lang]}`) : ["-"]), "");
  out.push(`## ${W.smallest[lang]}`, "");
  const sc = r.smallestChange;
  if (!sc) out.push(W.unreachable[lang](r.leader.direction));
  else if (!sc.changes.length) out.push(W.already[lang]);
  else out.push(...sc.changes.map((c) => `1. ${changeText(c, lang)}`), "", `→ ${W.fit[lang]} ≈ ${sc.score}`);
  const wishes = wishText(r.wishes, r.answers, lang);
  if (wishes.length) out.push("", `## ${W.wishes[lang]}`, "", ...wishes.map((w) => `- ${w}`));
  return out.join("\n");
}

export function planMarkdown(p: PlanOutput, lang: Lang): string {
  const out = [`# ${W.planTitle[lang]}: ${p.direction.number}. ${p.direction.name[lang]}`, ""];
  const steps = (list: PlanOutput["phases"][number]["learn"]) =>
    list.flatMap((s) => [`- **${s.name[lang]}**${s.gain ? ` (+${s.gain} ${W.pts[lang]})` : ""}`, ...s.items.map((i) => `  - ${i.text[lang]}${i.source === "added" ? ` ${W.added[lang]}` : ""}`)]);
  for (const phase of p.phases) {
    out.push(`## ${W.days[lang](phase.from, phase.to)}`, "", `_${phase.focus[lang]}_`, "");
    if (phase.learn.length) out.push(`### ${W.learn[lang]}`, "", ...steps(phase.learn), "");
    for (const e of phase.experiments) {
      out.push(`### ${W.experiment[lang]}: ${e.title[lang]} (${W.weeks[lang](e.weeks)})`, "", e.detail[lang], "");
    }
  }
  if (p.moreExperiments.length) {
    out.push(`## ${W.more[lang]}`, "");
    for (const e of p.moreExperiments) out.push(`- **${e.title[lang]}** (${W.weeks[lang](e.weeks)})${e.source === "added" ? ` ${W.added[lang]}` : ""}: ${e.detail[lang]}`);
    out.push("");
  }
  out.push(`**${W.roles[lang]}:** ${p.roles.map((x) => `${x.name[lang]} (\`${x.id}\`)`).join(", ")}`);
  if (p.code) out.push("", `${W.code[lang]}: \`${p.code}\``);
  return out.join("\n");
}
