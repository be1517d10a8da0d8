// Options several commands share, defined once so their names, help and checks agree.
import { Option, type Command } from "commander";
import { printJson, printText, type Context } from "../context.js";
import { usageError } from "../errors.js";
import { localize, say } from "../messages/define.js";
import { OPTION_ERRORS } from "../messages/options.js";
import type { DirectionId, Lang } from "../catalog/schema.js";
import type { Answers } from "../advisor/answers.js";
import type { AboutReading } from "../advisor/about.js";
import type { AboutOutput } from "../advisor/views.js";
import { HELP_OPTIONS } from "../messages/help.js";

export const FORMATS = ["text", "markdown", "html", "json"] as const;
export type Format = (typeof FORMATS)[number];

export function addFormatOptions(cmd: Command, schemaName: string, lang: Lang): Command {
  return cmd
    .option("--json", say(lang, HELP_OPTIONS.jsonOrFormat, schemaName))
    .addOption(new Option("--format <format>", HELP_OPTIONS.format[lang]).choices(FORMATS));
}

export function formatOf(opts: { json?: boolean; format?: string }): Format {
  if (opts.json && opts.format && opts.format !== "json") throw usageError(localize(OPTION_ERRORS.formatConflict, opts.format));
  return opts.json ? "json" : ((opts.format as Format | undefined) ?? "text");
}

export function addAnswerSourceOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .option("--answers <file>", HELP_OPTIONS.answers[lang])
    .option("--code <code>", HELP_OPTIONS.code[lang])
    .option("--about <text>", HELP_OPTIONS.about[lang])
    .option("--about-file <file>", HELP_OPTIONS.aboutFile[lang]);
}

export interface AnswerOptions {
  answers?: string;
  code?: string;
  about?: string;
  aboutFile?: string;
}

/** The answers given on the command line, and what a description (--about) said, for the output. */
export interface GivenAnswers {
  answers: Answers | undefined;
  about: AboutOutput;
  /** A description was given but says nothing the questionnaire asks: the questions are needed. */
  aboutUnread?: AboutReading;
}

/**
 * Answers from --answers or --code, and from --about or --about-file: the explicit ones win
 * question by question. A description that answers nothing fails, unless the caller can ask
 * the questions instead (`canAsk`: the questionnaire on a terminal).
 */
export async function givenAnswers(ctx: Context, opts: AnswerOptions, canAsk = false): Promise<GivenAnswers> {
  const [{ advisor }, { readAnswerSource }, { readAboutSource, answersWithAbout }] = await Promise.all([
    import("../advisor/advisor.js"),
    import("../io/answers-source.js"),
    import("../io/about-source.js"),
  ]);
  (await import("../io/about-source.js")).checkAboutOptions(opts);
  const explicit = await readAnswerSource(ctx, advisor.questionnaire, opts);
  const reading = await readAboutSource(ctx, advisor.questionnaire, opts);
  if (!reading) return { answers: explicit, about: null };
  if (reading.status !== "answered" && !explicit && canAsk) return { answers: undefined, about: null, aboutUnread: reading };
  const { answers, fromText } = await answersWithAbout(reading, explicit);
  const { aboutView } = await import("../advisor/about.js");
  return { answers, about: { ...aboutView(advisor.questionnaire, reading), fromText } };
}

/** Direction names from a comma-separated or repeated option, resolved like `show` resolves them. */
export async function resolveDirections(names: readonly string[]): Promise<DirectionId[]> {
  const { catalog } = await import("../catalog/data.js");
  const { resolveDirection } = await import("../catalog/resolve.js");
  const ids = names.flatMap((n) => n.split(",")).map((n) => n.trim()).filter(Boolean).map((n) => resolveDirection(catalog, n).id);
  return [...new Set(ids)];
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Prints a result in the chosen format: HTML, like markdown, to stdout, for `> report.html`. */
export async function printResult<T>(ctx: Context, format: Format, result: T, render: Record<Exclude<Format, "json">, () => Promise<string>>): Promise<void> {
  if (format === "json") return printJson(ctx, result);
  printText(ctx, await render[format]());
}

export interface AimOptions extends AnswerOptions {
  json?: boolean;
  format?: string;
}

/** For commands aimed at one direction (gap, plan): the advisor, the direction, any answers given. */
export async function aimAt(ctx: Context, name: string, opts: AimOptions) {
  const [{ advisor }, { resolveDirection }] = await Promise.all([import("../advisor/advisor.js"), import("../catalog/resolve.js")]);
  const target = resolveDirection(advisor.catalog, name).id;
  return { advisor, target, ...(await givenAnswers(ctx, opts)) };
}

/** What a description was read as, shown before a text result ("I read: ..."). */
export async function aboutLines(ctx: Context, about: AboutOutput): Promise<string> {
  if (!about) return "";
  const [{ advisor }, { renderAboutReading }, { wrapText }, { ABOUT_SOURCE }] = await Promise.all([
    import("../advisor/advisor.js"),
    import("../render/about.js"),
    import("../render/text.js"),
    import("../messages/about-source.js"),
  ]);
  // Which answers the result rests on: the text's, or partly the ones given explicitly.
  const total = advisor.questionnaire.questions.length;
  const used = about.fromText.length;
  const note = used < about.answered.length ? say(ctx.lang, ABOUT_SOURCE.overridden, used, about.answered.length) : say(ctx.lang, ABOUT_SOURCE.fromText, used, total);
  return `${renderAboutReading(about, advisor.questionnaire, ctx.lang, ctx.width)}\n${wrapText(note, ctx.width).join("\n")}\n\n`;
}
