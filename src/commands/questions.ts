import type { Command } from "commander";
import { makeContext, printJson, printText, type IO } from "../context.js";
import type { Lang } from "../catalog/schema.js";
import { say } from "../messages/define.js";
import { HELP_ARGUMENTS, HELP_COMMANDS, HELP_OPTIONS } from "../messages/help.js";

export function registerQuestions(program: Command, io: IO, lang: Lang): void {
  program
    .command("questions")
    .description(HELP_COMMANDS.questions[lang])
    .option("--json", say(lang, HELP_OPTIONS.json, "questions"))
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
