import type { Command } from "commander";
import { makeContext, type IO } from "../context.js";
import type { Lang } from "../catalog/schema.js";
import { HELP_ARGUMENTS, HELP_COMMANDS } from "../messages/help.js";
import { aboutLines, addAnswerSourceOptions, addFormatOptions, aimAt, formatOf, printResult, type AimOptions } from "./options.js";

export function registerPlan(program: Command, io: IO, lang: Lang): void {
  const cmd = program
    .command("plan")
    .description(HELP_COMMANDS.plan[lang])
    .argument("<direction>", HELP_ARGUMENTS.direction[lang]);
  addAnswerSourceOptions(cmd, lang);
  addFormatOptions(cmd, "plan", lang)
    .action(async (name: string, opts: AimOptions, command: Command) => {
      const ctx = makeContext(io, command.optsWithGlobals());
      const format = formatOf(opts);
      const { advisor, target, answers, about } = await aimAt(ctx, name, opts);
      const { buildPlan } = await import("../advisor/plan.js");
      const result = { ...buildPlan(advisor, target, answers), about };
      await printResult(ctx, format, result, {
        text: async () => (await aboutLines(ctx, about)) + (await import("../render/gap-plan.js")).renderPlan(result, ctx),
        markdown: async () => (await import("../render/markdown.js")).planMarkdown(result, ctx.lang),
        html: async () => (await import("../render/html.js")).planHtml(result, ctx.lang),
      });
    });
}
