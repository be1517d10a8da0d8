// The advisor's data shapes: the trait vocabulary, the fit model (each direction's criteria as
// weights on traits, each citing the article) and the questionnaire (each option's evidence for
// traits). Scoring reads only these, so changing the questions or the weights is a data change.
import * as z from "zod";
import { DirectionId, LocalizedText, Provenance, Slug } from "../catalog/schema.js";

export const Trait = z.strictObject({
  id: Slug,
  /** "ability": something one has or can learn; "wish": what the person wants (a goal, an appetite
   *  for a high barrier). A plan teaches abilities only: a wish is never something to acquire. */
  kind: z.enum(["ability", "wish"]),
  name: LocalizedText,
  /** What having the trait means, in a sentence a person can check against themselves. */
  description: LocalizedText,
});
export type Trait = z.infer<typeof Trait>;

/** Where in a direction's section (or the closing) the article says what a criterion rests on. */
export const CitedSection = z.enum(["introduction", "roles", "dailyWork", "barrier", "fits", "verdict", "diagnosis", "outlook"]);
export type CitedSection = z.infer<typeof CitedSection>;

/**
 * A citation as the advisor shows it: the section, and the article's words (zh, verbatim, markdown
 * stripped) with the catalog's one English rendering of them. Resolved from a CitationRef when the
 * advisor is assembled (src/advisor/data.ts), never written by hand.
 */
export const Citation = z.strictObject({
  section: CitedSection,
  quote: LocalizedText,
});
export type Citation = z.infer<typeof Citation>;

/**
 * A catalog text, by its path: in the criterion's own direction ("barrier.reasons[1].detail",
 * "fits[0].detail", "verdict", "dailyWork[2].detail", "roles[1].summary") or in the closing
 * ("framing.diagnosis.types[1].description"). The path decides the section (barrier.* is "barrier").
 */
export const CatalogTextPath = z
  .string()
  .regex(/^(framing\.)?[a-zA-Z]+(\[\d+\])?(\.[a-zA-Z]+(\[\d+\])?)*$/, "a catalog text path such as barrier.reasons[1].detail");

/**
 * What the fit model stores: the catalog text a criterion rests on, whole, or its n-th sentence
 * (1-based) when the text has several and the catalog's Chinese and English have as many each.
 * The quote and its English both come from the catalog, so an article sentence has one rendering.
 */
export const CitationRef = z.strictObject({
  text: CatalogTextPath,
  sentence: z.number().int().min(1).optional(),
});
export type CitationRef = z.infer<typeof CitationRef>;

const criterionShape = {
  trait: Slug,
  /** How much the direction wants the trait; positive so that more evidence never lowers a score. */
  weight: z.number().positive().max(10),
};

/** A criterion as data/advisor/fit-model.json stores it: citing a catalog text by path. */
export const CriterionData = z.strictObject({ ...criterionShape, cite: CitationRef });
export type CriterionData = z.infer<typeof CriterionData>;

/** A criterion as the advisor uses it, its citation resolved to the catalog's words. */
export const Criterion = z.strictObject({ ...criterionShape, cite: Citation });
export type Criterion = z.infer<typeof Criterion>;

/** Evidence an answer gives, per trait, each in (0, 1]. */
export const Evidence = z.record(Slug, z.number().gt(0).max(1));
export type Evidence = z.infer<typeof Evidence>;

function fitModelOf<C extends z.ZodType>(criterion: C) {
  return z.strictObject({
    version: z.number().int().positive(),
    directions: z.strictObject(
      Object.fromEntries(DirectionId.options.map((id) => [id, z.strictObject({ criteria: z.array(criterion).min(3) })])) as Record<
        DirectionId,
        z.ZodObject<{ criteria: z.ZodArray<C> }>
      >,
    ),
    /** A direction is a "stretch" when its barrier rank is at least minRank, the answers show less
     *  than minBarrierCoverage of the abilities its barrier section names, and its fit is below
     *  "good" (score.ts stretchFlags). */
    stretch: z.strictObject({ minRank: z.number().int().min(1).max(5), minBarrierCoverage: z.number().min(0).max(1) }),
    /** Below these, the ranking is shown with a low-confidence notice instead of false precision. */
    confidence: z.strictObject({
      minAnswered: z.number().int().min(0),
      minSpread: z.number().min(0).max(100),
      minTopScore: z.number().min(0).max(100),
    }),
  });
}

