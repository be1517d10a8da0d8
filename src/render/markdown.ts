// Markdown reports for `--format markdown`: the same results as text, laid out to render well on
// GitHub and in note apps (tables, headings, quotes). No colour, no terminal width.
import type { Lang } from "../catalog/schema.js";
import type { GapOutput, PlanOutput, RecommendationOutput } from "../advisor/views.js";
import { ADVICE, addedMark, learnNote, answeredNote, effortText, quote, weeksText, aside, ifMetNote, ifYouWantedText, list, partlyNote, planCommand, pointsNote, raisesNote, recommendCommand, unreachable, wishText } from "./advice-words.js";
import { RESULT } from "../messages/result.js";
import { say } from "../messages/define.js";
import { changeText, experimentTitle } from "./gap-plan.js";

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
  low: { zh: "低置信度", en: "Low confidence" },
  lead: { zh: "领先程度", en: "How clear the lead is" },
  robust: { zh: "去掉任何一个回答，第一名都不变。", en: "The leader stays first whichever single answer is dropped." },
  fragile: { zh: "去掉以下回答之一，第一名会改变：", en: "Dropping one of these answers would change the leader:" },
  margin: { zh: (m: number, r: string) => `领先第二名（${r}）${m} 分。`, en: (m: number, r: string) => `Leads the runner-up (${r}) by ${m} points.` },
  verdict: { zh: "文章的一句话总结", en: "The article's verdict" },
  roles: { zh: "可以瞄准的岗位", en: "Roles to aim for" },
  steps: { zh: "第一步", en: "First steps" },
  excluded: { zh: "已排除", en: "Excluded" },
  gapTitle: { zh: "差距分析", en: "Gap analysis" },
  planTitle: { zh: "90 天计划", en: "90-day plan" },
  days: { zh: (a: number, b: number) => `第 ${a}–${b} 天`, en: (a: number, b: number) => `Days ${a}–${b}` },
  learn: { zh: "开始学", en: "Start learning" },
  experiment: { zh: "适配实验", en: "Fit experiment" },
  more: { zh: "更多实验", en: "More experiments" },
  tries: { zh: "体验文章中的日常工作：", en: "Tries the article's daily work: " },
};

const colon = (lang: Lang) => (lang === "zh" ? "：" : ": ");

export function recommendationMarkdown(r: RecommendationOutput, lang: Lang, questionPrompt: (id: string) => string): string {
  const out = [`# ${W.title[lang]}`, ""];
  out.push(`| ${W.rank[lang]} | ${W.direction[lang]} | ${W.fit[lang]} | ${W.score[lang]} |`, "|---:|---|---|---:|");
  for (const d of r.ranking) {
    out.push(`| ${d.rank} | ${cell(d.name[lang])}${d.stretch ? ` _${aside(ADVICE.stretch[lang], lang).trim()}_` : ""} | \`${bar(d.score)}\` | ${d.score} |`);
  }
  out.push("", ADVICE.meaning[lang], "");
  if (r.ranking.some((d) => d.stretch)) out.push(ADVICE.stretchNote[lang], "");
  if (r.excluded.length) out.push(`${W.excluded[lang]}${colon(lang)}${r.excluded.join(", ")}`, "");
  if (r.confidence.level === "low") out.push(`> **${W.low[lang]}**${colon(lang)}${r.confidence.reasons.map((x) => x.text[lang]).join(" ")}`, "");
  const runnerUp = r.ranking.find((d) => d.direction === r.lead.runnerUp);
  out.push(`## ${W.lead[lang]}`, "");
  if (r.lead.margin !== null && runnerUp) out.push(W.margin[lang](r.lead.margin, runnerUp.name[lang]), "");
  if (r.lead.robust) out.push(W.robust[lang], "");
  else {
    const nameOf = (id: string) => r.ranking.find((d) => d.direction === id)?.name[lang] ?? id;
    out.push(W.fragile[lang], "", ...r.lead.flips.map((f) => `- ${questionPrompt(f.question)} → ${nameOf(f.leader)}`), "");
  }
  for (const d of r.ranking.slice(0, 3)) {
    out.push(`## ${d.rank}. ${d.name[lang]} — ${d.nickname[lang]} · ${d.score}${aside(ADVICE.band[lang][d.band], lang)}`, "");
    if (d.reasons.length) out.push(`### ${ADVICE.why[lang]}`, "", ...d.reasons.map((x) => `- **${x.name[lang]}**${pointsNote(x.points, lang)}${answeredNote(x.answers.slice(0, 2).map((a) => a.label[lang]), lang)}`), "");
    if (d.partly.length) {
      const lines = d.partly.map((x) => `- **${x.name[lang]}**${partlyNote(x.points, x.gain, lang)}${answeredNote(x.answers.slice(0, 2).map((a) => a.label[lang]), lang)}`);
      out.push(`### ${ADVICE.partly[lang]}`, "", ...lines, "");
    }
    const gaps = d.gaps.slice(0, 3).map((g) => `- **${g.name[lang]}**${ifMetNote(g.gain, lang)}\n  > ${g.cite.quote[lang]}`);
    out.push(`### ${ADVICE.missing[lang]}`, "", ...(gaps.length ? gaps : [ADVICE.nothingMissing[lang]]), "");
    const wishes = wishText(d.wishes, lang);
    if (wishes.length) out.push(`### ${ADVICE.wishes[lang]}`, "", ...wishes.map((w) => `- ${w}`), "");
    out.push(`### ${W.verdict[lang]}`, "", `> ${d.verdict[lang]}`, "");
    out.push(`**${W.roles[lang]}**${colon(lang)}${list(d.roles.map((x) => `${x.name[lang]}${aside(`\`${x.id}\``, lang)}`), lang)}`, "");
    const added = d.firstSteps.some((s) => s.source === "added") ? addedMark(lang) : "";
    out.push(`### ${W.steps[lang]}${added}`, "", ...d.firstSteps.map((s) => `- ${s.text[lang]}`), "");
  }
  if (r.unanswered.length) out.push(`## ${say(lang, RESULT.unanswered)}`, "", ...r.unanswered.map((id) => `- ${questionPrompt(id)}${aside(`\`${id}\``, lang)}`), "");
  out.push("---", "", `${say(lang, RESULT.code, `\`${r.code}\``)} \`${recommendCommand(r)}\``);
  return out.join("\n");
}

