// Reading input: answers files, standard input, batch lines, JSON syntax, and writing the output.
// Values from outside arrive here already made printable (src/quote.ts); each language quotes
// them its own way ("a.json" in English, “a.json” in Chinese).
import type { Lang } from "../catalog/schema.js";
import { textIn, type ErrorText } from "../errors.js";
import { defineMessages, type Localized, type MessageEntry } from "./define.js";

type Args<E> = E extends { en: (...args: infer A) => string } ? A : [];

/**
 * A message filled in with arguments that differ by language (a nested message, a quoted name):
 * `args(lang)` gives each language its own.
 */
export function localizeEach<E extends MessageEntry>(entry: E, args: (lang: Lang) => Args<E>): Localized {
  const fill = (lang: Lang) => {
    const form = entry[lang];
    return typeof form === "function" ? (form as (...a: unknown[]) => string)(...args(lang)) : form;
  };
  return { en: fill("en"), zh: fill("zh") };
}

/** A name from outside, already printable, in each language's quotation marks. */
export const quoteIn = (lang: Lang, shown: string): string => (lang === "zh" ? `“${shown}”` : `"${shown}"`);

/** A thing and its name from outside, already printable: `answers file "a.json"`, 答案文件“a.json”. */
export const named = (noun: ErrorText, shown: string): Localized => ({
  en: `${textIn("en", noun)} ${quoteIn("en", shown)}`,
  zh: `${textIn("zh", noun)}${quoteIn("zh", shown)}`,
});

export const INPUT = defineMessages({
  answersFile: { en: "answers file", zh: "答案文件" },
  answersOnStdin: { en: "the answers on standard input", zh: "标准输入中的答案" },
  line: { en: (n: number) => `line ${n}`, zh: (n: number) => `第 ${n} 行` },
  eitherAnswersOrCode: { en: "give either --answers or --code, not both", zh: "--answers 和 --code 只能给一个" },
  readingStdin: {
    en: "llm-career: reading the answers (JSON) from standard input; paste them, then press Ctrl-D",
    zh: "llm-career: 正在从标准输入读取答案（JSON）；粘贴后按 Ctrl-D 结束",
  },
  readingDescription: {
    en: "llm-career: reading your description from standard input; type or paste it, then press Ctrl-D",
    zh: "llm-career: 正在从标准输入读取你的自我介绍；输入或粘贴后按 Ctrl-D 结束",
  },

  stdinDirectory: { en: "standard input is a directory, not a file", zh: "标准输入是一个目录，不是文件" },
  stdinTooBig: {
    en: (kib: number) => `standard input is larger than ${kib} KiB, the most llm-career reads there`,
    zh: (kib: number) => `标准输入超过 ${kib} KiB，这是 llm-career 能读的上限`,
  },
  cannotReadStdin: { en: (reason: string) => `cannot read standard input: ${reason}`, zh: (reason: string) => `无法读取标准输入：${reason}` },
  pathDirectory: { en: (what: string) => `${what} is a directory, not a file`, zh: (what: string) => `${what}是一个目录，不是文件` },
  cannotReadPath: { en: (what: string, reason: string) => `cannot read ${what}: ${reason}`, zh: (what: string, reason: string) => `无法读取${what}：${reason}` },
  pathLargerThan: {
    en: (what: string, kib: number) => `${what} is larger than ${kib} KiB, the most llm-career reads`,
    zh: (what: string, kib: number) => `${what}超过 ${kib} KiB，这是 llm-career 能读的上限`,
  },
  pathSize: {
    en: (what: string, mib: string, kib: number) => `${what} is ${mib} MiB; llm-career reads at most ${kib} KiB`,
    zh: (what: string, mib: string, kib: number) => `${what}有 ${mib} MiB，而 llm-career 最多读 ${kib} KiB`,
  },

  empty: {
    en: (what: string) => `${what} is empty; expected a JSON object like {"answers": {...}}`,
    zh: (what: string) => `${what}是空的；应为 {"answers": {...}} 这样的 JSON 对象`,
  },
  notText: {
    en: (what: string) => `${what} is not text (it contains NUL bytes); expected JSON`,
    zh: (what: string) => `${what}不是文本（其中有 NUL 字节）；应为 JSON`,
  },
  notValid: { en: (what: string, problem: string) => `${what} is not valid: ${problem}`, zh: (what: string, problem: string) => `${what}无效：${problem}` },
  notValidJson: {
    en: (what: string, problem: string) => `${what} is not valid JSON: ${problem}`,
    zh: (what: string, problem: string) => `${what}不是有效的 JSON：${problem}`,
  },
  duplicateKey: {
    en: (key: string) => `the key "${key}" appears twice in one object`,
    zh: (key: string) => `同一个对象里键“${key}”出现了两次`,
  },
  tooDeep: { en: (levels: number) => `nesting is deeper than ${levels} levels`, zh: (levels: number) => `嵌套超过 ${levels} 层` },

  lineTooLong: { en: (n: number) => `line ${n} is longer than 1 MiB`, zh: (n: number) => `第 ${n} 行超过 1 MiB` },
  batchDirectory: {
    en: "--batch reads JSON Lines on standard input, and standard input is a directory",
    zh: "--batch 从标准输入逐行读取 JSON，而标准输入是一个目录",
  },
  batchTerminal: {
    en: "--batch reads JSON Lines on standard input; pipe a file into it",
    zh: "--batch 从标准输入逐行读取 JSON；请用管道把文件传给它",
  },
  batchFailed: {
    en: (failed: number, lines: number) => `${failed} of ${lines} lines failed; see the "batch-error" lines`,
    zh: (failed: number, lines: number) => `${lines} 行中有 ${failed} 行出错；详见 "batch-error" 行`,
  },

  cannotWriteOutput: { en: (reason: string) => `cannot write the output: ${reason}`, zh: (reason: string) => `无法写出结果：${reason}` },
});

/** What is wrong with a JSON text, in words of our own: V8's messages quote the raw input. */
export const JSON_SYNTAX = defineMessages({
  endsEarly: { en: "the text ends before the JSON does", zh: "JSON 还没写完，文本就结束了" },
  unterminatedString: { en: "a string has no closing quote", zh: "有个字符串缺少结尾的引号" },
  controlInString: {
    en: "a string holds a control character (write it as an escape, such as \\n)",
    zh: "字符串里有控制字符（请写成 \\n 这样的转义）",
  },
  badEscape: { en: "a string holds a bad escape", zh: "字符串里有错误的转义" },
  propertyName: { en: "expected a property name in double quotes", zh: "这里应是带双引号的属性名" },
  colon: { en: "expected ':' after a property name", zh: "属性名后面应是冒号 ':'" },
  afterValue: { en: "expected ',' or '}' after a property value", zh: "属性值后面应是 ',' 或 '}'" },
  afterElement: { en: "expected ',' or ']' after an array element", zh: "数组元素后面应是 ',' 或 ']'" },
  trailing: { en: "there is more text after the JSON", zh: "JSON 后面还有多余的内容" },
  number: { en: "a number is malformed", zh: "有个数字格式不对" },
  unexpected: { en: (token: string) => `unexpected character ${token}`, zh: (token: string) => `出现了不该有的字符 ${token}` },
  other: { en: "it does not follow JSON syntax", zh: "不符合 JSON 语法" },
  at: {
    en: (problem: string, line: number, column: number) => `${problem} (line ${line}, column ${column})`,
    zh: (problem: string, line: number, column: number) => `${problem}（第 ${line} 行第 ${column} 列）`,
  },
});
