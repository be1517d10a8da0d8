// The words of the HTML reports (`--format html`) that no other report has. The advice's own
// phrases come from src/render/advice-words.ts and the result's frame (chart title, lead, roles,
// the answer code) from src/messages/result.ts, as the text and markdown reports use them.
import { defineMessages } from "./define.js";

export const HTML_WORDS = defineMessages({
  recommendationTitle: { en: "My fit with the LLM career directions", zh: "我的大模型职业方向契合度" },
  gapChart: { en: "Its fit next to your first direction (0–100)", zh: "它和你的第一名方向的契合度（0–100）" },
  gapChartFirst: { en: "Its fit (0–100): your first direction", zh: "它的契合度（0–100）：你的第一名" },
  lead: { en: "How clear the lead is", zh: "领先程度" },
  gapTitle: { en: (direction: string) => `Gap analysis: ${direction}`, zh: (direction: string) => `差距分析：${direction}` },
  fitAndRank: {
    en: (score: string, rank: number) => `Fit ${score} · ranked ${rank} now`,
    zh: (score: string, rank: number) => `契合度 ${score} · 当前排名第 ${rank}`,
  },
  none: { en: "None.", zh: "没有。" },
  then: { en: (score: number) => `Your fit would then be about ${score}.`, zh: (score: number) => `之后契合度约为 ${score}。` },
  planTitle: { en: (direction: string) => `A 90-day plan: ${direction}`, zh: (direction: string) => `90 天计划：${direction}` },
  days: { en: (from: number, to: number) => `Days ${from}–${to}`, zh: (from: number, to: number) => `第 ${from}–${to} 天` },
  learn: { en: "Start learning", zh: "开始学" },
  experiment: { en: "Fit experiment", zh: "适配实验" },
  tries: { en: "Tries the article's daily work: ", zh: "体验文章中的日常工作：" },
  more: { en: "More experiments", zh: "更多实验" },
  madeBy: { en: "Made with llm-career.", zh: "由 llm-career 生成。" },
});
