// The follow-up after an interactive recommendation: what to see next, and the report it writes.
import { defineMessages } from "./define.js";

export const FOLLOW_UP = defineMessages({
  next: { zh: "接下来想做什么？", en: "What next?" },
  profile: { zh: "看某个方向的完整分析", en: "See a direction's full profile" },
  gap: { zh: "看某个方向还缺什么", en: "See what a direction still asks of you" },
  plan: { zh: "为某个方向做一份 90 天计划", en: "Make a 90-day plan for a direction" },
  report: { zh: "把结果存成报告（HTML 文件，用浏览器打开）", en: "Write a report to keep (an HTML file for a browser)" },
  quit: { zh: "结束", en: "Quit" },
  which: { zh: "哪个方向？", en: "Which direction?" },
  back: { zh: "返回", en: "Back" },
  wrote: {
    zh: (path: string) => `报告已写入${path}，用浏览器打开即可。`,
    en: (path: string) => `Wrote the report to ${path}; open it in a browser.`,
  },
  noFreeName: {
    zh: (folder: string) => `${folder} 里从 llm-career-report.html 到 llm-career-report-999.html 都已存在，报告没有写入。`,
    en: (folder: string) => `${folder} already holds llm-career-report.html to llm-career-report-999.html; the report was not written.`,
  },
});
