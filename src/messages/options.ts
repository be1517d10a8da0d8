// Options that disagree, or that a command cannot do without.
import { defineMessages } from "./define.js";

export const OPTION_ERRORS = defineMessages({
  formatConflict: {
    en: (format: string) => `--json and --format ${format} disagree; give one of them`,
    zh: (format: string) => `--json 和 --format ${format} 互相矛盾，只给一个`,
  },
  gapNeedsAnswers: {
    en: "gap needs your answers: pass --answers FILE (- for standard input), --code CODE from a result, or --about TEXT",
    zh: "gap 需要你的答案：用 --answers 文件（- 表示标准输入）、结果里的 --code 答案代码，或 --about 一段自我描述",
  },
  repeated: {
    en: (id: string) => `${id} is named more than once; compare distinct directions`,
    zh: (id: string) => `${id} 出现了不止一次，请比较不同的方向`,
  },
});
