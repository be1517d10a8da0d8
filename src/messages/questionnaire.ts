// What the questionnaire says on the terminal: the first screen, the opening self-description,
// the questions' frame, the keys, the review, resuming, and how a stopped run ends.
import { defineMessages } from "./define.js";

export const QUESTIONNAIRE = defineMessages({
  intro: {
    en: (n: number) =>
      `${n} questions, a few minutes. Pick "Skip" when a question does not fit you. ← (or Backspace, Esc) goes back one question; at the end you can review and change any answer. Ctrl-C stops: your answers are kept, and the next run offers to carry on.`,
    zh: (n: number) =>
      `共 ${n} 道题，几分钟就能答完。不合适的题选“跳过”。按 ←（或退格、Esc）回到上一题；答完后可以逐条检查、修改。按 Ctrl-C 随时退出：已答的会保留，下次运行可以接着答。`,
  },
  aboutPrompt: { en: "Describe your background in a sentence or two (Enter skips)", zh: "用一两句话介绍一下你的背景（直接按回车跳过）" },
  aboutHelp: {
    en: 'In English, Chinese or both, as you would tell a colleague; what I can read answers some of the questions for you. For example: "8 years of Go and C++ on a payment system, ran our Kubernetes platform" or "5 years of Android, my math is so-so, I want an AI job soon".',
    zh: "中文、英文或者混着写都行，就像跟同事介绍自己那样；能读懂的部分会替你答掉一些题。比如：“做了5年 Android 开发，数学一般，想尽快转 AI”，或者 “8 years of Go and C++ on a payment system”。",
  },
  aboutFull: { en: (max: number) => `That is as long as a description can be (${max.toLocaleString("en")} characters).`, zh: (max: number) => `自我介绍最多 ${max} 个字符，已经写满了。` },
  keysAbout: { en: "⏎ done (empty: skip) • ←→ move • Backspace delete", zh: "⏎ 完成（不写就跳过）• ←→ 移动光标 • 退格 删除" },
  keysBackAbout: { en: "← your description", zh: "← 回到自我介绍" },
  fromText: { en: "(from your words)", zh: "（来自你的描述）" },
  progress: { en: (i: number, n: number) => `Question ${i} of ${n}`, zh: (i: number, n: number) => `第 ${i}/${n} 题` },
  skip: { en: "Skip (counts as no evidence)", zh: "跳过（不计入评分）" },
  multiHint: { en: "(if none apply, tick the last one)", zh: "（都没有就选最后一项）" },
  alone: { en: (label: string) => `"${label}" cannot be ticked with other choices`, zh: (label: string) => `“${label}”不能和其他选项同时选` },
  empty: { en: (label: string) => `Tick at least one; if none apply, tick "${label}"`, zh: (label: string) => `至少选一项；都没有就选“${label}”` },
  firstQuestion: { en: "This is the first question; there is nothing before it.", zh: "这已经是第一题了，前面没有题。" },
  keysSelect: { en: "↑↓ move • ⏎ choose", zh: "↑↓ 移动 • ⏎ 选定" },
  keysMulti: { en: "↑↓ move • space tick • ⏎ confirm", zh: "↑↓ 移动 • 空格 勾选 • ⏎ 确认" },
  keysBack: { en: "← back", zh: "← 上一题" },
  keysQuit: { en: "Ctrl-C quit", zh: "Ctrl-C 退出" },
  reviewTitle: {
    en: "Your answers. Pick one to change it, or confirm to see your result.",
    zh: "你的答案如下。选一条可以修改，确认后查看结果。",
  },
  reviewConfirm: { en: "Confirm: show my result", zh: "确认：查看结果" },
  reviewSkipped: { en: "(skipped)", zh: "（已跳过）" },
  keysReviewBack: { en: "← last question", zh: "← 回到最后一题" },
  resumeQuestion: {
    en: (at: number, n: number, answered: number) => `Last time you stopped at question ${at} of ${n}, with ${answered} answered. Carry on from there?`,
    zh: (at: number, n: number, answered: number) => `上次答到第 ${at}/${n} 题就退出了（已答 ${answered} 题）。要接着答吗？`,
  },
  resumeReview: {
    en: (n: number) => `Last time you answered all ${n} questions but did not confirm. Carry on from the review?`,
    zh: (n: number) => `上次 ${n} 道题都答完了，但还没确认。要从检查答案这一步接着来吗？`,
  },
  resumeYes: { en: "Carry on where I stopped", zh: "接着答" },
  resumeNo: { en: "Start over", zh: "从头开始" },
  cancelled: { en: "cancelled", zh: "已取消" },
  terminated: { en: "stopped (terminated)", zh: "已停止（程序被终止）" },
  hangup: { en: "stopped (the terminal was closed)", zh: "已停止（终端已关闭）" },
  kept: {
    en: (answered: number) => `your ${answered} answers are kept; run llm-career again on a terminal to carry on`,
    zh: (answered: number) => `已答的 ${answered} 题都保留着，再次在终端运行 llm-career 就能接着答`,
  },
  progressNotKept: {
    en: (problem: string) => `${problem}; the questions go on, but stopping now would lose the answers`,
    zh: (problem: string) => `${problem}；可以继续答题，但现在退出的话答案不会保留`,
  },
});
