// After an interactive recommendation: until the person quits, any direction's full profile, its
// gap or a 90-day plan for it, or the result written as an HTML report. Ctrl-C ends it like
// "Quit": the result is already on the screen and the answers are saved, so the run did what it
// was asked (exit 0) and there is nothing to say. SIGTERM and SIGHUP still end it with their codes.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Context } from "../context.js";
import type { DirectionId, Lang } from "../catalog/schema.js";
import type { Answers } from "../advisor/answers.js";
import type { RecommendationOutput } from "../advisor/views.js";
import { CliError, ExitCode, textIn } from "../errors.js";
import { say } from "../messages/define.js";
import { FOLLOW_UP } from "../messages/follow-up.js";
import { quoteIn } from "../messages/input.js";
import { printable } from "../quote.js";
import { aside } from "../render/advice-words.js";
import { wrapText } from "../render/text.js";

export interface PickConfig {
  message: string;
  choices: ReadonlyArray<{ value: string; name: string }>;
  /** Where the cursor starts. */
  initial: string;
}

/**
 * The one prompt the follow-up uses: the questionnaire's own list on a terminal (askChoice, with
 * its keys and signal handling), a fake in tests. Ctrl-C rejects with a CliError of exit code 130.
 */
export interface FollowUpPrompts {
  pick: (config: PickConfig) => Promise<string>;
}

export interface FollowUpOptions {
  prompts?: FollowUpPrompts;
  /** Where the report is written (default: the current folder). */
  folder?: string;
}

type Action = "profile" | "gap" | "plan" | "report" | "quit";
const ACTIONS: readonly Action[] = ["profile", "gap", "plan", "report", "quit"];
/** Not a direction id, so it cannot clash with one. */
const BACK = "\u0000back";

const REPORT_NAME = "llm-career-report";
const MAX_REPORTS = 999;

/** Lines the menu takes below the result: the question, the choices, a blank line and the keys. */
export const FOLLOW_UP_LINES = ACTIONS.length + 3;
/** What the result may take so that, on 40 rows, its chart stays in view above the menu and the command. */
export const RESULT_LINES_BEFORE_FOLLOW_UP = 40 - 1 - FOLLOW_UP_LINES;

async function terminalPrompts(ctx: Context): Promise<FollowUpPrompts> {
  const { askChoice } = await import("./questionnaire-prompts.js");
  return { pick: async ({ initial, ...config }) => (await askChoice(ctx, { ...config, initial: [initial] }))[0] ?? initial };
}

const isCtrlC = (error: unknown) => error instanceof CliError && error.exitCode === ExitCode.cancelled;

export async function offerNextSteps(ctx: Context, answers: Answers, result: RecommendationOutput, options: FollowUpOptions = {}): Promise<void> {
  const { lang } = ctx;
  const prompts = options.prompts ?? (await terminalPrompts(ctx));
  let action: Action = "profile";
  let direction: string = result.ranking[0]!.direction;
  try {
    for (;;) {
      action = (await prompts.pick({ message: say(lang, FOLLOW_UP.next), choices: ACTIONS.map((a) => ({ value: a, name: say(lang, FOLLOW_UP[a]) })), initial: action })) as Action;
      if (action === "quit") return;
      if (action === "report") {
        await writeReport(ctx, result, options.folder ?? process.cwd());
        continue;
      }
      const choices = [...directionChoices(result, lang), { value: BACK, name: say(lang, FOLLOW_UP.back) }];
      const picked = await prompts.pick({ message: say(lang, FOLLOW_UP.which), choices, initial: direction });
      if (picked === BACK) continue;
      direction = picked;
      ctx.stdout.write(`\n${await show(action, ctx, answers, result, direction as DirectionId)}\n\n`);
    }
  } catch (error) {
    if (isCtrlC(error)) return;
    throw error;
  }
}

const directionChoices = (result: RecommendationOutput, lang: Lang) =>
  result.ranking.map((r) => ({ value: r.direction as string, name: `${r.rank}. ${r.name[lang]}${aside(String(r.score), lang)}` }));

async function show(action: "profile" | "gap" | "plan", ctx: Context, answers: Answers, result: RecommendationOutput, direction: DirectionId): Promise<string> {
  if (action === "profile") {
    const { renderProfile } = await import("../render/recommendation.js");
    return renderProfile(result.ranking.find((r) => r.direction === direction)!, ctx);
  }
  const [{ advisor }, { renderGap, renderPlan }] = await Promise.all([import("../advisor/advisor.js"), import("../render/gap-plan.js")]);
  if (action === "gap") {
    const { gapReport } = await import("../advisor/gap.js");
    return renderGap(gapReport(advisor, answers, direction), ctx);
  }
  const { buildPlan } = await import("../advisor/plan.js");
  return renderPlan(buildPlan(advisor, direction, answers), ctx);
}

/** The first of llm-career-report.html, llm-career-report-2.html, … that does not exist yet. */
function reportPath(folder: string, n: number): string {
  return join(folder, `${REPORT_NAME}${n === 1 ? "" : `-${n}`}.html`);
}

/** A line for the person on stderr, wrapped to the terminal. */
const tell = (ctx: Context, text: string) => ctx.stderr.write(`${wrapText(text, ctx.width).join("\n")}\n`);
const shownPath = (ctx: Context, path: string) => quoteIn(ctx.lang, printable(resolve(path), 200));

/** Writes the HTML report under a name no file has yet; says where on stderr, or why not. */
async function writeReport(ctx: Context, result: RecommendationOutput, folder: string): Promise<void> {
  const [{ advisor }, { recommendationHtml }, { writeFileAtomic }] = await Promise.all([
    import("../advisor/advisor.js"),
    import("../render/html.js"),
    import("./save.js"),
  ]);
  const prompt = (id: string) => advisor.questionnaire.questions.find((q) => q.id === id)!.prompt[ctx.lang];
  const html = recommendationHtml(result, ctx.lang, prompt);
  for (let n = 1; n <= MAX_REPORTS; n++) {
    const path = reportPath(folder, n);
    if (existsSync(path)) continue;
    try {
      await writeFileAtomic(path, html, false);
    } catch (error) {
      // A signal during the write ends the run; a file made meanwhile by someone else (refused as
      // existing) sends us to the next name; anything else is said and the follow-up goes on.
      if (!(error instanceof CliError) || error.exitCode > ExitCode.usage) throw error;
      if (error.exitCode === ExitCode.usage && existsSync(path)) continue;
      tell(ctx, `llm-career: ${textIn(ctx.lang, error.text)}`);
      return;
    }
    tell(ctx, say(ctx.lang, FOLLOW_UP.wrote, shownPath(ctx, path)));
    return;
  }
  tell(ctx, `llm-career: ${say(ctx.lang, FOLLOW_UP.noFreeName, shownPath(ctx, folder))}`);
}
