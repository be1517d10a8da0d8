// Answers that do not fit the questionnaire, and answer codes that cannot be read. Values from
// outside arrive here already made printable (src/quote.ts).
import { defineMessages } from "./define.js";

export const ANSWERS = defineMessages({
  hasProblems: {
    en: (what: string, n: number) => `${what} has ${n} problem${n === 1 ? "" : "s"} (see \`llm-career questions --json\` for the ids):`,
    zh: (what: string, n: number) => `${what}有 ${n} 处问题（题目和选项的 id 见 \`llm-career questions --json\`）：`,
  },
  more: {
    en: (n: number) => `and ${n} more problem${n === 1 ? "" : "s"}`,
    zh: (n: number) => `另有 ${n} 处问题未列出`,
  },
  oneOf: { en: (ids: string) => `one of ${ids}`, zh: (ids: string) => `${ids} 之一` },
  arrayOf: {
    en: (ids: string) => `an array of distinct option ids from ${ids}`,
    zh: (ids: string) => `由 ${ids} 中不重复的选项 id 组成的数组`,
  },
  integer: {
    en: (low: number, high: number) => `an integer from ${low} to ${high}`,
    zh: (low: number, high: number) => ` ${low} 到 ${high} 之间的整数`,
  },
  expectedGot: { en: (expected: string, got: string) => `expected ${expected}, got ${got}`, zh: (expected: string, got: string) => `应为${expected}，实际是${got}` },
  didYouMean: { en: (problem: string, name: string) => `${problem}; did you mean "${name}"?`, zh: (problem: string, name: string) => `${problem}；你是不是想写“${name}”？` },
  gotNull: { en: "null", zh: " null" },
  gotArray: { en: "an array", zh: "数组" },
  gotObject: { en: "an object", zh: "对象" },
  gotBoolean: { en: "a boolean", zh: "布尔值" },
  gotString: { en: (shown: string) => `"${shown}"`, zh: (shown: string) => `"${shown}"` },
  gotNumber: { en: (shown: string) => shown, zh: (shown: string) => ` ${shown}` },
  listedTwice: { en: (id: string) => `"${id}" is listed twice`, zh: (id: string) => `“${id}”列了两次` },
  exclusive: {
    en: (id: string) => `"${id}" means none of the others and cannot be combined with them`,
    zh: (id: string) => `“${id}”表示其他都不选，不能和别的选项一起选`,
  },
  notRootObject: {
    en: (got: string) => `expected an object {"answers": {...}}, got ${got}`,
    zh: (got: string) => `应为对象 {"answers": {...}}，实际是${got}`,
  },
  unknownKey: { en: 'unknown key; expected only "answers"', zh: "未知的键；只应有 \"answers\"" },
  answersMissing: { en: "missing; expected an object of question id → answer", zh: "缺少这一项；应为“题目 id → 回答”的对象" },
  answersNotObject: {
    en: (got: string) => `expected an object of question id → answer, got ${got}`,
    zh: (got: string) => `应为“题目 id → 回答”的对象，实际是${got}`,
  },
  unknownQuestionNear: {
    en: (near: string) => `unknown question id; did you mean "${near}"? (see \`llm-career questions --json\`)`,
    zh: (near: string) => `没有这个题目 id；你是不是想写“${near}”？（见 \`llm-career questions --json\`）`,
  },
  unknownQuestion: { en: "unknown question id; see `llm-career questions --json`", zh: "没有这个题目 id；见 `llm-career questions --json`" },
});

export const CODES = defineMessages({
  answerCode: { en: (shown: string) => `answer code "${shown}"`, zh: (shown: string) => `答案代码“${shown}”` },
  example: {
    en: (version: number) => `codes look like ${version}-7k2m9q0c (see the end of a result)`,
    zh: (version: number) => `答案代码形如 ${version}-7k2m9q0c（见结果的最后）`,
  },
  notACode: { en: (shown: string, example: string) => `"${shown}" is not an answer code; ${example}`, zh: (shown: string, example: string) => `“${shown}”不是答案代码；${example}` },
  mistyped: {
    en: (code: string, why: string) => `${code} is mistyped (${why})`,
    zh: (code: string, why: string) => `${code}输错了（${why}）`,
  },
  mistypedVersion: {
    en: (code: string, example: string) => `${code} is mistyped (it does not start with a version number llm-career writes); ${example}`,
    zh: (code: string, example: string) => `${code}输错了（开头不是 llm-career 会写的版本号）；${example}`,
  },
  noU: { en: '"u" is not used in answer codes', zh: "答案代码里不会出现“u”" },
  tooShort: { en: "it is too short", zh: "太短了" },
  tooLong: { en: "it is longer than any answers can be", zh: "比任何答案写出来都长" },
  checkMismatch: { en: "its check character does not match", zh: "校验字符对不上" },
  zeroAfterDash: { en: "no code has a 0 right after the dash", zh: "答案代码的短横线后面不会紧跟 0" },
  older: {
    en: (code: string, given: number, version: number) =>
      `${code} comes from an older version of llm-career (code version ${given}; this one reads version ${version}), so it cannot be read: the questionnaire or the way codes are written has changed since. Answer the questions again.`,
    zh: (code: string, given: number, version: number) =>
      `${code}来自旧版的 llm-career（答案代码版本 ${given}；这一版只读版本 ${version}），读不了：问卷或答案代码的写法已经变了。请重新回答一遍。`,
  },
  newer: {
    en: (code: string, given: number, version: number) =>
      `${code} comes from a newer version of llm-career (code version ${given}; this one reads version ${version}), so it cannot be read: update llm-career, or check the code for a typo.`,
    zh: (code: string, given: number, version: number) =>
      `${code}来自新版的 llm-career（答案代码版本 ${given}；这一版只读版本 ${version}），读不了：请升级 llm-career，或检查答案代码有没有输错。`,
  },
});
