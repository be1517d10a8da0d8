// The questionnaire on a terminal, as a person goes through it: one question at a time, back one
// question with ←, a review of every answer at the end where any one can be changed, progress kept
// after every answer (src/io/progress-state.ts) and offered back at the next start. The prompt is
// injected (the real one on a terminal, fakes or @inquirer/testing renders in tests), so the flow
// is testable without a TTY.
//
// Every way the questionnaire can end passes through one `finally`: Ctrl-C (readline's SIGINT in
// raw mode), SIGINT, SIGTERM or SIGHUP from outside (trapped: they abort the prompt on screen), or
// an exception. The prompt clears its lines, turns raw mode off and shows the cursor as it ends;
// `restore` does the same once more; the progress is written; the stop is a QuestionnaireStopped
// carrying the answers so far and the signal's exit code.
import type { Lang } from "../catalog/schema.js";
import type { Context } from "../context.js";
import { requireValidAnswers, type Answers, type AnswerValue } from "../advisor/answers.js";
import type { Question, Questionnaire } from "../advisor/schema.js";
import { CliError, textIn } from "../errors.js";
import { say } from "../messages/define.js";
import { QUESTIONNAIRE as M } from "../messages/questionnaire.js";
import type { ChoicePromptConfig, ChoiceResult } from "./choice-prompt.js";
import type { ProgressStore } from "./progress-state.js";
import { promptOutput, restoreTerminal, stoppedBy, trapSignals, type StopSignal } from "./terminal.js";

export type { ChoicePromptConfig, ChoiceResult };

/** Shows one prompt; `signal` aborts it (the prompt then rejects). */
export interface Prompter {
  choose(config: ChoicePromptConfig, signal: AbortSignal): Promise<ChoiceResult>;
  /** Puts the terminal back as it was found; called once, however the questionnaire ends. */
  restore(): void;
}

export interface QuestionnaireOptions {
  /** Where progress is kept; without it nothing is kept and nothing is offered back. */
  progress?: ProgressStore;
  color?: boolean;
  /** A line for the person that is not an answer (a warning): stderr. */
  warn?: (line: string) => void;
}

/** The questionnaire ended before the review was confirmed: by Ctrl-C, a signal, a closed terminal. */
export class QuestionnaireStopped extends CliError {
  constructor(
    readonly stop: StopSignal,
    /** What was answered until then, checked. */
    readonly answers: Answers,
    kept: boolean,
  ) {
    const base = stoppedBy(stop);
    const withKept = { en: `${textIn("en", base.text)}; ${say("en", M.kept, answers.size)}`, zh: `${textIn("zh", base.text)}；${say("zh", M.kept, answers.size)}` };
    super(kept && answers.size > 0 ? withKept : base.text, base.exitCode);
  }
}

/** The value a question's list gives for "skip this question": not a valid option id, so it cannot clash. */
export const SKIP = "\u0000skip";
/** The review's first choice: the answers are right, show the result. */
export const CONFIRM = "\u0000confirm";
const RESUME = "\u0000resume";
const PAGE = 12;

export function promptMessage(q: Question, index: number, total: number, lang: Lang): string {
  const hint = q.kind === "multi" ? ` ${say(lang, M.multiHint)}` : "";
  const help = q.help ? `\n${q.help[lang]}` : "";
  return `${say(lang, M.progress, index + 1, total)} · ${q.prompt[lang]}${hint}${help}`;
}

function keysLine(lang: Lang, multiple: boolean, back: string | undefined): string {
  return [say(lang, multiple ? M.keysMulti : M.keysSelect), back, say(lang, M.keysQuit)].filter(Boolean).join(" • ");
}

/** The list a question offers: its options or levels (and "skip" for one-answer questions). */
function choicesOf(q: Question, lang: Lang): Array<{ value: string; name: string }> {
  if (q.kind === "multi") return q.options.map((o) => ({ value: o.id, name: o.label[lang] }));
  const own = q.kind === "single" ? q.options.map((o) => ({ value: o.id, name: o.label[lang] })) : q.levels.map((l) => ({ value: String(l.value), name: `${l.value} — ${l.label[lang]}` }));
  return [...own, { value: SKIP, name: say(lang, M.skip) }];
}

