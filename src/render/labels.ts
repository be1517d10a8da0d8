// The interface's own words in both languages. Catalog texts come from data/; these are the
// headings and phrases around them.
import type { Lang, LocalizedText } from "../catalog/schema.js";

export const t = (text: LocalizedText, lang: Lang) => text[lang];

const LABELS = {
  number: { zh: "#", en: "#" },
  id: { zh: "ID", en: "ID" },
  name: { zh: "方向", en: "Direction" },
  nickname: { zh: "别称", en: "Nickname" },
  barrier: { zh: "门槛", en: "Barrier" },
  verdict: { zh: "一句话总结", en: "Verdict" },
  role: { zh: "岗位", en: "Role" },
  roles: { zh: "岗位画像", en: "Roles" },
  whatTheyDo: { zh: "做什么", en: "What they do" },
  dailyWork: { zh: "日常工作", en: "Daily work" },
  fits: { zh: "适合人群", en: "Who fits" },
  skills: { zh: "技能与工具", en: "Skills and tools" },
  keySkills: { zh: "关键技能", en: "Key skills" },
  market: { zh: "市场", en: "Market" },
  analogy: { zh: "移动互联网类比", en: "Mobile-internet analogy" },
  direction: { zh: "所属方向", en: "Direction" },
  facet: { zh: "维度", en: "Facet" },
  added: { zh: "（文章之外的补充）", en: " (added beyond the article)" },
  seeAlso: { zh: "另见", en: "See also" },
} satisfies Record<string, LocalizedText>;

export type LabelKey = keyof typeof LABELS;
export const label = (key: LabelKey, lang: Lang) => LABELS[key][lang];
