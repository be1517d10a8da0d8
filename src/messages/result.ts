// The words around a recommendation (the chart, the lead, the leader's summary) and around a plan,
// and the lines that say how to see a result again. The advice's own phrases (shared with gap and plan) are in
// src/render/advice-words.ts; the catalog's texts come from data/.
import { defineMessages } from "./define.js";
import { beforeZh } from "../render/advice-words.js";

export const RESULT = defineMessages({
  title: { zh: "你与六个方向的契合度（0–100）", en: "How well you fit the six directions (0–100)" },
  titleExcluding: {
    zh: (n: number) => `你与其余 ${n} 个方向的契合度（0–100）`,
    en: (n: number) => `How well you fit the other ${n} directions (0–100)`,
  },
  /** What the numbers mean, short enough for the one-screen result. */
  meaningShort: {
    zh: "分数是文章对这个方向的要求中你的回答体现出的部分（加权），不是考试分数：50 以上很契合，30–50 契合，15–30 部分契合，15 以下契合不多。",
    en: "A score is the weighted share of what the article asks for that your answers show, not a grade: 50+ strong, 30–50 good, 15–30 some, under 15 little.",
  },
  stretchShort: {
    zh: "挑战：门槛在中高及以上，你的回答体现出的门槛能力不到一半，契合度也低于 30。",
    en: "Stretch: barrier medium-high or above, you show under half of it, fit under 30.",
  },
  lowConfidence: { zh: "低置信度", en: "Low confidence" },
  verdict: { zh: "文章的一句话总结", en: "The article's verdict" },
  roles: { zh: "可以瞄准的岗位", en: "Roles to aim for" },
  firstSteps: { zh: "第一步", en: "First steps" },
  unanswered: { zh: "未回答的问题（不计入评分）", en: "Unanswered questions (counted as no evidence)" },
  unansweredCount: {
    zh: (n: number) => `有 ${n} 个问题没有回答（不计入评分），--details 会列出来。`,
    en: (n: number) => `${n} question${n === 1 ? "" : "s"} unanswered (counted as no evidence); --details lists ${n === 1 ? "it" : "them"}.`,
  },
  lead: {
    zh: (n: string, m: number, r: string) => `${beforeZh(n)}领先第二名（${r}）${m} 分。`,
    en: (n: string, m: number, r: string) => `${n} leads the runner-up (${r}) by ${m} points.`,
  },
  robust: { zh: "去掉任何一个回答，第一名都不变。", en: "It stays first whichever single answer is dropped." },
  fragile: { zh: "但去掉以下任一回答，第一名就会改变：", en: "But dropping any one of these answers would change the leader:" },
  fragileCount: {
    zh: (n: number) => (n === 1 ? "但有一个回答一旦去掉，第一名就会改变（--details 会指出是哪个）。" : `但有 ${n} 个回答，去掉其中任何一个，第一名就会改变（--details 会列出来）。`),
    en: (n: number) => `But dropping ${n === 1 ? "one of your answers" : `any one of ${n} of your answers`} would change the leader; --details says which.`,
  },
  excluded: { zh: "已按要求排除", en: "Excluded as asked" },
  moreWithDetails: { zh: (n: number) => `（另有 ${n} 条，加 --details 查看）`, en: (n: number) => `(${n} more with --details)` },
  code: {
    zh: (c: string) => `答案代码：${c}。再次得到这个结果：`,
    en: (c: string) => `Answer code: ${c}. To get this result again, run:`,
  },
  planNoAnswers: {
    zh: "没有提供答案：每项能力都按缺口处理。用 --answers 或 --code 得到针对你的计划。",
    en: "No answers given: every ability is treated as a gap. Pass --answers or --code for a plan fitted to you.",
  },
  planCode: {
    zh: (c: string) => `答案代码：${c}。再次得到这个计划：`,
    en: (c: string) => `Answer code: ${c}. To get this plan again, run:`,
  },
  moreShort: {
    zh: "完整分析：--details；某个方向：llm-career gap <id>、plan <id>；脚本：--json",
    en: "In full: --details · llm-career gap <id>, plan <id> · for scripts: --json",
  },
  more: {
    zh: "查看某个方向：llm-career show <id>、gap <id>、plan <id>；脚本使用：--json",
    en: "More on a direction: llm-career show <id>, gap <id> or plan <id>; for scripts: --json",
  },
});
