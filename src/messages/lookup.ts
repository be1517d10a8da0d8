// What `show`, `compare`, `gap`, `plan` and `--exclude` say when a name finds nothing.
import { defineMessages } from "./define.js";

export const LOOKUP = defineMessages({
  unknownEntry: {
    en: (name: string) => `unknown direction or role ${name}.`,
    zh: (name: string) => `找不到方向或岗位 ${name}。`,
  },
  unknownDirection: {
    en: (name: string) => `unknown direction ${name}.`,
    zh: (name: string) => `找不到方向 ${name}。`,
  },
  noSuchNumber: {
    en: (name: string) => `there is no direction ${name}: there are six directions, numbered 1–6.`,
    zh: (name: string) => `没有编号为 ${name} 的方向：一共六个方向，编号 1–6。`,
  },
  roleNotDirection: {
    en: (name: string, direction: string) => `${name} is a role in ${direction}, not a direction.`,
    zh: (name: string, direction: string) => `${name} 是 ${direction}下的一个岗位，不是方向。`,
  },
  didYouMean: {
    en: (names: string) => `Did you mean ${names}?`,
    zh: (names: string) => `你是不是想找 ${names}？`,
  },
  validDirections: {
    en: (ids: string) => `Valid ids: ${ids}, or a number 1–6.`,
    zh: (ids: string) => `可用的 id：${ids}，或编号 1–6。`,
  },
  orById: {
    en: (ids: string) => `Or name one by id: ${ids}.`,
    zh: (ids: string) => `也可以用 id：${ids}。`,
  },
  orRole: {
    en: "A role id works too (see `llm-career show <direction>`).",
    zh: "也可以用岗位 id（见 `llm-career show <方向>`）。",
  },
});
