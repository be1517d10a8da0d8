// Where a self-description comes from: --about TEXT, or --about-file FILE (- for standard input),
// read with the same bounded reader as answers files. Shared by recommend, gap and plan.
import type { Context } from "../context.js";
import { usageError } from "../errors.js";
import type { Answers } from "../advisor/answers.js";
import type { AboutReading, AboutSource } from "../advisor/about.js";
import type { Questionnaire } from "../advisor/schema.js";
import { localize } from "../messages/define.js";
import { ABOUT_SOURCE as M } from "../messages/about-source.js";

// Over 10,000 characters is refused by the reader; a UTF-8 character is at most four bytes, so
// past 40 KiB the text is too long whatever it says.
const MAX_DESCRIPTION_BYTES = 40 * 1024;

/** Options that cannot go together, checked before anything is read. */
export function checkAboutOptions(opts: AboutSourceOptions): void {
  if (opts.about !== undefined && opts.aboutFile !== undefined) throw usageError(localize(M.aboutOrFile));
  if (opts.aboutFile === "-" && opts.answers === "-") throw usageError(localize(M.stdinOnce));
}

export interface AboutSourceOptions {
  about?: string;
  aboutFile?: string;
  answers?: string;
}

/** The text and where it came from, or undefined when neither option was given. */
export async function readAboutText(ctx: Context, opts: AboutSourceOptions): Promise<{ text: string; from: AboutSource } | undefined> {
  checkAboutOptions(opts);
  if (opts.about !== undefined) return { text: opts.about, from: { kind: "option" } };
  if (opts.aboutFile === undefined) return undefined;
  const { readInput } = await import("./json-input.js");
  const from: AboutSource = opts.aboutFile === "-" ? { kind: "stdin" } : { kind: "file", path: opts.aboutFile };
  if (opts.aboutFile === "-") {
    const [{ hintReadingStdin }, { INPUT }] = await Promise.all([import("./answers-source.js"), import("../messages/input.js")]);
    await hintReadingStdin(ctx, INPUT.readingDescription);
  }
  return { text: await readInput(opts.aboutFile, () => ctx.stdin, localize(M.descriptionFile), MAX_DESCRIPTION_BYTES), from };
}

/** What a description says, read against the questionnaire. */
export async function readAboutSource(ctx: Context, questionnaire: Questionnaire, opts: AboutSourceOptions): Promise<AboutReading | undefined> {
  const given = await readAboutText(ctx, opts);
  if (!given) return undefined;
  const [{ readAbout }, { lexicon }] = await Promise.all([import("../advisor/about.js"), import("../advisor/lexicon.js")]);
  return readAbout(questionnaire, lexicon, given.text, given.from);
}

/**
 * The answers to use when there is a description: the text's, with explicit answers (--answers,
 * --code) winning question by question. Off a terminal a text that answers nothing is an error,
 * since nothing would be left to score.
 */
export async function answersWithAbout(reading: AboutReading, explicit: Answers | undefined): Promise<{ answers: Answers; fromText: string[] }> {
  const { withExplicitAnswers } = await import("../advisor/about.js");
  if (reading.status !== "answered" && !explicit) {
    throw usageError(localize(reading.status === "unrecognised" ? M.unrecognised : M.noAnswers));
  }
  return withExplicitAnswers(reading.answers, explicit ?? new Map());
}
