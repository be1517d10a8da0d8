// What the self-description reader says: its errors, and the words around the "I read" lines.
import { defineMessages } from "./define.js";
import { quoted } from "../quote.js";

export const ABOUT = defineMessages({
  fromOption: { en: "The description given to --about", zh: "--about 给出的自我介绍" },
  fromFile: { en: (path: string) => `The description in ${quoted(path)}`, zh: (path: string) => `文件 ${quoted(path)} 里的自我介绍` },
  fromStdin: { en: "The description read from standard input", zh: "从标准输入读到的自我介绍" },
  fromPrompt: { en: "Your description", zh: "你写的自我介绍" },
  empty: {
    en: (where: string) => `${where} is empty: write a sentence or two about your work, or leave --about out and answer the questions.`,
    zh: (where: string) => `${where}是空的：请用一两句话介绍你的工作，或者不用 --about，直接回答问题。`,
  },
  tooLong: {
    en: (where: string, max: number) => `${where} is longer than ${max.toLocaleString("en")} characters: a few sentences are enough.`,
    zh: (where: string, max: number) => `${where}超过了 ${max} 个字符：几句话就够了。`,
  },
  binary: {
    en: (where: string) => `${where} is not text (it holds bytes that are not UTF-8, or a NUL).`,
    zh: (where: string) => `${where}不是文本（含有不是 UTF-8 的字节或 NUL 字符）。`,
  },
  control: {
    en: (where: string, code: string) => `${where} contains a control character (${code}): write plain text.`,
    zh: (where: string, code: string) => `${where}含有控制字符（${code}）：请只写普通文字。`,
  },
  unrecognised: {
    en: "I could not read anything I know; answer the questions instead.",
    zh: "这段话里没有我认得的内容，请直接回答问题。",
  },
  noAnswers: {
    en: "None of what I read answers a question; answer the questions instead.",
    zh: "读到的内容都回答不了问题，请直接回答问题。",
  },
  iRead: { en: "I read:", zh: "我读到：" },
  notCounted: { en: "Not counted:", zh: "没有算作长处：" },
  years: { en: (n: number) => `${n} ${n === 1 ? "year" : "years"} of experience (no question asks this)`, zh: (n: number) => `${n} 年经验（问卷不问这一项）` },
  unplaced: { en: "Not placed:", zh: "没能归类：" },
  readingWeak: { en: "only a little", zh: "只会一点" },
  readingNegated: { en: "said not", zh: "说的是没有" },
  readingWished: { en: "a wish, not yet a skill", zh: "是愿望，还不是技能" },
  readingDisliked: { en: "not enjoyed", zh: "不喜欢" },
});
