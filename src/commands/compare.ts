import type { Command } from "commander";
import { makeContext, printJson, printText, type IO } from "../context.js";
import { usageError } from "../errors.js";
import type { Lang } from "../catalog/schema.js";
import { localize, say } from "../messages/define.js";
import { HELP_ARGUMENTS, HELP_COMMANDS, HELP_OPTIONS } from "../messages/help.js";
import { OPTION_ERRORS } from "../messages/options.js";
import { quoted } from "../quote.js";

export function registerCompare(program: Command, io: IO, lang: Lang): void {
  program
    .command("compare")
    .description(HELP_COMMANDS.compare[lang])
    .argument("<a>", HELP_ARGUMENTS.direction[lang])
    .argument("<b>", HELP_ARGUMENTS.anotherDirection[lang])
    .argument("[more...]", HELP_ARGUMENTS.moreDirections[lang])
    .option("--json", say(lang, HELP_OPTIONS.json, "compare"))
    .action(async (a: string, b: string, more: string[], opts: { json?: boolean }, cmd: Command) => {
      const ctx = makeContext(io, cmd.optsWithGlobals());
      const [{ resolveDirection }, { catalog, compareDirections }] = await Promise.all([
        import("../catalog/resolve.js"),
        import("../catalog/queries.js"),
      ]);
      const directions = [a, b, ...more].map((name) => resolveDirection(catalog, name));
      const ids = directions.map((d) => d.id);
      const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
      if (repeated) throw usageError(localize(OPTION_ERRORS.repeated, quoted(repeated)));
      const result = compareDirections(catalog, directions);
      if (opts.json) return printJson(ctx, result);
      const { renderCompare } = await import("../render/browse.js");
      printText(ctx, renderCompare(result, ctx));
    });
}
