// The questionnaire on a terminal, as a person goes through it: first, if they like, a sentence or
// two about themselves (src/advisor/about.ts reads it; what was read is shown and pre-filled), then
// one question at a time for what the text did not answer, back one question with ←, a review of
// every answer at the end (those from the text marked) where any one can be changed, progress kept
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
import { ABOUT_MAX_CHARS, readAbout, type AboutReading, type AboutSource } from "../advisor/about.js";
import { requireValidAnswers, type Answers, type AnswerValue } from "../advisor/answers.js";
import type { Question, Questionnaire } from "../advisor/schema.js";
import { CliError, textIn } from "../errors.js";
import { say } from "../messages/define.js";
import { QUESTIONNAIRE as M } from "../messages/questionnaire.js";
import type { ChoicePromptConfig, ChoiceResult } from "./choice-prompt.js";
import type { ProgressStore } from "./progress-state.js";
import type { TextPromptConfig } from "./text-prompt.js";
import { promptOutput, restoreTerminal, stoppedBy, trapSignals, type StopSignal } from "./terminal.js";

export type { ChoicePromptConfig, ChoiceResult, TextPromptConfig };

/** Shows one prompt; `signal` aborts it (the prompt then rejects). */
export interface Prompter {
  choose(config: ChoicePromptConfig, signal: AbortSignal): Promise<ChoiceResult>;
  /** A line of free text, the self-description; without it the questionnaire does not open with one. */
  text?(config: TextPromptConfig, signal: AbortSignal): Promise<string>;
  /** Lines that stay on the screen above the prompts (what was read), laid out for a width. */
  show?(lines: (width: number) => string): void;
  /** Puts the terminal back as it was found; called once, however the questionnaire ends. */
  restore(): void;
}

