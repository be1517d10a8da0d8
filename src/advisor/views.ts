// The documented shapes of the questionnaire's and the recommendation's --json output, and of the
// answers file. `llm-career schema` prints them as JSON Schema.
import * as z from "zod";
import { BarrierLevel, DirectionId, LocalizedText, Provenance } from "../catalog/schema.js";
import { Citation, Experiment, LearningItem, Question } from "./schema.js";
import { AboutView } from "./lexicon-schema.js";

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

/**
 * What a criterion asks for: an ability or experience (something a person can learn or do), or
 * a wish (what they want: a goal, the barrier they will take on). Only abilities are ever missing.
 */
export const CriterionKind = z.enum(["ability", "wish"]);

/** A met ability criterion: why the direction fits. */
export const Reason = z.strictObject({
  trait: z.string(),
  kind: z.literal("ability"),
  name: LocalizedText,
  /** Score points this criterion contributes. */
  points: z.number(),
  /** Evidence for the trait from the answers, 0–1 (at least 0.5: met). */
  evidence: z.number(),
  answers: z.array(AnswerRef),
  cite: Citation,
});

/** An ability criterion the answers partly meet: what meets it, and what completing it adds. */
export const PartlyMet = z.strictObject({
  trait: z.string(),
  kind: z.literal("ability"),
  name: LocalizedText,
  description: LocalizedText,
  /** Evidence, above 0 and below 0.5. */
  evidence: z.number(),
  /** Score points it contributes now. */
  points: z.number(),
  /** Score points completing it would add. */
  gain: z.number(),
  answers: z.array(AnswerRef),
  cite: Citation,
});

/** An ability criterion with no evidence at all: something to learn or do. */
export const Gap = z.strictObject({
  trait: z.string(),
  kind: z.literal("ability"),
  name: LocalizedText,
  description: LocalizedText,
  evidence: z.number(),
  /** Score points the direction would gain if the criterion were fully met. */
  gain: z.number(),
  cite: Citation,
});

/** A wish the direction rewards, and how well the person's answers match it (never a gap). */
export const WishMatch = z.strictObject({
  trait: z.string(),
  kind: z.literal("wish"),
  name: LocalizedText,
  match: z.enum(["yes", "partly", "no"]),
  /** The person answered a question that speaks to this wish (they may have said "no"). */
  said: z.boolean(),
  evidence: z.number(),
  points: z.number(),
  answers: z.array(AnswerRef),
  cite: Citation,
});

/** The score in words: strong 50+, good 30–50, some 15–30, little under 15. */
export const FitBand = z.enum(["strong", "good", "some", "little"]);
export type FitBand = z.infer<typeof FitBand>;

export const RankedDirection = z.strictObject({
  rank: z.number().int().min(1),
  direction: DirectionId,
  number: z.number().int(),
  name: LocalizedText,
  nickname: LocalizedText,
  /** 0–100, one decimal: the weighted share of what the article asks for that the answers show. */
  score: z.number().min(0).max(100),
  band: FitBand,
  /** The rank (1–5) is this project's reading of the article's order (rankSource: "added"). */
  barrier: z.strictObject({ level: BarrierLevel, rank: z.number().int(), rankSource: z.literal("added"), wording: LocalizedText }),
  /** Share (0–1) of the abilities the article's barrier names (weighted) that the answers show. */
  barrierCoverage: z.number(),
  /**
   * A stretch: a barrier rank of at least the fit model's minRank (medium-high), barrierCoverage
   * below 0.5, and a fit below "good" (30).
   */
  stretch: z.boolean(),
  /** Met abilities, the strongest first (at most three). */
  reasons: z.array(Reason),
  /** Partly met abilities; each criterion is in exactly one of reasons (or unlisted), partly, gaps. */
  partly: z.array(PartlyMet),
  /** Abilities with no evidence, the one that would raise the fit most first. */
  gaps: z.array(Gap),
  wishes: z.array(WishMatch),
  verdict: LocalizedText,
  roles: z.array(z.strictObject({ id: z.string(), name: LocalizedText })),
  firstSteps: z.array(z.strictObject({ text: LocalizedText, source: Provenance })),
});
export type RankedDirection = z.infer<typeof RankedDirection>;

