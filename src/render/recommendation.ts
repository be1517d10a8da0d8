// The recommendation for people: all six directions ranked with bars, then the leading ones
// explained. Takes the same object that --json prints.
import type { Lang } from "../catalog/schema.js";
import type { RecommendationOutput, RankedDirection } from "../advisor/views.js";
import type { RenderContext } from "./browse.js";
import { makeStyle, type Style } from "./style.js";
import { ADVICE, addedMark, answeredNote, beforeZh, articleNote, aside, ifMetNote, list, partlyNote, pointsNote, wishText } from "./advice-words.js";
import { displayWidth, wrapIndented, wrapText } from "./text.js";

const W = {
  title: { zh: "你与六个方向的契合度（0–100）", en: "How well you fit the six directions (0–100)" },
  titleExcluding: {
    zh: (n: number) => `你与其余 ${n} 个方向的契合度（0–100）`,
    en: (n: number) => `How well you fit the other ${n} directions (0–100)`,
  },
  lowConfidence: { zh: "低置信度", en: "Low confidence" },
  verdict: { zh: "文章的一句话总结", en: "The article's verdict" },
  roles: { zh: "可以瞄准的岗位", en: "Roles to aim for" },
  firstSteps: { zh: "第一步", en: "First steps" },
  unanswered: { zh: "未回答的问题（不计入评分）", en: "Unanswered questions (counted as no evidence)" },
  lead: {
    zh: (n: string, m: number, r: string) => `${beforeZh(n)}领先第二名（${r}）${m} 分。`,
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

function detail(r: RankedDirection, lang: Lang, width: number, style: Style): string[] {
  const heading = (text: string) => style.heading(wrapText(text, width).join("\n"));
  const out: string[] = [];
  const tag = r.stretch ? `${lang === "zh" ? "" : " "}[${ADVICE.stretch[lang]}]` : "";
  out.push(style.title(wrapText(`${r.rank}. ${r.name[lang]} — ${r.nickname[lang]} · ${r.score}${aside(ADVICE.band[lang][r.band], lang)}${tag}`, width).join("\n")));
  if (r.reasons.length) {
    out.push(heading(ADVICE.why[lang]));
    for (const reason of r.reasons) {
      const labels = reason.answers.slice(0, 2).map((a) => a.label[lang]);
      out.push(...wrapIndented(`${reason.name[lang]}${pointsNote(reason.points, lang)}${answeredNote(labels, lang)}`, width, "  • ", "    "));
    }
  }
  if (r.partly.length) {
    out.push(heading(ADVICE.partly[lang]));
    for (const p of r.partly.slice(0, 3)) {
      const labels = p.answers.slice(0, 2).map((a) => a.label[lang]);
      out.push(...wrapIndented(`${p.name[lang]}${partlyNote(p.points, p.gain, lang)}${answeredNote(labels, lang)}`, width, "  • ", "    "));
    }
  }
  out.push(heading(ADVICE.missing[lang]));
  if (!r.gaps.length) out.push(...wrapIndented(ADVICE.nothingMissing[lang], width, "  "));
  for (const gap of r.gaps.slice(0, 3)) {
    out.push(...wrapIndented(`${gap.name[lang]}${ifMetNote(gap.gain, lang)}`, width, "  • ", "    "));
    out.push(...wrapIndented(articleNote(gap.cite.quote[lang], lang), width, "    ", "    ").map(style.dim));
  }
  const wishes = wishText(r.wishes, lang);
  if (wishes.length) {
    out.push(heading(ADVICE.wishes[lang]));
    for (const line of wishes) out.push(...wrapIndented(line, width, "  • ", "    "));
  }
  out.push(style.heading(W.verdict[lang]), ...wrapIndented(r.verdict[lang], width, "  "));
  out.push(style.heading(W.roles[lang]), ...wrapIndented(list(r.roles.map((x) => `${x.name[lang]}${aside(x.id, lang)}`), lang), width, "  "));
  const added = r.firstSteps.some((s) => s.source === "added") ? addedMark(lang) : "";
  out.push(style.heading(`${W.firstSteps[lang]}${added}`));
  for (const step of r.firstSteps) out.push(...wrapIndented(step.text[lang], width, "  • ", "    "));
  return out;
}

export function renderRecommendation(result: RecommendationOutput, ctx: RenderContext, questionPrompt: (id: string) => string): string {
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const nameWidth = Math.max(...result.ranking.map((r) => displayWidth(r.name[lang])));
  // Name column, bar, score: the name is wrapped on its own when the terminal is narrow.
  const tagWidth = result.ranking.some((r) => r.stretch) ? displayWidth(` [${ADVICE.stretch[lang]}]`) : 0;
  // "6. " + name + 2 spaces + bar + " 100.0" + tag; the bar shrinks before the line breaks.
  const size = Math.min(BAR, width - (3 + nameWidth + 2 + 6 + tagWidth));
  const fitsOnOneLine = size >= MIN_BAR;
  const rows = result.ranking.flatMap((r) => {
    const name = r.name[lang];
    const tag = r.stretch ? ` ${style.warn(`[${ADVICE.stretch[lang]}]`)}` : "";
    const barLine = `${bar(r.score, style, fitsOnOneLine ? size : Math.min(BAR, width - 3 - 6 - tagWidth))} ${r.score.toFixed(1).padStart(5)}${tag}`;
    if (fitsOnOneLine) return [`${r.rank}. ${name}${" ".repeat(nameWidth - displayWidth(name))}  ${barLine}`];
    return [...wrapText(`${r.rank}. ${name}`, width), `   ${barLine}`];
  });
  const title = result.excluded.length ? W.titleExcluding[lang](result.ranking.length) : W.title[lang];
  const out: string[] = [style.title(wrapText(title, width).join("\n")), ...rows, "", ...wrapText(ADVICE.meaning[lang], width).map(style.dim)];
  if (result.ranking.some((r) => r.stretch)) out.push(...wrapText(ADVICE.stretchNote[lang], width).map(style.dim));
  out.push("");
  if (result.excluded.length) out.push(...wrapText(`${W.excluded[lang]}${lang === "zh" ? "：" : ": "}${result.excluded.join(", ")}`, width).map(style.dim), "");
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
    out.push(style.warn(`${W.lowConfidence[lang]}${lang === "zh" ? "：" : ":"}`));
    for (const reason of result.confidence.reasons) out.push(...wrapIndented(reason.text[lang], width, "  • ", "    "));
    out.push("");
  }
  result.ranking.slice(0, DETAILED).forEach((r) => out.push(...detail(r, lang, width, style), ""));
  if (result.unanswered.length) {
    out.push(style.heading(W.unanswered[lang]));
    for (const id of result.unanswered) out.push(...wrapIndented(`${questionPrompt(id)} (${id})`, width, "  • ", "    "));
    out.push("");
  }
  out.push(...wrapText(W.code[lang](result.code), width), style.dim(wrapText(W.more[lang], width).join("\n")));
  return out.join("\n");
}
