// Where a command's answers come from when they are not asked for: --answers FILE (or - for
// stdin) or --code CODE. Shared by recommend, gap and plan. Both end in requireValidAnswers
// (src/advisor/answers.ts), the one check every source of answers goes through.
import type { Context } from "../context.js";
import { usageError } from "../errors.js";
import type { Answers } from "../advisor/answers.js";
import type { Questionnaire } from "../advisor/schema.js";
import { localize, say, type MessageEntry } from "../messages/define.js";
import { INPUT as M, named } from "../messages/input.js";

export interface AnswerSourceOptions {
  answers?: string;
  code?: string;
}

/** A person at a terminal would otherwise see nothing happen: say what is being waited for. */
export async function hintReadingStdin(ctx: Context, hint: MessageEntry<string>): Promise<void> {
  if (!ctx.stdin.isTTY) return;
  const { wrapHanging } = await import("../render/text.js");
  ctx.stderr.write(`${wrapHanging(say(ctx.lang, hint), ctx.width).join("\n")}\n`);
}

export async function readAnswerSource(ctx: Context, questionnaire: Questionnaire, opts: AnswerSourceOptions): Promise<Answers | undefined> {
  if (opts.answers !== undefined && opts.code !== undefined) throw usageError(localize(M.eitherAnswersOrCode));
  if (opts.code !== undefined) {
    const { decodeAnswers } = await import("../advisor/code.js");
    return decodeAnswers(questionnaire, opts.code);
  }
  if (opts.answers === undefined) return undefined;
  const { readInput } = await import("./json-input.js");
  const { parseAnswers } = await import("../advisor/parse-answers.js");
  const { printable } = await import("../quote.js");
  const fromStdin = opts.answers === "-";
  if (fromStdin) await hintReadingStdin(ctx, M.readingStdin);
  // The file name is escaped (a name can hold control characters) and cut only when very long.
  const what = fromStdin ? localize(M.answersOnStdin) : named(localize(M.answersFile), printable(opts.answers, 200));
  return parseAnswers(questionnaire, await readInput(opts.answers, () => ctx.stdin), what);
}
