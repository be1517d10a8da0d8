import type { Command } from "commander";
import { makeContext, printJson, printText, type IO } from "../context.js";

export function registerQuestions(program: Command, io: IO): void {
  program
    .command("questions")
    .description("print the questionnaire: every question and option with its id, for writing answers files")
    .option("--json", "print one JSON document (see `llm-career schema questions`)")
    .addHelpText("after", "\nExamples:\n  llm-career questions\n  llm-career questions --json | jq '.questions[] | {id, kind}'")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const ctx = makeContext(io, cmd.optsWithGlobals());
      const { advisor } = await import("../advisor/advisor.js");
      const result = {
        schemaVersion: 1 as const,
        kind: "questionnaire" as const,
        questionnaireVersion: advisor.questionnaire.version,
        questions: advisor.questionnaire.questions,
      };
      if (opts.json) return printJson(ctx, result);
      const { renderQuestions } = await import("../render/questions.js");
      printText(ctx, renderQuestions(result, ctx));
    });
}
