import type { Command } from "commander";
import { makeContext, printJson, printText, type IO } from "../context.js";

export function registerShow(program: Command, io: IO): void {
  program
    .command("show")
    .description("show a direction's full profile with its role table, or one role's profile")
    .argument("<name>", "a direction or role: number, id, alias or name, in English or Chinese")
    .option("--json", "print one JSON document (see `llm-career schema show`)")
    .addHelpText(
      "after",
      "\nExamples:\n  llm-career show infra\n  llm-career show 3\n  llm-career show 推理\n  llm-career show rag-engineer --json",
    )
    .action(async (name: string, opts: { json?: boolean }, cmd: Command) => {
      const ctx = makeContext(io, cmd.optsWithGlobals());
      const [{ resolveEntry }, { catalog, showEntry }] = await Promise.all([import("../catalog/resolve.js"), import("../catalog/queries.js")]);
      const result = showEntry(catalog, resolveEntry(catalog, name));
      if (opts.json) return printJson(ctx, result);
      const { renderShow } = await import("../render/browse.js");
      printText(ctx, renderShow(result, ctx));
    });
}
