// The catalog's shapes. These zod schemas are the single source of truth: the TypeScript types
// below are inferred from them, the JSON Schemas printed by `llm-career schema` are generated
// from them, and the data in data/catalog/ is validated against them at build and test time
// (never at start-up, where zod would cost more than the whole command).
import * as z from "zod";

export const LANGS = ["zh", "en"] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** Every text exists in the article's language (zh) and in a faithful English translation. */
export const LocalizedText = z.strictObject({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * Where a piece of content comes from. "article" is said by the source article; "added" goes
 * beyond it (a skill named in more detail, a next step) and must stay consistent with it.
 */
export const Provenance = z.enum(["article", "added"]);
export type Provenance = z.infer<typeof Provenance>;

export const DIRECTION_IDS = [
  "algorithms",
  "infrastructure",
  "inference",
  "data",
  "applications",
  "safety",
] as const;
export const DirectionId = z.enum(DIRECTION_IDS);
export type DirectionId = z.infer<typeof DirectionId>;

/** A stable id: lowercase kebab-case. */
export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a lowercase kebab-case id");
/** Something a person would type; compared case-insensitively, so stored in lower case. */
const Alias = z
  .string()
  .min(1)
  .refine((s) => s === s.toLowerCase() && s === s.trim(), "aliases are lower case and trimmed");

/** A titled item: a daily task, a barrier reason, a fitting background. */
export const Item = z.strictObject({
  title: LocalizedText,
  detail: LocalizedText,
});
export type Item = z.infer<typeof Item>;

export const Role = z.strictObject({
  id: Slug,
  aliases: z.array(Alias),
  name: LocalizedText,
  /** The article's metaphor for the role ("减脂专家", "超级管道工"), when it gives one. */
  metaphor: LocalizedText.nullable(),
  summary: LocalizedText,
});
export type Role = z.infer<typeof Role>;

/**
 * The article's entry barriers on one ordinal scale, lowest first. The article words them as
 * 相对亲民, 适中, 中高, 高, 极高; `rank` is the position on this scale (1 = most accessible).
 */
export const BARRIER_LEVELS = [
  "accessible",
  "moderate",
  "medium-high",
  "high",
  "very-high",
] as const;
export const BarrierLevel = z.enum(BARRIER_LEVELS);
export type BarrierLevel = z.infer<typeof BarrierLevel>;

export const Barrier = z.strictObject({
  level: BarrierLevel,
  /** 1–5, lowest barrier first; must equal the level's position on BARRIER_LEVELS. */
  rank: z.number().int().min(1).max(5),
  /** The article's own word for the level ("极高", "中高", "相对亲民"). */
  wording: LocalizedText,
  /** "article" when the article names the level; "added" when it only implies it. */
  levelSource: Provenance,
  /** The heading the article gives the barrier ("不看数学，看“工程硬功”"). */
  headline: LocalizedText,
  reasons: z.array(Item).min(1),
});
export type Barrier = z.infer<typeof Barrier>;

export const Direction = z.strictObject({
  id: DirectionId,
  number: z.number().int().min(1).max(6),
  aliases: z.array(Alias).min(1),
  name: LocalizedText,
  /** The article's nickname: “大脑”的铸造者, “超级工厂”的建造师, ... */
  nickname: LocalizedText,
  /** Its place in the article's mobile-internet analogy, when the article gives one. */
  analogy: LocalizedText.nullable(),
  introduction: z.array(LocalizedText).min(1),
  roles: z.array(Role).length(3),
  dailyWork: z.array(Item).min(1),
  barrier: Barrier,
  fits: z.array(Item).min(1),
  marketNotes: z.array(LocalizedText).min(1),
  verdict: LocalizedText,
});
export type Direction = z.infer<typeof Direction>;

export const SkillKind = z.enum(["skill", "tool", "technology", "knowledge"]);
export const Skill = z.strictObject({
  id: Slug,
  name: LocalizedText,
  kind: SkillKind,
  /** The directions that need it, as the article ties them. */
  directions: z.array(DirectionId).min(1),
  source: Provenance,
});
export type Skill = z.infer<typeof Skill>;

export const AnalogyEntry = z.strictObject({
  /** “造手机的人”, “修路的人”, ... */
  label: LocalizedText,
  directions: z.array(DirectionId).min(1),
  explanation: LocalizedText,
});

export const DiagnosisType = z.strictObject({
  id: Slug,
  /** “数学脑”, “底层控”, “产品控” */
  name: LocalizedText,
  description: LocalizedText,
  directions: z.array(DirectionId).min(1),
});
export type DiagnosisType = z.infer<typeof DiagnosisType>;

export const Framing = z.strictObject({
  title: LocalizedText,
  /** The introduction: the prejudice, the 2024 shift, the misconception. */
  overview: z.array(Item).min(1),
  analogy: z.strictObject({
    intro: LocalizedText,
    entries: z.array(AnalogyEntry).min(1),
    summary: LocalizedText,
  }),
  diagnosis: z.strictObject({
    intro: LocalizedText,
    types: z.array(DiagnosisType).min(1),
  }),
  /** The closing outlook and advice. */
  advice: z.array(Item).min(1),
  closing: z.array(LocalizedText).min(1),
});
export type Framing = z.infer<typeof Framing>;

export const Catalog = z.strictObject({
  framing: Framing,
  directions: z.array(Direction).length(6),
  skills: z.array(Skill).min(1),
});
export type Catalog = z.infer<typeof Catalog>;
