import type { Command } from "commander";
import { makeContext, type IO } from "../context.js";
import { usageError } from "../errors.js";
import type { Lang } from "../catalog/schema.js";
import { HELP_ARGUMENTS, HELP_COMMANDS } from "../messages/help.js";
import { localize } from "../messages/define.js";
import { OPTION_ERRORS } from "../messages/options.js";
import { aboutLines, addAnswerSourceOptions, addFormatOptions, aimAt, formatOf, printResult, type AimOptions } from "./options.js";

export function registerGap(program: Command, io: IO, lang: Lang): void {
  const cmd = program
    .command("gap")
    .description(HELP_COMMANDS.gap[lang])
    .argument("<direction>", HELP_ARGUMENTS.direction[lang]);
  addAnswerSourceOptions(cmd, lang);
  addFormatOptions(cmd, "gap", lang)
    .action(async (name: string, opts: AimOptions, command: Command) => {
      const ctx = makeContext(io, command.optsWithGlobals());
      const format = formatOf(opts);
      const { advisor, target, answers, about } = await aimAt(ctx, name, opts);
      if (!answers) throw usageError(localize(OPTION_ERRORS.gapNeedsAnswers));
      const { gapReport } = await import("../advisor/gap.js");
      const result = { ...gapReport(advisor, answers, target), about };
      await printResult(ctx, format, result, {
        text: async () => (await aboutLines(ctx, about)) + (await import("../render/gap-plan.js")).renderGap(result, ctx),
        markdown: async () => (await import("../render/markdown.js")).gapMarkdown(result, ctx.lang),
        html: async () => (await import("../render/html.js")).gapHtml(result, ctx.lang),
      });
    });
}