/** data/advisor/fit-model.json: criteria citing catalog texts by path. */
export const FitModelData = fitModelOf(CriterionData);
export type FitModelData = z.infer<typeof FitModelData>;

/** The fit model the advisor scores with: every citation resolved (see resolveFitModel). */
export const FitModel = fitModelOf(Criterion);
export type FitModel = z.infer<typeof FitModel>;

export const Option = z.strictObject({
  id: Slug,
  label: LocalizedText,
  evidence: Evidence,
});
export type Option = z.infer<typeof Option>;

/** A multiple-choice option; an exclusive one ("none of these") is chosen alone. */
export const MultiOption = z.strictObject({ ...Option.shape, exclusive: z.boolean() });
export type MultiOption = z.infer<typeof MultiOption>;

export const ScaleLevel = z.strictObject({
  value: z.number().int(),
  label: LocalizedText,
  evidence: Evidence,
});
export type ScaleLevel = z.infer<typeof ScaleLevel>;

const QuestionBase = {
  id: Slug,
  /** The part of the questionnaire the question belongs to (background, interests, ...). */
  topic: Slug,
  prompt: LocalizedText,
  help: LocalizedText.nullable(),
  /**
   * What the answer tells: an ability (a skill, a tool, knowledge or a habit a person can build:
   * the only answers `gap` proposes to change), experience or background (their history),
   * an interest or a temperament (what they enjoy, how they react), or a wish (what they want).
   */
  measures: z.enum(["ability", "experience", "background", "interest", "temperament", "wish"]),
};

export const Question = z.discriminatedUnion("kind", [
  z.strictObject({ ...QuestionBase, kind: z.literal("single"), options: z.array(Option).min(2) }),
  z.strictObject({ ...QuestionBase, kind: z.literal("multi"), options: z.array(MultiOption).min(2) }),
  z.strictObject({ ...QuestionBase, kind: z.literal("scale"), levels: z.array(ScaleLevel).min(2) }),
]);
export type Question = z.infer<typeof Question>;

export const Questionnaire = z.strictObject({
  /** Bumped whenever a question or option changes meaning; answer codes carry it. */
  version: z.number().int().positive(),
  questions: z.array(Question).min(1),
});
export type Questionnaire = z.infer<typeof Questionnaire>;

export const TraitList = z.array(Trait).min(1);

/** What goes beyond the article, per direction: first steps, to be marked "added". */
export const NextStep = z.strictObject({ text: LocalizedText, source: Provenance });
export type NextStep = z.infer<typeof NextStep>;

export const NextSteps = z.strictObject(
  Object.fromEntries(DirectionId.options.map((id) => [id, z.array(NextStep).min(2)])) as Record<
    DirectionId,
    z.ZodArray<typeof NextStep>
  >,
);

/** Something to learn that closes a gap on one trait. */
export const LearningItem = z.strictObject({
  text: LocalizedText,
  /** Catalog skill ids this item teaches, if any. */
  skills: z.array(Slug),
  source: Provenance,
});
export type LearningItem = z.infer<typeof LearningItem>;

/** A one-to-two-week experiment that lets a person try a direction's real daily work. */
export const Experiment = z.strictObject({
  id: Slug,
  title: LocalizedText,
  detail: LocalizedText,
  weeks: z.number().int().min(1).max(2),
  /** The traits it builds evidence for: the plan orders experiments by the person's gaps. */
  traits: z.array(Slug).min(1),
  /** The article's daily-work item it lets the person try (its zh title), or null. */
  tries: z.string().nullable(),
  source: Provenance,
});
export type Experiment = z.infer<typeof Experiment>;

export const Plans = z.strictObject({
  /**
   * Roughly how long each ability takes to learn, in weeks of spare time (the note says how
   * much): this project's estimate, not the article's, shown with gap's changes and plan's steps.
   */
  effort: z.strictObject({
    source: z.literal("added"),
    note: LocalizedText,
    weeks: z.record(Slug, z.tuple([z.number().int().min(1), z.number().int().min(1)])),
  }),
  /** For each trait in the vocabulary, what to learn to gain it. */
  learning: z.record(Slug, z.array(LearningItem).min(1)),
  experiments: z.strictObject(
    Object.fromEntries(DirectionId.options.map((id) => [id, z.array(Experiment).min(3)])) as Record<
      DirectionId,
      z.ZodArray<typeof Experiment>
    >,
  ),
});
export type Plans = z.infer<typeof Plans>;
