// Where a command's answers come from when they are not asked for: --answers FILE (or - for
// stdin) or --code CODE. Shared by recommend, gap and plan. Both end in requireValidAnswers
// (src/advisor/answers.ts), the one check every source of answers goes through.
import type { Context } from "../context.js";
import { usageError } from "../errors.js";
import type { Answers } from "../advisor/answers.js";
import type { Questionnaire } from "../advisor/schema.js";

export interface AnswerSourceOptions {
  answers?: string;
  code?: string;
}

export async function readAnswerSource(ctx: Context, questionnaire: Questionnaire, opts: AnswerSourceOptions): Promise<Answers | undefined> {
  if (opts.answers !== undefined && opts.code !== undefined) throw usageError("give either --answers or --code, not both");
  if (opts.code !== undefined) {
    const { decodeAnswers } = await import("../advisor/code.js");
    return decodeAnswers(questionnaire, opts.code);
  }
  if (opts.answers === undefined) return undefined;
  const { readInput } = await import("./json-input.js");
  const { parseAnswers } = await import("../advisor/parse-answers.js");
  const { printable } = await import("../advisor/answers.js");
  // The file name is escaped (a name can hold control characters) but not cut: it is the user's own.
  const what = opts.answers === "-" ? "the answers on standard input" : `answers file "${printable(opts.answers, Number.POSITIVE_INFINITY)}"`;
  return parseAnswers(questionnaire, await readInput(opts.answers, () => ctx.stdin, "answers file"), what);
}