/**
 * What a self-description (--about) said and set: every phrase matched, the answers, the words not
 * placed, and which answers in the result came from it (explicit --answers or --code win). Null
 * without a description.
 */
export const AboutOutput = AboutView.extend({ fromText: z.array(z.string()) }).nullable();
export type AboutOutput = z.infer<typeof AboutOutput>;

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
  about: AboutOutput,
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
  kind: CriterionKind,
  name: LocalizedText,
  description: LocalizedText,
  evidence: z.number(),
  /** Score points it contributes now. */
  points: z.number(),
  /** Score points it would add if fully met. */
  gain: z.number(),
  cite: Citation,
});

const ChangeRef = {
  question: z.string(),
  prompt: LocalizedText,
  from: AnswerValue.nullable(),
  /** The label of the answer given now (a single choice or a scale level), or null. */
  fromLabel: LocalizedText.nullable(),
  to: AnswerValue,
  choice: z.string(),
  label: LocalizedText,
};

export const GapOutput = z.strictObject({
  schemaVersion: Version,
  kind: z.literal("gap"),
  questionnaireVersion: z.number().int(),
  direction: DirectionRef,
  score: z.number(),
  rank: z.number().int().min(1),
  leader: z.strictObject({ direction: DirectionId, name: LocalizedText, score: z.number() }),
  /** Abilities the answers meet (evidence at least 0.5). */
  met: z.array(CriterionReport),
  /** Abilities partly met (evidence above 0, below 0.5): each is listed once, here. */
  partly: z.array(CriterionReport),
  /** Abilities with no evidence, the one that would raise the fit most first. */
  missing: z.array(CriterionReport),
  /** The wishes the direction rewards and whether the answers match them; never something to acquire. */
  wishes: z.array(CriterionReport.extend({ kind: z.literal("wish"), match: z.enum(["yes", "partly", "no"]), said: z.boolean() })),
  /**
   * The fewest learnable changes (skills, tools, knowledge, habits) that make this direction
   * first; [] if it already is; null if none can. Goals, interests, temperament and history are
   * never changed. Each change lists the abilities it raises.
   */
  smallestChange: z
    .strictObject({
      changes: z.array(
        z.strictObject({
          ...ChangeRef,
          raises: z.array(z.strictObject({ trait: z.string(), name: LocalizedText, from: z.number(), to: z.number() })),
          /** Roughly how long it takes, in weeks [from, to] (an added estimate; see effortNote), or null. */
          weeks: z.tuple([z.number(), z.number()]).nullable(),
        }),
      ),
      minimal: z.boolean(),
      score: z.number(),
      /** What the week estimates assume (added beyond the article). */
      effortNote: LocalizedText,
    })
    .nullable(),
  /** A different wish that alone would put this direction first; null if none would. */
  ifYouWanted: z.strictObject({ ...ChangeRef, leader: DirectionId }).nullable(),
  answers: z.record(z.string(), AnswerValue),
  unanswered: z.array(z.string()),
  about: AboutOutput,
});

export type GapOutput = z.infer<typeof GapOutput>;

/** A fit experiment as a plan shows it: the article's daily-work item it tries, in both languages. */
const PlanExperiment = Experiment.extend({ tries: LocalizedText.nullable() });

const LearningStep = z.strictObject({
  trait: z.string(),
  name: LocalizedText,
  /** Roughly how long it takes, in weeks [from, to] (an added estimate; see the plan's effortNote). */
  weeks: z.tuple([z.number(), z.number()]),
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
  /** What the learning steps' week estimates assume (added beyond the article). */
  effortNote: LocalizedText,
  code: z.string().nullable(),
  score: z.number().nullable(),
  phases: z
    .array(
      z.strictObject({
        from: z.number().int(),
        to: z.number().int(),
        focus: LocalizedText,
        learn: z.array(LearningStep),
        experiments: z.array(PlanExperiment),
      }),
    )
    .length(3),
  moreExperiments: z.array(PlanExperiment),
  roles: z.array(z.strictObject({ id: z.string(), name: LocalizedText })),
  about: AboutOutput,
});
export type PlanOutput = z.infer<typeof PlanOutput>;
