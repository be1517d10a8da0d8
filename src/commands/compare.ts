import type { Command } from "commander";
import { makeContext, printJson, printText, type IO } from "../context.js";
import { usageError } from "../errors.js";

export function registerCompare(program: Command, io: IO): void {
  program
    .command("compare")
    .description("compare two or more directions side by side: barrier, roles, key skills, who fits, market, verdict")
    .argument("<a>", "a direction: number, id, alias or name")
    .argument("<b>", "another direction")
    .argument("[more...]", "more directions")
    .option("--json", "print one JSON document (see `llm-career schema compare`)")
    .addHelpText("after", "\nExamples:\n  llm-career compare infra inference\n  llm-career compare 1 2 3 --lang zh\n  llm-career compare apps safety --json")
    .action(async (a: string, b: string, more: string[], opts: { json?: boolean }, cmd: Command) => {
      const ctx = makeContext(io, cmd.optsWithGlobals());
      const [{ resolveDirection }, { catalog, compareDirections }] = await Promise.all([
        import("../catalog/resolve.js"),
        import("../catalog/queries.js"),
      ]);
      const directions = [a, b, ...more].map((name) => resolveDirection(catalog, name));
      const ids = directions.map((d) => d.id);
      const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
      if (repeated) throw usageError(`"${repeated}" is named more than once; compare distinct directions`);
      const result = compareDirections(catalog, directions);
      if (opts.json) return printJson(ctx, result);
      const { renderCompare } = await import("../render/browse.js");
      printText(ctx, renderCompare(result, ctx));
    });
}
