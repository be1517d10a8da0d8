// How --about and --about-file combine with the other sources of answers.
import { defineMessages } from "./define.js";

export const ABOUT_SOURCE = defineMessages({
  descriptionFile: { en: "description file", zh: "自我介绍文件" },
  aboutOrFile: { en: "give --about or --about-file, not both", zh: "--about 和 --about-file 只能给一个" },
  stdinOnce: {
    en: "--answers - and --about-file - both read standard input; give one of them a file",
    zh: "--answers - 和 --about-file - 都要读标准输入，请把其中一个换成文件",
  },
  unrecognised: {
    en: "I could not read anything I know in that description; answer the questions instead (on a terminal, or with --answers or --code)",
    zh: "这段描述里没有我认得的内容，请直接回答问题（在终端里答，或者用 --answers、--code）",
  },
  noAnswers: {
    en: "nothing in that description answers a question; answer the questions instead (on a terminal, or with --answers or --code)",
    zh: "这段描述回答不了任何一道题，请直接回答问题（在终端里答，或者用 --answers、--code）",
  },
  overridden: {
    en: (used: number, read: number) => `${used} of the ${read} answers read from your description are used; --answers or --code gave the others.`,
    zh: (used: number, read: number) => `从你的描述读出的 ${read} 个答案里用了 ${used} 个，其余的以 --answers 或 --code 给出的为准。`,
  },
  fromText: {
    en: (n: number, total: number) => `${n} of ${total} answers came from your description; the rest stay unanswered (counted as no evidence).`,
    zh: (n: number, total: number) => `${total} 道题里有 ${n} 道的答案来自你的描述，其余的算作没有回答（不计入评分）。`,
  },
});
