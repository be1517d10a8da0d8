import type { Command } from "commander";
import { makeContext, printJson, printText, type IO } from "../context.js";

export function registerList(program: Command, io: IO): void {
  program
    .command("list")
    .description("list the six directions: number, id, name, nickname, entry barrier, verdict")
    .option("--json", "print one JSON document (see `llm-career schema list`)")
    .addHelpText("after", "\nExamples:\n  llm-career list\n  llm-career list --lang zh\n  llm-career list --json | jq -r '.directions[].id'")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const ctx = makeContext(io, cmd.optsWithGlobals());
      const { catalog, listDirections } = await import("../catalog/queries.js");
      const result = listDirections(catalog);
      if (opts.json) return printJson(ctx, result);
      const { renderList } = await import("../render/browse.js");
      printText(ctx, renderList(result, ctx));
    });
}
