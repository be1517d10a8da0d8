// The documented shapes of the questionnaire's and the recommendation's --json output, and of the
// answers file. `llm-career schema` prints them as JSON Schema.
import * as z from "zod";
import { BarrierLevel, DirectionId, LocalizedText, Provenance } from "../catalog/schema.js";
import { Citation, Experiment, LearningItem, Question } from "./schema.js";

const Version = z.literal(1);

export const AnswerValue = z.union([z.string(), z.array(z.string()), z.number().int()]);

/** The answers file that `recommend --answers` reads and `--save` writes. */
export const AnswersFile = z.strictObject({
  $schema: z.string().optional(),
  answers: z.record(z.string(), AnswerValue),
});

export const QuestionsOutput = z.strictObject({
  schemaVersion: Version,
  kind: z.literal("questionnaire"),
  questionnaireVersion: z.number().int(),
  questions: z.array(Question),
});
export type QuestionsOutput = z.infer<typeof QuestionsOutput>;

export const AnswerRef = z.strictObject({
  question: z.string(),
  /** The option id, or the scale value as a string. */
  choice: z.string(),
  prompt: LocalizedText,
  label: LocalizedText,
});

export const Reason = z.strictObject({
  trait: z.string(),
  name: LocalizedText,
  /** Score points this criterion contributes. */
  points: z.number(),
  /** Evidence for the trait from the answers, 0–1. */
  evidence: z.number(),
  answers: z.array(AnswerRef),
  cite: Citation,
});

export const Gap = z.strictObject({
  trait: z.string(),
  name: LocalizedText,
  description: LocalizedText,
  evidence: z.number(),
  /** Score points the direction would gain if the criterion were fully met. */
  gain: z.number(),
  cite: Citation,
});

export const RankedDirection = z.strictObject({
  rank: z.number().int().min(1),
  direction: DirectionId,
  number: z.number().int(),
  name: LocalizedText,
  nickname: LocalizedText,
  /** 0–100, one decimal. */
  score: z.number().min(0).max(100),
  barrier: z.strictObject({ level: BarrierLevel, rank: z.number().int(), wording: LocalizedText }),
  /** Share (0–1) of the barrier criteria that the answers meet. */
  barrierCoverage: z.number(),
  /** The barrier is beyond the current profile. */
  stretch: z.boolean(),
  reasons: z.array(Reason),
  gaps: z.array(Gap),
  verdict: LocalizedText,
  roles: z.array(z.strictObject({ id: z.string(), name: LocalizedText })),
  firstSteps: z.array(z.strictObject({ text: LocalizedText, source: Provenance })),
});
export type RankedDirection = z.infer<typeof RankedDirection>;

export const ConfidenceReason = z.enum(["too-few-answers", "flat-answers", "flat-scores", "little-evidence"]);

export const RecommendationOutput = z.strictObject({
  schemaVersion: Version,
  kind: z.literal("recommendation"),
  questionnaireVersion: z.number().int(),
  fitModelVersion: z.number().int(),
  /** A short code that reproduces this result: `llm-career recommend --code CODE`. */
  code: z.string(),
  answers: z.record(z.string(), AnswerValue),
  /** Directions left out with --exclude. */
  excluded: z.array(DirectionId),
  answered: z.array(z.string()),
  unanswered: z.array(z.string()),
  confidence: z.strictObject({
    level: z.enum(["normal", "low"]),
    reasons: z.array(z.strictObject({ id: ConfidenceReason, text: LocalizedText })),
  }),
  /** How clear the lead is. */
  lead: z.strictObject({
    direction: DirectionId,
    runnerUp: DirectionId.nullable(),
    /** Score points between the leader and the runner-up; null when only one direction is ranked. */
    margin: z.number().nullable(),
    /** The leader stays first whichever single answer is dropped. */
    robust: z.boolean(),
    /** The answers whose removal alone would change the leader, and to what. */
    flips: z.array(z.strictObject({ question: z.string(), leader: DirectionId })),
  }),
  ranking: z.array(RankedDirection).min(1).max(6),
});
export type RecommendationOutput = z.infer<typeof RecommendationOutput>;

/** One line of `recommend --batch` output: a compact result, or the error for that input line. */
export const BatchLine = z.discriminatedUnion("kind", [
  z.strictObject({
    schemaVersion: Version,
    kind: z.literal("batch-result"),
    /** 1-based input line number. */
    line: z.number().int().min(1),
    ranking: z.array(z.strictObject({ direction: DirectionId, score: z.number(), stretch: z.boolean() })).length(6),
    unanswered: z.array(z.string()),
  }),
  z.strictObject({
    schemaVersion: Version,
    kind: z.literal("batch-error"),
    line: z.number().int().min(1),
    error: z.strictObject({ message: z.string(), problems: z.array(z.string()) }),
  }),
]);
export type BatchLine = z.infer<typeof BatchLine>;

const DirectionRef = z.strictObject({ id: DirectionId, number: z.number().int(), name: LocalizedText, nickname: LocalizedText });

export const CriterionReport = z.strictObject({
  trait: z.string(),
  name: LocalizedText,
  description: LocalizedText,
  evidence: z.number(),
  /** Score points it contributes now. */
  points: z.number(),
  /** Score points it would add if fully met. */
  gain: z.number(),
  cite: Citation,
});

export const GapOutput = z.strictObject({
  schemaVersion: Version,
  kind: z.literal("gap"),
  questionnaireVersion: z.number().int(),
  direction: DirectionRef,
  score: z.number(),
  rank: z.number().int().min(1),
  leader: z.strictObject({ direction: DirectionId, score: z.number() }),
  met: z.array(CriterionReport),
  /** Unmet criteria, the one that would raise the fit most first. */
  missing: z.array(CriterionReport),
  /** The fewest answer changes that make this direction first; [] if it already is; null if none can. */
  smallestChange: z
    .strictObject({
      changes: z.array(
        z.strictObject({
          question: z.string(),
          prompt: LocalizedText,
          from: AnswerValue.nullable(),
          to: AnswerValue,
          choice: z.string(),
          label: LocalizedText,
        }),
      ),
      minimal: z.boolean(),
      changeableOnly: z.boolean(),
      score: z.number(),
    })
    .nullable(),
  answers: z.record(z.string(), AnswerValue),
  unanswered: z.array(z.string()),
});
export type GapOutput = z.infer<typeof GapOutput>;

const LearningStep = z.strictObject({
  trait: z.string(),
  name: LocalizedText,
  /** Score points closing this gap would add (0 when the plan is not based on answers). */
  gain: z.number(),
  items: z.array(LearningItem),
});

export const PlanOutput = z.strictObject({
  schemaVersion: Version,
  kind: z.literal("plan"),
  direction: DirectionRef,
  /** False when no answers were given: every criterion is then treated as a gap. */
  basedOnAnswers: z.boolean(),
  code: z.string().nullable(),
  score: z.number().nullable(),
  /** Wishes (goals, appetite for a high barrier) the direction asks for: to decide, not to learn. */
  decide: z.array(LearningStep),
  phases: z
    .array(
      z.strictObject({
        from: z.number().int(),
        to: z.number().int(),
        focus: LocalizedText,
        learn: z.array(LearningStep),
        experiments: z.array(Experiment),
      }),
    )
    .length(3),
  moreExperiments: z.array(Experiment),
  roles: z.array(z.strictObject({ id: z.string(), name: LocalizedText })),
});
export type PlanOutput = z.infer<typeof PlanOutput>;
