// The shapes of the self-description lexicon (data/advisor/lexicon.json) and of what reading a
// self-description gives (`--json`'s `about` part). The lexicon maps phrases, in Chinese and
// English, to answers of the questionnaire; the cues (negation, degree, wish, liking) decide how a
// phrase is read. Validated at build and test time (src/validate-data.ts); about.ts imports only
// the types, so reading a description never loads zod.
import * as z from "zod";
import { LocalizedText, Provenance, Slug } from "../catalog/schema.js";

/** Phrases as people write them, in each language; matched after normalisation (about.ts). */
export const Phrases = z.strictObject({
  zh: z.array(z.string().trim().min(1)),
  en: z.array(z.string().trim().min(1)),
});
export type Phrases = z.infer<typeof Phrases>;

/** One answer a phrase supports: a choice (single or multi) or a scale value. */
export const Setting = z.union([
  z.strictObject({
    question: Slug,
    option: Slug,
    /** A hint only (a language suggests a background): used when no other phrase says the background. */
    fallback: z.literal(true).optional(),
  }),
  z.strictObject({ question: Slug, value: z.number().int() }),
]);
export type Setting = z.infer<typeof Setting>;

/**
 * How a mention was read, from the cues around it. "plain": said with no cue; "strong": good at
 * it; "fair": so-so but able; "weak": a little, only learned; "negated": not, never, forgotten;
 * "liked": enjoys it; "wished": wants it (or wants to learn it); "disliked": does not enjoy it.
 */
export const Reading = z.enum(["plain", "strong", "fair", "weak", "negated", "liked", "wished", "disliked"]);
export type Reading = z.infer<typeof Reading>;

export const EntryKind = z.enum(["skill", "tool", "role", "background", "education", "experience", "interest", "goal", "temperament"]);

export const LexiconEntry = z.strictObject({
  id: Slug,
  kind: EntryKind,
  /** The catalog skills (data/catalog/skills.json) the entry stands for, if any. */
  skills: z.array(Slug),
  phrases: Phrases,
  /**
   * Phrases that are also everyday words ("Go", "C", "PM"): they count only when written with a
   * capital letter or right beside Chinese text. Each is also listed in `phrases`.
   */
  cased: z.array(z.string().trim().min(1)).optional(),
  /** The phrases say their own polarity ("no degree", "not sure", "学得慢"): cues around them do not apply. */
  literal: z.literal(true).optional(),
  /** What a plain mention sets. */
  sets: z.array(Setting),
  /** What a mention read otherwise sets, instead of `sets`. Without one: strong, fair and liked set
   *  what a plain mention sets; weak, negated, disliked set nothing; wished sets nothing, except
   *  for interests and goals, which are wishes. */
  strong: z.array(Setting).optional(),
  fair: z.array(Setting).optional(),
  weak: z.array(Setting).optional(),
  negated: z.array(Setting).optional(),
  liked: z.array(Setting).optional(),
  wished: z.array(Setting).optional(),
  /** "article": its Chinese phrases include the article's own words; "added": beyond the article. */
  source: Provenance,
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;

/**
 * Words that change how a nearby mention is read, or how far that reach goes. `at`: before the
 * mention ("not", "没做过"), after it ("一般", "rusty") or either. "connector" (and, 和, 、) carries
 * a cue across a list; "pronoun" (I, 我) and "break" (but, 但是) end its reach; "neutral" words
 * only keep their letters from being read as a cue ("not only", "不仅", "不同").
 */
export const CueKind = z.enum(["negation", "weak", "fair", "strong", "wish", "like", "dislike", "neutral", "connector", "pronoun", "break"]);
export type CueKind = z.infer<typeof CueKind>;

export const Cue = z.strictObject({
  kind: CueKind,
  at: z.enum(["before", "after", "either"]),
  phrases: Phrases,
});
export type Cue = z.infer<typeof Cue>;

/** How one answer is chosen when several phrases set a single-choice question. */
export const Pick = z.enum(["first", "highest"]);

export const Lexicon = z.strictObject({
  version: z.number().int().positive(),
  /** Per question: a short name for the "I read" lines, and how a single choice is picked. */
  questions: z.record(Slug, z.strictObject({ name: LocalizedText, pick: Pick.optional() })),
  entries: z.array(LexiconEntry).min(1),
  cues: z.array(Cue).min(1),
  /** Words recognised but placed nowhere: function words, and names that answer no question. */
  known: Phrases,
  /** Traditional characters to the simplified ones the lexicon is written in (OpenCC, per character). */
  traditional: z.record(z.string().length(1), z.string().length(1)),
});
export type Lexicon = z.infer<typeof Lexicon>;

// ---------------------------------------------------------------- what a reading gives

const AnswerValueSchema = z.union([z.string(), z.array(z.string()), z.number()]);

/** One answer-bearing phrase found in the text: the words, where they are, and what they set. */
export const AboutMatch = z.strictObject({
  /** The words as written (the text between start and end). */
  phrase: z.string(),
  /** UTF-16 offsets into the text; end is exclusive. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The lexicon entry that matched. */
  entry: Slug,
  question: Slug,
  value: AnswerValueSchema,
  reading: Reading,
  /** Read as a negation ("not", "没做过", "forgot"): never a strength. */
  negated: z.boolean(),
  /** Whether the answer it names is in `answers` (false: the reading set nothing, or another phrase won). */
  used: z.boolean(),
  source: Provenance,
});
export type AboutMatch = z.infer<typeof AboutMatch>;

/** `--json`'s `about` part: everything the answers rest on, and what was not placed. */
export const AboutView = z.strictObject({
  status: z.enum(["answered", "no-answers", "unrecognised"]),
  characters: z.number().int().min(0),
  answers: z.record(z.string(), AnswerValueSchema),
  matches: z.array(AboutMatch),
  unplaced: z.array(z.string()),
  years: z.number().nullable(),
  answered: z.array(Slug),
  unanswered: z.array(Slug),
  /** Share of the questionnaire's questions the text answered, 0–1. */
  coverage: z.number().min(0).max(1),
});
export type AboutView = z.infer<typeof AboutView>;
