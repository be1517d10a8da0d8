import type { Command } from "commander";
import { makeContext, printJson, printText, type IO } from "../context.js";
import type { Lang } from "../catalog/schema.js";
import { say } from "../messages/define.js";
import { HELP_ARGUMENTS, HELP_COMMANDS, HELP_OPTIONS } from "../messages/help.js";

export function registerShow(program: Command, io: IO, lang: Lang): void {
  program
    .command("show")
    .description(HELP_COMMANDS.show[lang])
    .argument("<name>", HELP_ARGUMENTS.entry[lang])
    .option("--json", say(lang, HELP_OPTIONS.json, "show"))
    .action(async (name: string, opts: { json?: boolean }, cmd: Command) => {
      const ctx = makeContext(io, cmd.optsWithGlobals());
      const [{ resolveEntry }, { catalog, showEntry }] = await Promise.all([import("../catalog/resolve.js"), import("../catalog/queries.js")]);
      const result = showEntry(catalog, resolveEntry(catalog, name));
      if (opts.json) return printJson(ctx, result);
      const { renderShow } = await import("../render/browse.js");
      printText(ctx, renderShow(result, ctx));
    });
}
