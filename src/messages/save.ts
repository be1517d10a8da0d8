// Saving the answers to a file (--save): refusals, failures in plain words, and what was kept.
// Paths arrive already printable and quoted in each language's way.
import { defineMessages } from "./define.js";

export const SAVE = defineMessages({
  noName: { en: "--save needs a file name", zh: "--save 需要一个文件名" },
  dashName: { en: "--save needs a file name; it writes no standard output (use ./- for a file named -)", zh: "--save 需要一个文件名，它不写到标准输出（文件就叫 - 的话请写 ./-）" },
  exists: {
    en: (path: string) => `${path} already exists; pass --force to replace it`,
    zh: (path: string) => `${path} 已经存在；要覆盖它请加 --force`,
  },
  noFolder: {
    en: (path: string) => `cannot save to ${path}: the folder does not exist`,
    zh: (path: string) => `无法保存到 ${path}：所在的文件夹不存在`,
  },
  notAFile: {
    en: (path: string, kind: string) => `cannot save to ${path}: it is ${kind}, not a regular file, and --save only ever replaces a regular file; give a file name`,
    zh: (path: string, kind: string) => `无法保存到 ${path}：它是${kind}，不是普通文件，--save 只会替换普通文件；请换一个文件名`,
  },
  kindFolder: { en: "a folder", zh: "一个文件夹" },
  kindFifo: { en: "a named pipe (FIFO)", zh: "一个命名管道（FIFO）" },
  kindDevice: { en: "a device", zh: "一个设备" },
  kindSocket: { en: "a socket", zh: "一个套接字" },
  cannotSave: {
    en: (path: string, reason: string) => `cannot save to ${path}: ${reason}`,
    zh: (path: string, reason: string) => `无法保存到 ${path}：${reason}`,
  },
  saved: {
    en: (path: string, rerun: string) => `Saved your answers to ${path}; rerun with: ${rerun}`,
    zh: (path: string, rerun: string) => `答案已保存到 ${path}；重新运行：${rerun}`,
  },
  savedPartial: {
    en: (answered: number, path: string) => `Saved the ${answered} answers given so far to ${path}`,
    zh: (answered: number, path: string) => `已把目前答过的 ${answered} 题保存到 ${path}`,
  },
  answersNotLost: {
    en: (code: string) => `your answers are not lost: their answer code is ${code} (llm-career recommend --code ${code}), and the next llm-career on a terminal offers to carry on with them`,
    zh: (code: string) => `答案没有丢：答案代码是 ${code}（llm-career recommend --code ${code}），下次在终端运行 llm-career 也可以接着用它们`,
  },
});
