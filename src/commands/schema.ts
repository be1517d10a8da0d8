import { Argument, type Command } from "commander";
import { makeContext, printJson, type IO } from "../context.js";
import type { Lang } from "../catalog/schema.js";
import { HELP_ARGUMENTS, HELP_COMMANDS } from "../messages/help.js";

/** What `llm-career schema` can print: the answers file and each --json output. */
export const SCHEMA_NAMES = ["answers", "list", "show", "compare", "questions", "recommendation", "batch", "gap", "plan"] as const;
type SchemaName = (typeof SCHEMA_NAMES)[number];

export function registerSchema(program: Command, io: IO, lang: Lang): void {
  program
    .command("schema")
    .description(HELP_COMMANDS.schema[lang])
    // As choices, commander refuses any other name (a usage error listing them) and completion offers them.
    .addArgument(new Argument("<name>", HELP_ARGUMENTS.schemaName[lang]).choices(SCHEMA_NAMES))
    .action(async (name: SchemaName, _opts: unknown, cmd: Command) => {
      const ctx = makeContext(io, cmd.optsWithGlobals());
      const { jsonSchemaOf } = await import("../json-schemas.js");
      printJson(ctx, jsonSchemaOf(name));
    });
}
