// Where a self-description comes from: --about TEXT, or --about-file FILE (- for standard input),
// read with the same bounded reader as answers files. Shared by recommend, gap and plan.
import type { Context } from "../context.js";
import { usageError } from "../errors.js";
import type { Answers } from "../advisor/answers.js";
import type { AboutReading, AboutSource } from "../advisor/about.js";
import type { Questionnaire } from "../advisor/schema.js";
import { localize } from "../messages/define.js";
import { ABOUT_SOURCE as M } from "../messages/about-source.js";

export interface AboutSourceOptions {
  about?: string;
  aboutFile?: string;
  answers?: string;
}

/** The text and where it came from, or undefined when neither option was given. */
export async function readAboutText(ctx: Context, opts: AboutSourceOptions): Promise<{ text: string; from: AboutSource } | undefined> {
  if (opts.about !== undefined && opts.aboutFile !== undefined) throw usageError(localize(M.aboutOrFile));
  if (opts.aboutFile === "-" && opts.answers === "-") throw usageError(localize(M.stdinOnce));
  if (opts.about !== undefined) return { text: opts.about, from: { kind: "option" } };
  if (opts.aboutFile === undefined) return undefined;
  const [{ readInput }, { ABOUT_MAX_CHARS }, { ABOUT }] = await Promise.all([import("./json-input.js"), import("../advisor/about.js"), import("../messages/about.js")]);
  const from: AboutSource = opts.aboutFile === "-" ? { kind: "stdin" } : { kind: "file", path: opts.aboutFile };
  // A UTF-8 character is at most four bytes: past that many, the text is too long whatever it says.
  const noun = opts.aboutFile === "-" ? localize(ABOUT.fromStdin) : localize(ABOUT.fromFile, opts.aboutFile);
  return { text: await readInput(opts.aboutFile, () => ctx.stdin, noun, ABOUT_MAX_CHARS * 4), from };
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
