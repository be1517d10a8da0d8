import type { Command } from "commander";
import { makeContext, type IO } from "../context.js";
import { usageError } from "../errors.js";
import { addAnswerSourceOptions, addFormatOptions, aimAt, formatOf, printResult, type AimOptions } from "./options.js";

export function registerGap(program: Command, io: IO): void {
  const cmd = program
    .command("gap")
    .description("for a direction you choose: the criteria you meet, the ones you miss, and the smallest change that makes it your first")
    .argument("<direction>", "a direction: number, id, alias or name");
  addAnswerSourceOptions(cmd);
  addFormatOptions(cmd, "gap")
    .addHelpText("after", "\nExamples:\n  llm-career gap infra --answers my-answers.json\n  llm-career gap 5 --code 3-qwk8nfwfphrqfehnz --format markdown > gap.md")
    .action(async (name: string, opts: AimOptions, command: Command) => {
      const ctx = makeContext(io, command.optsWithGlobals());
      const format = formatOf(opts);
      const { advisor, target, answers } = await aimAt(ctx, name, opts);
      if (!answers) throw usageError("gap needs your answers: pass --answers FILE (- for standard input) or --code CODE from a result");
      const { gapReport } = await import("../advisor/gap.js");
      const result = gapReport(advisor, answers, target);
      await printResult(ctx, format, result, {
        text: async () => (await import("../render/gap-plan.js")).renderGap(result, ctx),
        markdown: async () => (await import("../render/markdown.js")).gapMarkdown(result, ctx.lang),
      });
    });
}
