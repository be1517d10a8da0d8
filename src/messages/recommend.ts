// What `recommend` itself says: where the answers must come from, and options that cannot go together.
import { defineMessages } from "./define.js";

export const RECOMMEND = defineMessages({
  noTerminal: {
    en: "the questionnaire needs a terminal; pass --answers FILE (or --answers - for standard input), --code CODE or --about TEXT; see `llm-career questions --json`",
    zh: "问卷需要在终端里回答；请用 --answers 文件（或 --answers - 从标准输入读取）、--code 答案代码或 --about 一段自我描述给出答案，题目和 id 见 `llm-career questions --json`",
  },
  jsonAsksNothing: {
    en: "--json output is for programs, so it asks no questions; pass --answers FILE, --code CODE or --about TEXT, or leave out --json to answer the questions here",
    zh: "--json 的输出是给程序读的，所以不会提问；请用 --answers 文件、--code 答案代码或 --about 自我描述给出答案，或者去掉 --json 在这里答题",
  },
  excludesAll: {
    en: "--exclude rules out every direction; leave at least one to rank",
    zh: "--exclude 把所有方向都排除了；至少留一个方向来排序",
  },
  batchAlone: {
    en: "--batch reads answers from standard input and prints JSON Lines; it cannot be combined with --answers, --code, --about, --about-file, --save, --details or --format other than json",
    zh: "--batch 从标准输入读取答案、逐行输出 JSON，不能和 --answers、--code、--about、--about-file、--save、--details 或 json 以外的 --format 一起用",
  },
});
