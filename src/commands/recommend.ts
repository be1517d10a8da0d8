import type { Command } from "commander";
import { makeContext, type Context, type IO } from "../context.js";
import { CliError, ExitCode, textIn, usageError } from "../errors.js";
import type { Answers } from "../advisor/answers.js";
import type { Lang } from "../catalog/schema.js";
import { localize } from "../messages/define.js";
import { HELP_COMMANDS, HELP_OPTIONS } from "../messages/help.js";
import { RECOMMEND as M } from "../messages/recommend.js";
import { aboutLines, addAnswerSourceOptions, addFormatOptions, collect, formatOf, givenAnswers, printResult, resolveDirections, type AnswerOptions, type Format } from "./options.js";
import type { AboutOutput } from "../advisor/views.js";

export interface RecommendOptions extends AnswerOptions {
  json?: boolean;
  format?: string;
  save?: string;
  force?: boolean;
  batch?: boolean;
  exclude?: string[];
  details?: boolean;
}

/** The answers, and what to do once they are safe. */
interface Obtained {
  answers: Answers;
  /** What a description given with --about said, for the output. */
  about: AboutOutput;
  /** Asked on this terminal (rather than given by --answers or --code). */
  asked: boolean;
  /** Forgets the questionnaire's kept progress: the answers are shown and saved. */
  settle(): void;
}

/** A line for the person on stderr; a terminal that has gone cannot stop the run's ending. */
function note(ctx: Context, line: string): void {
  try {
    ctx.stderr.write(`${line}\n`);
  } catch {
    // stderr has gone
  }
}

const savedDoc = (answers: Record<string, unknown>) => `${JSON.stringify({ answers }, null, 2)}\n`;

/**
 * The one place answers come from: a file or stdin, a code, a description, or the questionnaire
 * on a terminal. There a description (--about) answers what it can and only the rest is asked.
 */
async function obtainAnswers(ctx: Context, opts: RecommendOptions, format: Format): Promise<Obtained> {
  const { advisor } = await import("../advisor/advisor.js");
  // Standard input read for --about-file - cannot also answer questions: that text alone scores.
  const asking = ctx.interactive && format !== "json" && opts.answers === undefined && opts.code === undefined && opts.aboutFile !== "-";
  if (!asking) {
    const given = await givenAnswers(ctx, opts);
    if (given.answers) return { answers: given.answers, about: given.about, asked: false, settle: () => {} };
    if (!ctx.interactive) throw usageError(localize(M.noTerminal));
    // On a terminal, but the output is for a program: asking would mix prompts into it.
    throw usageError(localize(M.jsonAsksNothing));
  }
  const about = await (await import("../io/about-source.js")).readAboutText(ctx, opts);
  const [{ askQuestionnaire, terminalPrompter, QuestionnaireStopped }, { progressStore }] = await Promise.all([
    import("../io/questionnaire-prompts.js"),
    import("../io/progress-state.js"),
  ]);
  const progress = progressStore(ctx.env, advisor.questionnaire);
  try {
    const answers = await askQuestionnaire(advisor.questionnaire, ctx.lang, await terminalPrompter(ctx), {
      progress,
      color: ctx.colorLevel > 0,
      warn: (line) => note(ctx, line),
      ...(about && { about: about.text, aboutFrom: about.from }),
    });
    return { answers, about: null, asked: true, settle: () => progress?.clear() };
  } catch (error) {
    // Stopped half-way: --save keeps what was answered (the progress file keeps it too).
    if (error instanceof QuestionnaireStopped && opts.save !== undefined && error.answers.size > 0) await savePartial(ctx, opts, error.answers);
    throw error;
  }
}

async function savePartial(ctx: Context, opts: RecommendOptions, answers: Answers): Promise<void> {
  const [{ advisor }, { answersToJson }, { writeFileAtomic }, { SAVE }, { say }, { quoteIn }, { printable }] = await Promise.all([
    import("../advisor/advisor.js"),
    import("../advisor/answers.js"),
    import("../io/save.js"),
    import("../messages/save.js"),
    import("../messages/define.js"),
    import("../messages/input.js"),
    import("../quote.js"),
  ]);
  try {
    await writeFileAtomic(opts.save!, savedDoc(answersToJson(advisor.questionnaire, answers)), Boolean(opts.force));
    note(ctx, `llm-career: ${say(ctx.lang, SAVE.savedPartial, answers.size, quoteIn(ctx.lang, printable(opts.save!, 200)))}`);
  } catch (error) {
    // The stop is what ends the run; the failed save is said on the way.
    if (error instanceof CliError) note(ctx, `llm-career: ${textIn(ctx.lang, error.text)}`);
    else throw error;
  }
}

