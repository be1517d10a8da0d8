// What the command line itself says when it is used wrongly: commander's errors, in words of
// our own and in both languages. Every value in them came from the command line: quoted.
import { defineMessages } from "./define.js";

export const CLI_ERRORS = defineMessages({
  unknownOption: { en: (flag: string) => `unknown option ${flag}`, zh: (flag: string) => `没有 ${flag} 这个选项` },
  unknownOptionLike: {
    en: (flag: string, like: string) => `unknown option ${flag}. Did you mean ${like}?`,
    zh: (flag: string, like: string) => `没有 ${flag} 这个选项。你是不是想输入 ${like}？`,
  },
  unknownCommand: { en: (name: string) => `unknown command ${name}. See \`llm-career --help\`.`, zh: (name: string) => `没有 ${name} 这个命令。用法见 \`llm-career --help\`。` },
  unknownCommandLike: {
    en: (name: string, like: string) => `unknown command ${name}. Did you mean ${like}?`,
    zh: (name: string, like: string) => `没有 ${name} 这个命令。你是不是想输入 ${like}？`,
  },
  missingArgument: {
    en: (command: string, name: string) => `${command} needs ${name}; see \`llm-career help ${command}\``,
    zh: (command: string, name: string) => `${command} 需要参数 ${name}，用法见 \`llm-career help ${command}\``,
  },
  optionMissingArgument: { en: (flags: string) => `option ${flags} needs a value`, zh: (flags: string) => `选项 ${flags} 需要一个值` },
  invalidChoice: {
    en: (flags: string, value: string, choices: string) => `option ${flags} cannot be ${value}; one of: ${choices}`,
    zh: (flags: string, value: string, choices: string) => `选项 ${flags} 不能是 ${value}，可选：${choices}`,
  },
  invalidArgumentChoice: {
    en: (command: string, name: string, value: string, choices: string) => `${command} ${name} cannot be ${value}; one of: ${choices}`,
    zh: (command: string, name: string, value: string, choices: string) => `${command} 的 ${name} 不能是 ${value}，可选：${choices}`,
  },
  excessArguments: {
    en: (command: string, expected: number, got: number) => `too many arguments for ${command}: it takes ${expected}, got ${got}`,
    zh: (command: string, expected: number, got: number) => `${command} 的参数太多了：只要 ${expected} 个，却给了 ${got} 个`,
  },
  optionsFirst: {
    en: (fixed: string) => `the command goes first and its options after it: \`${fixed}\``,
    zh: (fixed: string) => `命令要写在前面，选项放在后面：\`${fixed}\``,
  },
  internal: { en: (message: string) => `internal error: ${message}`, zh: (message: string) => `内部错误：${message}` },
});