/** An answer as the list shows it: what is ticked or picked, or "skip". */
const asChoices = (value: AnswerValue | undefined): string[] => (value === undefined ? [SKIP] : Array.isArray(value) ? value : [String(value)]);

function answerLabel(q: Question, value: AnswerValue | undefined, lang: Lang): string {
  if (value === undefined) return say(lang, M.reviewSkipped);
  const names = new Map(choicesOf(q, lang).map((c) => [c.value, c.name]));
  return asChoices(value)
    .map((v) => names.get(v) ?? v)
    .join(lang === "zh" ? "、" : ", ");
}

/** `seen`: the question was answered or skipped before, so "skip" is where the cursor starts. */
function questionConfig(q: Question, i: number, total: number, lang: Lang, given: AnswerValue | undefined, seen: boolean, back: string | undefined): Omit<ChoicePromptConfig, "color"> {
  const multiple = q.kind === "multi";
  const exclusive = multiple ? q.options.filter((o) => o.exclusive) : [];
  // "None of these" cannot be ticked with the others (the answers gate says the same), and it is
  // the one way to say none: an empty tick would be a second.
  const validate = (chosen: readonly string[]) => {
    if (chosen.length === 0 && exclusive[0]) return say(lang, M.empty, exclusive[0].label[lang]);
    const alone = exclusive.find((o) => chosen.length > 1 && chosen.includes(o.id));
    return alone ? say(lang, M.alone, alone.label[lang]) : true;
  };
  return {
    message: promptMessage(q, i, total, lang),
    choices: choicesOf(q, lang),
    multiple,
    initial: given === undefined && (multiple || !seen) ? [] : asChoices(given),
    ...(multiple && { validate }),
    canGoBack: back !== undefined,
    noBack: say(lang, M.firstQuestion),
    keys: keysLine(lang, multiple, back),
    pageSize: PAGE,
  };
}

/** The choice's values as an answer to `q`; undefined for "skip". */
function answerOf(q: Question, values: readonly string[]): AnswerValue | undefined {
  if (q.kind === "multi") return [...values];
  const v = values[0];
  if (v === undefined || v === SKIP) return undefined;
  return q.kind === "scale" ? Number(v) : v;
}

const isExitPrompt = (error: unknown) => error instanceof Error && error.name === "ExitPromptError";

/**
 * Asks every question in order, then the review; returns the answers confirmed (skipped questions
 * absent), checked by the same gate as an answers file (which also sorts multi-choice answers).
 * The progress kept is left for the caller to clear once the answers are safe.
 */
