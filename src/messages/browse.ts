// Words of the browse views (list, show, compare, questions) that are sentences to a person.
import { defineMessages } from "./define.js";

export const M = defineMessages({
  answersFile: { en: (example: string) => `Answers file: ${example}`, zh: (example: string) => `答案文件格式：${example}` },
  aliases: { en: "aliases: ", zh: "别名：" },
  thenRun: { en: (command: string) => `then run: ${command}`, zh: (command: string) => `然后运行：${command}` },
});
