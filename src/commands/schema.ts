import type { Command } from "commander";
import { makeContext, printJson, type IO } from "../context.js";
import { usageError } from "../errors.js";

/** What `llm-career schema` can print: the answers file and each --json output. */
export const SCHEMA_NAMES = ["answers", "list", "show", "compare", "questions", "recommendation", "batch", "gap", "plan"] as const;

export function registerSchema(program: Command, io: IO): void {
  program
    .command("schema")
    .description(`print the JSON Schema of the answers file or of a command's --json output: ${SCHEMA_NAMES.join(", ")}`)
    .argument("<name>", SCHEMA_NAMES.join(" | "))
    .addHelpText("after", "\nExamples:\n  llm-career schema answers > answers.schema.json\n  llm-career schema recommendation")
    .action(async (name: string, _opts: unknown, cmd: Command) => {
      const ctx = makeContext(io, cmd.optsWithGlobals());
      if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
        throw usageError(`unknown schema "${name}"; one of: ${SCHEMA_NAMES.join(", ")}`);
      }
      const { jsonSchemaOf } = await import("../json-schemas.js");
      printJson(ctx, jsonSchemaOf(name as (typeof SCHEMA_NAMES)[number]));
    });
}
