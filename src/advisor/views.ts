// The documented shapes of the questionnaire's and the recommendation's --json output, and of the
// answers file. `llm-career schema` prints them as JSON Schema.
import * as z from "zod";
import { BarrierLevel, DirectionId, LocalizedText, Provenance } from "../catalog/schema.js";
import { Citation, Question } from "./schema.js";

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

export const ConfidenceReason = z.enum(["too-few-answers", "flat-scores", "little-evidence"]);

export const RecommendationOutput = z.strictObject({
  schemaVersion: Version,
  kind: z.literal("recommendation"),
  questionnaireVersion: z.number().int(),
  fitModelVersion: z.number().int(),
  answers: z.record(z.string(), AnswerValue),
  answered: z.array(z.string()),
  unanswered: z.array(z.string()),
  confidence: z.strictObject({
    level: z.enum(["normal", "low"]),
    reasons: z.array(z.strictObject({ id: ConfidenceReason, text: LocalizedText })),
  }),
  ranking: z.array(RankedDirection).length(6),
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
