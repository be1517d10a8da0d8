// The recommendation for people: all six directions ranked with bars, then the leading ones
// explained. Takes the same object that --json prints.
import type { Lang } from "../catalog/schema.js";
import type { RecommendationOutput, RankedDirection } from "../advisor/views.js";
import type { RenderContext } from "./browse.js";
import { makeStyle, type Style } from "./style.js";
import { wishText } from "./gap-plan.js";
import { displayWidth, wrapIndented, wrapText } from "./text.js";

const W = {
  title: { zh: "你与六个方向的契合度（0–100）", en: "How well you fit the six directions (0–100)" },
  titleExcluding: {
    zh: (n: number) => `你与其余 ${n} 个方向的契合度（0–100）`,
    en: (n: number) => `How well you fit the other ${n} directions (0–100)`,
  },
  lowConfidence: { zh: "低置信度", en: "Low confidence" },
  stretch: { zh: "挑战", en: "stretch" },
  stretchNote: {
    zh: "挑战：它的门槛（按文章的顺序）高于你已大体具备门槛能力的所有方向。",
    en: "Stretch: its barrier (in the article's order) is higher than that of every direction whose barrier abilities you mostly have.",
  },
  meaning: {
    zh: "分数是文章对这个方向的要求中你的回答体现出的部分（加权），不是考试分数：50 以上很契合，30–50 契合，15–30 部分契合，15 以下契合不多。",
    en: "Each score is the weighted share of what the article asks for in that direction that your answers show, not a grade: 50+ strong, 30–50 good, 15–30 some, under 15 little.",
  },
  band: {
    zh: { strong: "很契合", good: "契合", some: "部分契合", little: "契合不多" },
    en: { strong: "strong match", good: "good match", some: "some match", little: "little match" },
  },
  why: { zh: "为什么", en: "Why" },
  partly: { zh: "已具备一部分", en: "Partly there" },
  toComplete: { zh: "分（补全后）", en: "pts to complete" },
  missing: { zh: "还缺的能力（按能提升的分数排序）", en: "Abilities still missing (most useful first)" },
  nothingMissing: { zh: "文章提到的能力你都已具备或具备一部分。", en: "You have, at least partly, every ability the article names." },
  wishes: { zh: "与你想要的是否相符", en: "How it matches what you want" },
  verdict: { zh: "文章的一句话总结", en: "The article's verdict" },
  roles: { zh: "可以瞄准的岗位", en: "Roles to aim for" },
  firstSteps: { zh: "第一步", en: "First steps" },
  added: { zh: "（文章之外的建议）", en: "(suggested, beyond the article)" },
  youAnswered: { zh: "你的回答", en: "you answered" },
  article: { zh: "文章", en: "article" },
  points: { zh: "分", en: "pts" },
  ifMet: { zh: "分，若具备", en: "pts if met" },
  unanswered: { zh: "未回答的问题（不计入评分）", en: "Unanswered questions (counted as no evidence)" },
  lead: {
    zh: (n: string, m: number, r: string) => `${n}领先第二名（${r}）${m} 分。`,
    en: (n: string, m: number, r: string) => `${n} leads the runner-up (${r}) by ${m} points.`,
  },
  robust: { zh: "去掉任何一个回答，第一名都不变。", en: "It stays first whichever single answer is dropped." },
  fragile: { zh: "但去掉以下任一回答，第一名就会改变：", en: "But dropping any one of these answers would change the leader:" },
  excluded: { zh: "已按要求排除", en: "Excluded as asked" },
  code: {
    zh: (c: string) => `答案代码：${c}（用 llm-career recommend --code ${c} 复现这个结果）`,
    en: (c: string) => `Answer code: ${c} (llm-career recommend --code ${c} reproduces this result)`,
  },
  more: {
    zh: "查看某个方向：llm-career show <id>；脚本使用：--json",
    en: "More on a direction: llm-career show <id>; for scripts: --json",
  },
};

const BAR = 20;
const MIN_BAR = 10;
export function bar(score: number, style: Style, size = BAR): string {
  const filled = Math.round((score / 100) * size);
  return style.good("█".repeat(filled)) + style.dim("░".repeat(size - filled));
}

/** How many directions are explained in detail. */
const DETAILED = 3;

