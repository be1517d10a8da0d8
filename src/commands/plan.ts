import type { Command } from "commander";
import { makeContext, type IO } from "../context.js";
import { addAnswerSourceOptions, addFormatOptions, formatOf, printResult } from "./options.js";

export function registerPlan(program: Command, io: IO): void {
  const cmd = program
    .command("plan")
    .description("a 30/60/90-day plan towards a direction: what to learn first and small fit experiments, built from your gaps")
    .argument("<direction>", "a direction: number, id, alias or name");
  addAnswerSourceOptions(cmd);
  addFormatOptions(cmd, "plan")
    .addHelpText("after", "\nExamples:\n  llm-career plan inference\n  llm-career plan data --answers my-answers.json --format markdown > plan.md")
    .action(async (name: string, opts: { answers?: string; code?: string; json?: boolean; format?: string }, command: Command) => {
      const ctx = makeContext(io, command.optsWithGlobals());
      const format = formatOf(opts);
      const { advisor } = await import("../advisor/advisor.js");
      const { resolveDirection } = await import("../catalog/resolve.js");
      const target = resolveDirection(advisor.catalog, name).id;
      const { readAnswerSource } = await import("../io/answers-source.js");
      const answers = await readAnswerSource(ctx, advisor.questionnaire, opts);
      const { buildPlan } = await import("../advisor/plan.js");
      const result = buildPlan(advisor, target, answers);
      await printResult(ctx, format, result, {
        text: async () => (await import("../render/gap-plan.js")).renderPlan(result, ctx),
        markdown: async () => (await import("../render/markdown.js")).planMarkdown(result, ctx.lang),
      });
    });
}