export async function askQuestionnaire(questionnaire: Questionnaire, lang: Lang, prompter: Prompter, options: QuestionnaireOptions = {}): Promise<Answers> {
  const { questions } = questionnaire;
  const total = questions.length;
  const given = new Map<string, AnswerValue>();
  let next = 0;
  /** How far the person has got: questions before it were answered or skipped. */
  let reached = 0;
  const checked = () => requireValidAnswers(questionnaire, { answers: Object.assign(Object.create(null) as object, Object.fromEntries(given)) }, "the answers given");

  let keepFailed = false;
  const keep = () => {
    if (!options.progress || keepFailed) return false;
    const answers = checked();
    try {
      // Nothing to come back to: no file either.
      if (answers.size === 0 && next === 0) options.progress.clear();
      else options.progress.save({ answers, next });
      return true;
    } catch (error) {
      // Once: the questions go on, the person knows that a stop would now lose them.
      keepFailed = true;
      const problem = error instanceof CliError ? textIn(lang, error.text) : String(error);
      options.warn?.(`llm-career: ${say(lang, M.progressNotKept, problem)}`);
      return false;
    }
  };

  const trap = trapSignals();
  let intro: string | undefined = `${say(lang, M.intro, total)}\n\n`;
  const ask = (config: Omit<ChoicePromptConfig, "color">) => {
    const message = `${intro ?? ""}${config.message}`;
    intro = undefined;
    return prompter.choose({ ...config, message, color: Boolean(options.color) }, trap.signal);
  };

  try {
    const saved = options.progress?.load();
    if (saved) {
      const resume = await prompter.choose(
        {
          message: saved.next >= total ? say(lang, M.resumeReview, total) : say(lang, M.resumeQuestion, saved.next + 1, total, saved.answers.size),
          choices: [
            { value: RESUME, name: say(lang, M.resumeYes) },
            { value: "", name: say(lang, M.resumeNo) },
          ],
          keys: keysLine(lang, false, undefined),
          color: Boolean(options.color),
        },
        trap.signal,
      );
      if (resume.kind === "chosen" && resume.values[0] === RESUME) {
        for (const [id, value] of saved.answers) given.set(id, value);
        next = saved.next;
        reached = next;
      } else options.progress?.clear();
    }

    let reviewAt = 0;
    for (;;) {
      if (next < total) {
        const q = questions[next]!;
        const r = await ask(questionConfig(q, next, total, lang, given.get(q.id), next < reached, next > 0 ? say(lang, M.keysBack) : undefined));
        if (r.kind === "back") next--;
        else {
          const value = answerOf(q, r.values);
          if (value === undefined) given.delete(q.id);
          else given.set(q.id, value);
          next++;
          reached = Math.max(reached, next);
        }
        keep();
        continue;
      }
      const picked = await ask({
        message: say(lang, M.reviewTitle),
        choices: [
          { value: CONFIRM, name: say(lang, M.reviewConfirm) },
          ...questions.map((q, i) => ({ value: String(i), name: `${i + 1}. ${q.prompt[lang]} → ${answerLabel(q, given.get(q.id), lang)}` })),
        ],
        initial: [reviewAt === 0 ? CONFIRM : String(reviewAt - 1)],
        canGoBack: true,
        keys: keysLine(lang, false, say(lang, M.keysReviewBack)),
        pageSize: PAGE,
      });
      if (picked.kind === "back") {
        next = total - 1;
        continue;
      }
      const choice = picked.values[0]!;
      if (choice === CONFIRM) return checked();
      // Change one answer; ← leaves it as it was. Back to the review either way.
      const i = Number(choice);
      const q = questions[i]!;
      reviewAt = i + 1;
      const r = await ask(questionConfig(q, i, total, lang, given.get(q.id), true, say(lang, M.keysReviewBack)));
      if (r.kind === "chosen") {
        const value = answerOf(q, r.values);
        if (value === undefined) given.delete(q.id);
        else given.set(q.id, value);
        keep();
      }
    }
  } catch (error) {
    const stop = trap.stopped() ?? (isExitPrompt(error) ? "SIGINT" : undefined);
    if (!stop) throw error;
    throw new QuestionnaireStopped(stop, checked(), keep());
  } finally {
    trap.release();
    prompter.restore();
  }
}

/** The real prompt on the command's terminal, loaded only when a question is about to be shown. */
export async function terminalPrompter(ctx: Context): Promise<Prompter> {
  const { choicePrompt } = await import("./choice-prompt.js");
  // A terminal that hangs up answers reads with EIO: that is the SIGHUP's business, not a crash.
  const ignore = () => {};
  ctx.stdin.on("error", ignore);
  return {
    choose: (config, signal) => choicePrompt({ width: () => ctx.stdout.columns || ctx.width, ...config }, {
        input: ctx.stdin,
        // A new one each time: a prompt ends the stream it drew on.
        output: promptOutput(ctx.stdout),
        signal,
        clearPromptOnDone: true,
      }),
    restore: () => {
      ctx.stdin.removeListener("error", ignore);
      restoreTerminal(ctx.stdin, ctx.stdout);
    },
  };
}

/**
 * One question outside the questionnaire (the follow-up), with the same keys, look and signal
 * handling: the values chosen, or a QuestionnaireStopped-like CliError with the signal's exit code.
 */
export async function askChoice(
  ctx: Context,
  config: Pick<ChoicePromptConfig, "message" | "choices" | "multiple" | "initial" | "validate" | "pageSize">,
): Promise<string[]> {
  const prompter = await terminalPrompter(ctx);
  const trap = trapSignals();
  try {
    const r = await prompter.choose({ ...config, keys: keysLine(ctx.lang, Boolean(config.multiple), undefined), color: ctx.colorLevel > 0 }, trap.signal);
    return r.kind === "chosen" ? r.values : [];
  } catch (error) {
    const stop = trap.stopped() ?? (isExitPrompt(error) ? "SIGINT" : undefined);
    throw stop ? stoppedBy(stop) : error;
  } finally {
    trap.release();
    prompter.restore();
  }
}