export function gapMarkdown(r: GapOutput, lang: Lang): string {
  const out = [`# ${W.gapTitle[lang]}${colon(lang)}${r.direction.number}. ${r.direction.name[lang]}`, ""];
  out.push(`${W.fit[lang]}${colon(lang)}**${r.score}** \`${bar(r.score)}\` · ${W.rank[lang]}${colon(lang)}${r.rank}`, "");
  out.push(`## ${ADVICE.met[lang]}`, "", ...(r.met.length ? r.met.map((c) => `- ✅ ${c.name[lang]}${pointsNote(c.points, lang)}`) : ["-"]), "");
  if (r.partly.length) out.push(`## ${ADVICE.partly[lang]}`, "", ...r.partly.map((c) => `- ${c.name[lang]}${partlyNote(c.points, c.gain, lang)}`), "");
  out.push(`## ${ADVICE.missing[lang]}`, "");
  out.push(...(r.missing.length ? r.missing.map((c) => `- **${c.name[lang]}**${ifMetNote(c.gain, lang)} — ${c.description[lang]}\n  > ${c.cite.quote[lang]}`) : ["-"]), "");
  const wishes = wishText(r.wishes, lang);
  if (wishes.length) out.push(`## ${ADVICE.wishes[lang]}`, "", ...wishes.map((w) => `- ${w}`), "");
  out.push(`## ${ADVICE.smallest[lang]}`, "");
  const sc = r.smallestChange;
  if (!sc) out.push(unreachable(r.leader.name[lang], lang));
  else if (!sc.changes.length) out.push(ADVICE.already[lang]);
  else {
    for (const c of sc.changes) {
      const detail = [...(c.raises.length ? [raisesNote(c.raises.map((x) => x.name[lang]), lang)] : []), ...(c.weeks ? [weeksText(c.weeks, lang)] : [])];
      out.push(`1. ${changeText(c, lang)}`, ...(detail.length ? [`   ${detail.join(" · ")}`] : []));
    }
    out.push("", `→ ${W.fit[lang]} ≈ ${sc.score}${sc.minimal ? "" : ` ${ADVICE.notMinimal[lang]}`}`);
    if (sc.changes.some((c) => c.weeks)) out.push("", `_${effortText(sc.effortNote, lang)}_`);
  }
  if (r.ifYouWanted) out.push("", ifYouWantedText(r.ifYouWanted, r.direction.name[lang], lang));
  return out.join("\n");
}

export function planMarkdown(p: PlanOutput, lang: Lang): string {
  const out = [`# ${W.planTitle[lang]}${colon(lang)}${p.direction.number}. ${p.direction.name[lang]} — ${p.direction.nickname[lang]}`, ""];
  if (!p.basedOnAnswers) out.push(`_${say(lang, RESULT.planNoAnswers)}_`, "");
  out.push(`_${effortText(p.effortNote, lang)}_`, "");
  const steps = (items: PlanOutput["phases"][number]["learn"]) =>
    items.flatMap((s) => [`- **${s.name[lang]}**${learnNote(s.gain, s.weeks, lang)}`, ...s.items.map((i) => `  - ${i.text[lang]}${i.source === "added" ? addedMark(lang) : ""}`)]);
  for (const phase of p.phases) {
    out.push(`## ${W.days[lang](phase.from, phase.to)}`, "", `_${phase.focus[lang]}_`, "");
    if (phase.learn.length) out.push(`### ${W.learn[lang]}`, "", ...steps(phase.learn), "");
    for (const e of phase.experiments) {
      out.push(`### ${W.experiment[lang]}${colon(lang)}${experimentTitle(e, lang)}`, "", e.detail[lang], "");
      if (e.tries) out.push(`_${W.tries[lang]}${quote(e.tries[lang], lang)}_`, "");
    }
  }
  if (p.moreExperiments.length) {
    out.push(`## ${W.more[lang]}`, "");
    for (const e of p.moreExperiments) {
      out.push(`### ${experimentTitle(e, lang)}`, "", e.detail[lang], "");
      if (e.tries) out.push(`_${W.tries[lang]}${quote(e.tries[lang], lang)}_`, "");
    }
  }
  out.push(`**${W.roles[lang]}**${colon(lang)}${list(p.roles.map((x) => `${x.name[lang]}${aside(`\`${x.id}\``, lang)}`), lang)}`);
  if (p.code) out.push("", `${say(lang, RESULT.planCode, `\`${p.code}\``)} \`${planCommand(p.direction.id, p.code)}\``);
  return out.join("\n");
}
