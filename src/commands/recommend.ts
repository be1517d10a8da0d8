import type { Command } from "commander";
import { makeContext, type Context, type IO } from "../context.js";
import { usageError } from "../errors.js";
import type { Answers } from "../advisor/answers.js";
import { addAnswerSourceOptions, addFormatOptions, collect, formatOf, printResult, resolveDirections } from "./options.js";

export interface RecommendOptions {
  answers?: string;
  code?: string;
  json?: boolean;
  format?: string;
  save?: string;
  force?: boolean;
  batch?: boolean;
  exclude?: string[];
}

const NO_TERMINAL =
  "the questionnaire needs a terminal; pass --answers FILE (or --answers - for standard input) or --code CODE; see `llm-career questions --json`";

async function obtainAnswers(ctx: Context, opts: RecommendOptions, interactive: boolean): Promise<Answers> {
  const { advisor } = await import("../advisor/advisor.js");
  const { readAnswerSource } = await import("../io/answers-source.js");
  const given = await readAnswerSource(ctx, advisor.questionnaire, opts);
  if (given) return given;
  if (!interactive) throw usageError(NO_TERMINAL);
  const { askQuestionnaire, loadPrompts } = await import("../io/questionnaire-prompts.js");
  return askQuestionnaire(advisor.questionnaire, ctx.lang, await loadPrompts());
}

/** The questionnaire (or given answers) → the ranking. Also what `llm-career` alone runs on a terminal. */
export async function runRecommend(ctx: Context, opts: RecommendOptions): Promise<void> {
  const format = formatOf(opts);
  if (opts.batch) {
    const { runBatch } = await import("../io/batch-stream.js");
    return runBatch(ctx);
  }
  const exclude = await resolveDirections(opts.exclude ?? []);
  if (exclude.length >= 6) throw usageError("--exclude rules out every direction; leave at least one to rank");
  const save = opts.save === undefined ? undefined : await import("../io/save.js");
  save?.checkWritable(opts.save!, Boolean(opts.force));
  // Prompt only on a terminal and only when the output is for a person.
  const interactive = ctx.interactive && format !== "json";
  const asked = opts.answers === undefined && opts.code === undefined;
  const answers = await obtainAnswers(ctx, opts, interactive);
  const { advisor } = await import("../advisor/advisor.js");
  const { recommend } = await import("../advisor/recommend.js");
  const result = recommend(advisor, answers, { exclude });
  if (save && opts.save !== undefined) {
    save.writeFileAtomic(opts.save, `${JSON.stringify({ answers: result.answers }, null, 2)}\n`, Boolean(opts.force));
    if (format !== "json") ctx.stderr.write(`Saved your answers to ${opts.save}; rerun with: llm-career recommend --answers ${opts.save}\n`);
  }
  const prompt = (id: string) => advisor.questionnaire.questions.find((q) => q.id === id)!.prompt[ctx.lang];
  await printResult(ctx, format, result, {
    text: async () => (await import("../render/recommendation.js")).renderRecommendation(result, ctx, prompt),
    markdown: async () => (await import("../render/markdown.js")).recommendationMarkdown(result, ctx.lang, prompt),
  });
  if (asked && interactive) {
    const { offerNextSteps } = await import("../io/follow-up.js");
    await offerNextSteps(ctx, answers, result);
  }
}

export function registerRecommend(program: Command, io: IO): void {
  const cmd = program
    .command("recommend")
    .description("answer the questionnaire (or pass answers) and get every direction ranked by fit, with reasons");
  addAnswerSourceOptions(cmd);
  addFormatOptions(cmd, "recommendation")
    .option("--exclude <directions>", "rank without these directions (comma-separated or repeated)", collect)
    .option("--save <file>", "save the answers, to rerun later with --answers")
    .option("--force", "let --save replace an existing file")
    .option("--batch", "read JSON Lines of answer documents on stdin, print one compact result per line")
    .addHelpText(
      "after",
      `
Answers file: {"answers": {"<questionId>": <answer>}}, where an answer is
  "<optionId>", ["<optionId>", ...] or a number
  ids: llm-career questions --json    schema: llm-career schema answers
Every result ends with an answer code; --code reproduces it exactly.

Examples:
  llm-career recommend                          ask on this terminal
  llm-career recommend --save my-answers.json   ask, then keep the answers
  llm-career recommend --answers my-answers.json --json
  llm-career recommend --code 3-qwk8nfwfphrqfehnz --exclude algorithms,infra
  llm-career recommend --answers a.json --format markdown > fit.md
  cat answers.jsonl | llm-career recommend --batch > results.jsonl`,
    )
    .action(async (opts: RecommendOptions, command: Command) => {
      const conflicts = opts.batch && (opts.answers !== undefined || opts.code !== undefined || opts.save !== undefined);
      if (conflicts) throw usageError("--batch reads answers from standard input; it cannot be combined with --answers, --code or --save");
      await runRecommend(makeContext(io, command.optsWithGlobals()), opts);
    });
}
