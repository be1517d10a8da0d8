import type { Command } from "commander";
import { makeContext, printJson, printText, type IO } from "../context.js";
import type { Lang } from "../catalog/schema.js";
import { say } from "../messages/define.js";
import { HELP_ARGUMENTS, HELP_COMMANDS, HELP_OPTIONS } from "../messages/help.js";

export function registerList(program: Command, io: IO, lang: Lang): void {
  program
    .command("list")
    .description(HELP_COMMANDS.list[lang])
    .option("--json", say(lang, HELP_OPTIONS.json, "list"))
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const ctx = makeContext(io, cmd.optsWithGlobals());
      const { catalog, listDirections } = await import("../catalog/queries.js");
      const result = listDirections(catalog);
      if (opts.json) return printJson(ctx, result);
      const { renderList } = await import("../render/browse.js");
      printText(ctx, renderList(result, ctx));
    });
}