export interface QuestionnaireOptions {
  /** Where progress is kept; without it nothing is kept and nothing is offered back. */
  progress?: ProgressStore;
  color?: boolean;
  /** A line for the person that is not an answer (a warning): stderr. */
  warn?: (line: string) => void;
  /** A self-description given on the command line (--about, --about-file): read, shown and
   *  pre-filled instead of asking for one. A text that cannot be one throws its usage error. */
  about?: string;
  /** Where `about` came from, for that error; --about by default. */
  aboutFrom?: AboutSource;
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

const sorted = (v: AnswerValue) => JSON.stringify(Array.isArray(v) ? [...v].sort() : v);
const sameAnswer = (a: AnswerValue | undefined, b: AnswerValue | undefined) => a !== undefined && b !== undefined && sorted(a) === sorted(b);

/**
 * Opens with the self-description (unless `about` gives it, or the prompter takes no text), asks
 * in order the questions it did not answer, then the review; returns the answers confirmed
 * (skipped questions absent), checked by the same gate as an answers file (which also sorts
 * multi-choice answers). The progress kept is left for the caller to clear once the answers are safe.
 */
export async function askQuestionnaire(questionnaire: Questionnaire, lang: Lang, prompter: Prompter, options: QuestionnaireOptions = {}): Promise<Answers> {
  const { questions } = questionnaire;
  const total = questions.length;
  const given = new Map<string, AnswerValue>();
  /** The reading of the description whose answers are pre-filled, if any. */
  let reading: AboutReading | undefined;
  let description = options.about ?? "";
  /** The questions to ask, as indices, and the position in them: past the end is the review. */
  let asked = questions.map((_, i) => i);
  let pos = 0;
  /** Questions answered or skipped before: "skip" is where the cursor starts. */
  const seen = new Set<string>();
  /** The description can be written (again): ← from the first question asked goes to it. */
  let describable = prompter.text !== undefined;
  const checked = () => requireValidAnswers(questionnaire, { answers: Object.assign(Object.create(null) as object, Object.fromEntries(given)) }, "the answers given");
  const fromText = (id: string) => reading !== undefined && sameAnswer(given.get(id), reading.answers.get(id));

  let keepFailed = false;
  const keep = () => {
    if (!options.progress || keepFailed) return false;
    const answers = checked();
    const next = asked[pos] ?? total;
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
  const color = Boolean(options.color);
  let intro: string | undefined = `${say(lang, M.intro, total)}\n\n`;
  const withIntro = (message: string) => {
    const out = `${intro ?? ""}${message}`;
    intro = undefined;
    return out;
  };
  const ask = (config: Omit<ChoicePromptConfig, "color">) => prompter.choose({ ...config, message: withIntro(config.message), color }, trap.signal);

  /**
   * Reads a description and says what was read (throws for text that cannot be one). The lexicon
   * loads only then: parsing it would delay the first prompt of everyone who skips it.
   */
  const read = async (text: string, from: AboutSource) => {
    const [{ lexicon }, { renderAboutReading }] = await Promise.all([import("../advisor/lexicon.js"), import("../render/about.js")]);
    const r = readAbout(questionnaire, lexicon, text, from);
    prompter.show?.((width) => renderAboutReading(r, questionnaire, lang, width));
    return r;
  };
  /** The answers of a new reading replace those of the old one that stand unchanged; the person's own stay. */
  const prefill = (next: AboutReading | undefined) => {
    for (const id of [...given.keys()]) if (fromText(id)) given.delete(id);
    reading = next;
    for (const [id, v] of next?.answers ?? []) if (!given.has(id)) given.set(id, v);
  };
  /** Prefills from a reading, then asks what it did not answer, from the first. */
  const startFrom = (next: AboutReading | undefined) => {
    prefill(next);
    asked = questions.flatMap((q, i) => (fromText(q.id) ? [] : [i]));
    pos = 0;
  };
  /** The opening prompt, until a description is read or skipped; a refused one is asked again with the reason. */
  const describe = async () => {
    let error: string | undefined;
    for (;;) {
      const text = await prompter.text!(
        {
          message: withIntro(say(lang, M.aboutPrompt)),
          help: say(lang, M.aboutHelp),
          initial: description,
          ...(error !== undefined && { error }),
          maxLength: ABOUT_MAX_CHARS,
          full: say(lang, M.aboutFull, ABOUT_MAX_CHARS),
          keys: [say(lang, M.keysAbout), say(lang, M.keysQuit)].join(" • "),
          color,
        },
        trap.signal,
      );
      description = text.trim() ? text : "";
      if (!description) return startFrom(undefined);
      try {
        return startFrom(await read(description, { kind: "prompt" }));
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        error = textIn(lang, e.text);
      }
    }
  };

  try {
    const saved = options.progress?.load();
    // Given on the command line, the description is read first, whatever else happens.
    const fromOption = options.about === undefined ? undefined : await read(options.about, options.aboutFrom ?? { kind: "option" });
    let resumed = false;
    if (saved) {
      for (const [id, value] of saved.answers) given.set(id, value);
      // The kept answers are the person's own; a description given now fills only the others.
      prefill(fromOption);
      // Which questions the text answered last time is not kept: those after the stop that have
      // an answer came from it (or were answered before going back), and are not asked again.
      asked = questions.flatMap((q, i) => (i <= saved.next || !given.has(q.id) ? [i] : []));
      pos = saved.next >= total ? asked.length : asked.indexOf(saved.next);
      const resume = await prompter.choose(
        {
          message: saved.next >= total ? say(lang, M.resumeReview, total) : say(lang, M.resumeQuestion, pos + 1, asked.length, saved.answers.size),
          choices: [
            { value: RESUME, name: say(lang, M.resumeYes) },
            { value: "", name: say(lang, M.resumeNo) },
          ],
          keys: keysLine(lang, false, undefined),
          color,
        },
        trap.signal,
      );
      resumed = resume.kind === "chosen" && resume.values[0] === RESUME;
      if (resumed) {
        for (const i of asked.slice(0, pos)) seen.add(questions[i]!.id);
        describable = false;
      } else {
        options.progress?.clear();
        given.clear();
        reading = undefined;
      }
    }
    if (!resumed) {
      if (fromOption) startFrom(fromOption);
      else if (describable) await describe();
      else startFrom(undefined);
      keep();
    }

    let reviewAt = 0;
    for (;;) {
      if (pos < asked.length) {
        const q = questions[asked[pos]!]!;
        const back = pos > 0 ? M.keysBack : describable ? M.keysBackAbout : undefined;
        const r = await ask(questionConfig(q, pos, asked.length, lang, given.get(q.id), seen.has(q.id), back && say(lang, back)));
        if (r.kind === "back" && pos > 0) pos--;
        else if (r.kind === "back") await describe();
        else {
          const value = answerOf(q, r.values);
          if (value === undefined) given.delete(q.id);
          else given.set(q.id, value);
          seen.add(q.id);
          pos++;
        }
        keep();
        continue;
      }
      const mark = (id: string) => (!fromText(id) ? "" : lang === "zh" ? say(lang, M.fromText) : ` ${say(lang, M.fromText)}`);
      const backTo = asked.length > 0 ? M.keysReviewBack : describable ? M.keysBackAbout : undefined;
      const picked = await ask({
        message: say(lang, M.reviewTitle),
        choices: [
          { value: CONFIRM, name: say(lang, M.reviewConfirm) },
          ...questions.map((q, i) => ({ value: String(i), name: `${i + 1}. ${q.prompt[lang]} → ${answerLabel(q, given.get(q.id), lang)}${mark(q.id)}` })),
        ],
        initial: [reviewAt === 0 ? CONFIRM : String(reviewAt - 1)],
        canGoBack: backTo !== undefined,
        keys: keysLine(lang, false, backTo && say(lang, backTo)),
        pageSize: PAGE,
      });
      if (picked.kind === "back") {
        if (asked.length > 0) pos = asked.length - 1;
        else await describe();
        keep();
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
  const [{ choicePrompt }, { textPrompt }] = await Promise.all([import("./choice-prompt.js"), import("./text-prompt.js")]);
  const width = () => ctx.stdout.columns || ctx.width;
  const context = (signal: AbortSignal) => ({
    input: ctx.stdin,
    // A new one each time: a prompt ends the stream it drew on.
    output: promptOutput(ctx.stdout),
    signal,
    clearPromptOnDone: true,
  });
  // A terminal that hangs up answers reads with EIO: that is the SIGHUP's business, not a crash.
  const ignore = () => {};
  ctx.stdin.on("error", ignore);
  return {
    choose: (config, signal) => choicePrompt({ width, ...config }, context(signal)),
    text: (config, signal) => textPrompt({ width, ...config }, context(signal)),
    show: (lines) => {
      try {
        ctx.stdout.write(`${lines(width() - 1)}\n`);
      } catch {
        // the terminal has gone
      }
    },
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
