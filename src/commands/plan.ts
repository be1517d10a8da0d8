import type { Command } from "commander";
import { makeContext, type IO } from "../context.js";
import { addAnswerSourceOptions, addFormatOptions, aimAt, formatOf, printResult, type AimOptions } from "./options.js";

export function registerPlan(program: Command, io: IO): void {
  const cmd = program
    .command("plan")
    .description("a 30/60/90-day plan towards a direction: what to learn first and small fit experiments, built from your gaps")
    .argument("<direction>", "a direction: number, id, alias or name");
  addAnswerSourceOptions(cmd);
  addFormatOptions(cmd, "plan")
    .addHelpText("after", "\nExamples:\n  llm-career plan inference\n  llm-career plan data --answers my-answers.json --format markdown > plan.md")
    .action(async (name: string, opts: AimOptions, command: Command) => {
      const ctx = makeContext(io, command.optsWithGlobals());
      const format = formatOf(opts);
      const { advisor, target, answers } = await aimAt(ctx, name, opts);
      const { buildPlan } = await import("../advisor/plan.js");
      const result = buildPlan(advisor, target, answers);
      await printResult(ctx, format, result, {
        text: async () => (await import("../render/gap-plan.js")).renderPlan(result, ctx),
        markdown: async () => (await import("../render/markdown.js")).planMarkdown(result, ctx.lang),
      });
    });
}