function detail(r: RankedDirection, answers: RecommendationOutput["answers"], lang: Lang, width: number, style: Style): string[] {
  const q = (s: string) => (lang === "zh" ? `“${s}”` : `"${s}"`);
  const out: string[] = [];
  out.push(style.title(wrapText(`${r.rank}. ${r.name[lang]} — ${r.nickname[lang]} · ${r.score} (${W.band[lang][r.band]})`, width).join("\n")));
  if (r.stretch) out.push(...wrapText(`[${W.stretch[lang]}] ${W.stretchNote[lang]}`, width).map(style.warn));
  if (r.reasons.length) {
    out.push(style.heading(W.why[lang]));
    for (const reason of r.reasons) {
      const answers = reason.answers.slice(0, 2).map((a) => `${q(a.label[lang])}`).join(lang === "zh" ? "、" : ", ");
      const line = `${reason.name[lang]} (+${reason.points} ${W.points[lang]})${answers ? ` — ${W.youAnswered[lang]} ${answers}` : ""}`;
      out.push(...wrapIndented(line, width, "  • ", "    "));
    }
  }
  if (r.partly.length) {
    out.push(style.heading(W.partly[lang]));
    for (const p of r.partly.slice(0, 3)) {
      const answers = p.answers.slice(0, 2).map((a) => q(a.label[lang])).join(lang === "zh" ? "、" : ", ");
      const line = `${p.name[lang]} (+${p.points} ${W.points[lang]}; +${p.gain} ${W.toComplete[lang]})${answers ? ` — ${W.youAnswered[lang]} ${answers}` : ""}`;
      out.push(...wrapIndented(line, width, "  • ", "    "));
    }
  }
  out.push(style.heading(W.missing[lang]));
  if (!r.gaps.length) out.push(...wrapIndented(W.nothingMissing[lang], width, "  "));
  for (const gap of r.gaps.slice(0, 3)) {
    out.push(...wrapIndented(`${gap.name[lang]} (+${gap.gain} ${W.ifMet[lang]})`, width, "  • ", "    "));
    out.push(...wrapIndented(`${W.article[lang]}${lang === "zh" ? "：" : ": "}${q(gap.cite.quote[lang])}`, width, "    ", "    ").map(style.dim));
  }
  const wishes = wishText(r.wishes, answers, lang);
  if (wishes.length) {
    out.push(style.heading(W.wishes[lang]));
    for (const line of wishes) out.push(...wrapIndented(line, width, "  • ", "    "));
  }
  out.push(style.heading(W.verdict[lang]), ...wrapIndented(r.verdict[lang], width, "  "));
  out.push(style.heading(W.roles[lang]), ...wrapIndented(r.roles.map((x) => `${x.name[lang]} (${x.id})`).join(lang === "zh" ? "、" : ", "), width, "  "));
  const added = r.firstSteps.some((s) => s.source === "added") ? ` ${W.added[lang]}` : "";
  out.push(style.heading(`${W.firstSteps[lang]}${added}`));
  for (const step of r.firstSteps) out.push(...wrapIndented(step.text[lang], width, "  • ", "    "));
  return out;
}

export function renderRecommendation(result: RecommendationOutput, ctx: RenderContext, questionPrompt: (id: string) => string): string {
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const nameWidth = Math.max(...result.ranking.map((r) => displayWidth(r.name[lang])));
  // Name column, bar, score: the name is wrapped on its own when the terminal is narrow.
  const tagWidth = result.ranking.some((r) => r.stretch) ? displayWidth(` [${W.stretch[lang]}]`) : 0;
  // "6. " + name + 2 spaces + bar + " 100.0" + tag; the bar shrinks before the line breaks.
  const size = Math.min(BAR, width - (3 + nameWidth + 2 + 6 + tagWidth));
  const fitsOnOneLine = size >= MIN_BAR;
  const rows = result.ranking.flatMap((r) => {
    const name = r.name[lang];
    const tag = r.stretch ? ` ${style.warn(`[${W.stretch[lang]}]`)}` : "";
    const barLine = `${bar(r.score, style, fitsOnOneLine ? size : Math.min(BAR, width - 3 - 6 - tagWidth))} ${r.score.toFixed(1).padStart(5)}${tag}`;
    if (fitsOnOneLine) return [`${r.rank}. ${name}${" ".repeat(nameWidth - displayWidth(name))}  ${barLine}`];
    return [...wrapText(`${r.rank}. ${name}`, width), `   ${barLine}`];
  });
  const title = result.excluded.length ? W.titleExcluding[lang](result.ranking.length) : W.title[lang];
  const out: string[] = [style.title(title), ...rows, "", ...wrapText(W.meaning[lang], width).map(style.dim)];
  if (result.ranking.some((r) => r.stretch)) out.push(...wrapText(W.stretchNote[lang], width).map(style.dim));
  out.push("");
  if (result.excluded.length) out.push(...wrapText(`${W.excluded[lang]}: ${result.excluded.join(", ")}`, width).map(style.dim), "");
  const leader = result.ranking[0]!;
  const runnerUp = result.ranking.find((r) => r.direction === result.lead.runnerUp);
  if (runnerUp && result.lead.margin !== null) out.push(...wrapText(W.lead[lang](leader.name[lang], result.lead.margin, runnerUp.name[lang]), width));
  if (result.lead.robust) out.push(...wrapText(W.robust[lang], width));
  else {
    out.push(...wrapText(W.fragile[lang], width));
    const nameOf = (id: string) => result.ranking.find((r) => r.direction === id)?.name[lang] ?? id;
    for (const f of result.lead.flips) out.push(...wrapIndented(`${questionPrompt(f.question)} → ${nameOf(f.leader)}`, width, "  • ", "    "));
  }
  out.push("");
  if (result.confidence.level === "low") {
    out.push(style.warn(`${W.lowConfidence[lang]}:`));
    for (const reason of result.confidence.reasons) out.push(...wrapIndented(reason.text[lang], width, "  • ", "    "));
    out.push("");
  }
  result.ranking.slice(0, DETAILED).forEach((r) => out.push(...detail(r, result.answers, lang, width, style), ""));
  if (result.unanswered.length) {
    out.push(style.heading(W.unanswered[lang]));
    for (const id of result.unanswered) out.push(...wrapIndented(`${questionPrompt(id)} (${id})`, width, "  • ", "    "));
    out.push("");
  }
  out.push(...wrapText(W.code[lang](result.code), width), style.dim(wrapText(W.more[lang], width).join("\n")));
  return out.join("\n");
}
