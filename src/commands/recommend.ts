import type { Command } from "commander";
import { makeContext, printJson, printText, type Context, type IO } from "../context.js";
import { usageError } from "../errors.js";
import type { Answers } from "../advisor/answers.js";

export interface RecommendOptions {
  answers?: string;
  json?: boolean;
  save?: string;
  force?: boolean;
  batch?: boolean;
}

const NO_TERMINAL =
  "the questionnaire needs a terminal; pass --answers FILE (or --answers - for standard input), see `llm-career questions --json`";

async function obtainAnswers(ctx: Context, opts: RecommendOptions): Promise<Answers> {
  const { advisor } = await import("../advisor/advisor.js");
  if (opts.answers !== undefined) {
    const { readInput } = await import("../io/json-input.js");
    const { parseAnswers } = await import("../advisor/parse-answers.js");
    const what = opts.answers === "-" ? "the answers on standard input" : `answers file "${opts.answers}"`;
    return parseAnswers(advisor.questionnaire, await readInput(opts.answers, ctx.stdin, "answers file"), what);
  }
  if (!ctx.interactive || opts.json) throw usageError(NO_TERMINAL);
  const { askQuestionnaire, loadPrompts } = await import("../io/questionnaire-prompts.js");
  return askQuestionnaire(advisor.questionnaire, ctx.lang, await loadPrompts());
}

/** The questionnaire (or an answers file) → the ranking. Also what `llm-career` alone runs on a terminal. */
export async function runRecommend(ctx: Context, opts: RecommendOptions): Promise<void> {
  if (opts.batch) {
    const { runBatch } = await import("../io/batch-stream.js");
    return runBatch(ctx);
  }
  const save = await import("../io/save.js");
  if (opts.save !== undefined) save.checkWritable(opts.save, Boolean(opts.force));
  const answers = await obtainAnswers(ctx, opts);
  const { advisor } = await import("../advisor/advisor.js");
  const { recommend } = await import("../advisor/recommend.js");
  const result = recommend(advisor, answers);
  if (opts.save !== undefined) {
    save.writeFileAtomic(opts.save, `${JSON.stringify({ answers: result.answers }, null, 2)}\n`, Boolean(opts.force));
    if (!opts.json) ctx.stderr.write(`Saved your answers to ${opts.save}; rerun with: llm-career recommend --answers ${opts.save}\n`);
  }
  if (opts.json) return printJson(ctx, result);
  const { renderRecommendation } = await import("../render/recommendation.js");
  const prompt = (id: string) => advisor.questionnaire.questions.find((q) => q.id === id)!.prompt[ctx.lang];
  printText(ctx, renderRecommendation(result, ctx, prompt));
}

export function registerRecommend(program: Command, io: IO): void {
  program
    .command("recommend")
    .description("answer the questionnaire (or pass an answers file) and get every direction ranked by fit, with reasons")
    .option("--answers <file>", "read answers from a JSON file instead of asking (- for standard input)")
    .option("--json", "print one JSON document (see `llm-career schema recommendation`)")
    .option("--save <file>", "save the answers, to rerun later with --answers")
    .option("--force", "let --save replace an existing file")
    .option("--batch", "read JSON Lines of answer documents on stdin, print one compact result per line")
    .addHelpText(
      "after",
      `
Answers file: {"answers": {"<questionId>": "<optionId>" | ["<optionId>", ...] | <number>}}
  ids: llm-career questions --json    schema: llm-career schema answers

Examples:
  llm-career recommend                          ask on this terminal
  llm-career recommend --save my-answers.json   ask, then keep the answers
  llm-career recommend --answers my-answers.json --json
  cat answers.jsonl | llm-career recommend --batch > results.jsonl`,
    )
    .action(async (opts: RecommendOptions, cmd: Command) => {
      const conflicts = opts.batch && (opts.answers !== undefined || opts.save !== undefined);
      if (conflicts) throw usageError("--batch reads answers from standard input; it cannot be combined with --answers or --save");
      await runRecommend(makeContext(io, cmd.optsWithGlobals()), opts);
    });
}