/** Saves the answers after the result is shown. A failure after the questions keeps the answers. */
async function saveAnswers(ctx: Context, path: string, force: boolean, obtained: Obtained, code: string, answers: Record<string, unknown>, quiet: boolean): Promise<void> {
  const [{ writeFileAtomic }, { SAVE }, { localizeEach, quoteIn }, { say }, { printable }] = await Promise.all([
    import("../io/save.js"),
    import("../messages/save.js"),
    import("../messages/input.js"),
    import("../messages/define.js"),
    import("../quote.js"),
  ]);
  try {
    await writeFileAtomic(path, savedDoc(answers), force);
  } catch (error) {
    const stopped = error instanceof CliError && [ExitCode.cancelled, ExitCode.terminated, ExitCode.hangup].some((c) => c === error.exitCode);
    if (!obtained.asked || !(error instanceof CliError) || stopped) throw error;
    // The progress file stays, and the code is on the screen: nothing typed is lost.
    throw new CliError(error.text, ExitCode.failure, [localizeEach(SAVE.answersNotLost, () => [code])]);
  }
  // --json keeps stderr empty on success.
  if (quiet) return;
  const shown = (lang: Lang) => quoteIn(lang, printable(path, 200));
  const rerun = `llm-career recommend --answers ${/^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`}`;
  note(ctx, say(ctx.lang, SAVE.saved, shown(ctx.lang), printable(rerun, 260)));
}

/** The questionnaire (or given answers) → the ranking. Also what `llm-career` alone runs on a terminal. */
export async function runRecommend(ctx: Context, opts: RecommendOptions): Promise<void> {
  const format = formatOf(opts);
  if (opts.batch) {
    const { runBatch } = await import("../io/batch-stream.js");
    return runBatch(ctx);
  }
  const exclude = await resolveDirections(opts.exclude ?? []);
  if (exclude.length >= 6) throw usageError(localize(M.excludesAll));
  // Checked before any question is asked: a name that could never be saved to fails now.
  if (opts.save !== undefined) (await import("../io/save.js")).checkWritable(opts.save, Boolean(opts.force));
  const obtained = await obtainAnswers(ctx, opts, format);
  const { advisor } = await import("../advisor/advisor.js");
  const { recommend } = await import("../advisor/recommend.js");
  const result = { ...recommend(advisor, obtained.answers, { exclude }), about: obtained.about };
  const prompt = (id: string) => advisor.questionnaire.questions.find((q) => q.id === id)!.prompt[ctx.lang];
  // The result first: whatever happens to the save, the person has seen it. Before the follow-up
  // menu it is shorter, so that the chart stays on a 40-row screen under the menu.
  const lines = obtained.asked ? (await import("../io/follow-up.js")).RESULT_LINES_BEFORE_FOLLOW_UP : undefined;
  await printResult(ctx, format, result, {
    text: async () => {
      const [read, { renderRecommendation, SCREEN_LINES }] = await Promise.all([aboutLines(ctx, result.about), import("../render/recommendation.js")]);
      // What the description was read as comes first, within the same screen.
      const budget = (lines ?? SCREEN_LINES) - (read ? read.split("\n").length - 1 : 0);
      return read + renderRecommendation(result, ctx, prompt, { details: Boolean(opts.details), lines: budget });
    },
    markdown: async () => (await import("../render/markdown.js")).recommendationMarkdown(result, ctx.lang, prompt),
    html: async () => (await import("../render/html.js")).recommendationHtml(result, ctx.lang, prompt),
  });
  if (opts.save !== undefined) await saveAnswers(ctx, opts.save, Boolean(opts.force), obtained, result.code, result.answers, format === "json");
  obtained.settle();
  if (obtained.asked) {
    const { offerNextSteps } = await import("../io/follow-up.js");
    await offerNextSteps(ctx, obtained.answers, result);
  }
}

export function registerRecommend(program: Command, io: IO, lang: Lang): void {
  const cmd = program.command("recommend").description(HELP_COMMANDS.recommend[lang]);
  addAnswerSourceOptions(cmd, lang);
  addFormatOptions(cmd, "recommendation", lang)
    .option("--details", HELP_OPTIONS.details[lang])
    .option("--exclude <directions>", HELP_OPTIONS.exclude[lang], collect)
    .option("--save <file>", HELP_OPTIONS.save[lang])
    .option("--force", HELP_OPTIONS.force[lang])
    .option("--batch", HELP_OPTIONS.batch[lang])
    .action(async (opts: RecommendOptions, command: Command) => {
      const conflicts =
        opts.batch &&
        [opts.answers, opts.code, opts.save, opts.about, opts.aboutFile, opts.details ? true : undefined].some((o) => o !== undefined) ||
        (opts.batch && formatOf(opts) !== "text" && formatOf(opts) !== "json");
      if (conflicts) throw usageError(localize(M.batchAlone));
      await runRecommend(makeContext(io, command.optsWithGlobals()), opts);
    });
}
