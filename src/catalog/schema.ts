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

/**
 * A text that may go beyond the article. Without `source` (or with "article") its zh is the
 * article's words verbatim (markdown emphasis removed); "added" marks a text the article does not
 * say in these words, which must stay consistent with it and is shown as added.
 */
export const SourcedText = z.strictObject({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
  source: Provenance.optional(),
});
export type SourcedText = z.infer<typeof SourcedText>;

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
  /** The role as the article heads it, its parenthetical included ("微调工程师 (SFT - Supervised Fine-Tuning)"). */
  name: LocalizedText,
  /** The article's metaphor for the role ("减脂专家", "超级管道工"), when it gives one. */
  metaphor: LocalizedText.nullable(),
  summary: LocalizedText,
});
export type Role = z.infer<typeof Role>;

/**
 * The entry barriers on one ordinal scale, lowest first. The article words them as 相对“亲民”,
 * 相对适中, “中高”, 同样很高, 极高 (and data's 对 AI 算法的要求没那么“变态”，但对工程经验要求极高);
 * `rank` is the position on this scale (1 = most accessible). The article gives no such ranking:
 * the scale and the rank are added, and marked so (`rankSource`) wherever they are shown.
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
  /** The article ranks nothing: the rank is always added beyond it. */
  rankSource: z.literal("added"),
  /**
   * The article's own words for the level, whole ("相对“亲民”，但上限很高", not "相对“亲民”"). Its
   * English is a part of the lead's (or, for 极高, the headline's), word for word.
   */
  wording: LocalizedText,
  /** "article" when the article names the level; "added" when it only implies it. */
  levelSource: Provenance,
  /**
   * The direction whose barrier the wording says this one is like: infrastructure's 同样很高
   * ("likewise high") follows direction 1's 极高. Null when the wording stands alone.
   */
  sameAs: DirectionId.nullable(),
  /** The heading the article gives the barrier ("不看数学，看“工程硬功”"). */
  headline: LocalizedText,
  /** The sentence that opens the article's barrier section ("这个方向的门槛同样很高，但侧重点完全不同"). */
  lead: LocalizedText,
  reasons: z.array(Item).min(1),
});
export type Barrier = z.infer<typeof Barrier>;

/** One of the article's numbered sections of a direction: its heading and opening sentence. */
export const Section = z.strictObject({
  /** The heading after the section's label (岗位画像：他们到底在忙什么？ → "他们到底在忙什么？"). */
  headline: LocalizedText,
  /** The sentence that opens the section, before its list, when the article has one. */
  lead: LocalizedText.nullable(),
});
export type Section = z.infer<typeof Section>;

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
  /** The headings and opening sentences of the roles (岗位画像), daily-work (做什么) and fits (适合人群) sections. */
  sections: z.strictObject({ roles: Section, dailyWork: Section, fits: Section }),
  roles: z.array(Role).length(3),
  dailyWork: z.array(Item).min(1),
  barrier: Barrier,
  fits: z.array(Item).min(1),
  /** What the article says of the direction's market; a paraphrase is marked `source: "added"`. */
  marketNotes: z.array(SourcedText).min(1),
  verdict: LocalizedText,
});
export type Direction = z.infer<typeof Direction>;

export const SkillKind = z.enum(["skill", "tool", "technology", "knowledge"]);
export const Skill = z.strictObject({
  id: Slug,
  /** Verbatim from the article when `source` is "article"; named in more detail when "added". */
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
  /** The direction the article names in parentheses: 底层算法方向, 基础设施/系统方向, ... */
  scope: LocalizedText,
  directions: z.array(DirectionId).min(1),
  explanation: LocalizedText,
});

export const DiagnosisType = z.strictObject({
  id: Slug,
  /** “数学脑”, “底层控”, “产品控” */
  name: LocalizedText,
  /** 如果你是个“数学脑” */
  heading: LocalizedText,
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

export const Catalog = z
  .strictObject({
    framing: Framing,
    directions: z.array(Direction).length(6),
    skills: z.array(Skill).min(1),
  })
  .superRefine((catalog, ctx) => {
    catalog.directions.forEach((d, i) => {
      const same = d.barrier.sameAs;
      if (same !== null && (same === d.id || !catalog.directions.some((x) => x.id === same))) {
        ctx.addIssue({ code: "custom", path: ["directions", i, "barrier", "sameAs"], message: `"${same}" is not another direction` });
      }
    });
  });
export type Catalog = z.infer<typeof Catalog>;
