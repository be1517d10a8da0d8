// `llm-career help [command]`: the program's help, or one command's.
import type { Command } from "commander";
import type { IO } from "../context.js";
import type { Lang } from "../catalog/schema.js";
import { HELP_PROGRAM } from "../messages/help.js";

export function registerHelp(program: Command, _io: IO, lang: Lang): void {
  program
    .command("help")
    .description(HELP_PROGRAM.helpCommand[lang])
    .argument("[command]", HELP_PROGRAM.helpArgument[lang])
    .action((name: string | undefined) => {
      if (name === undefined) return program.outputHelp();
      // main() sends `help <unknown>` on as `<unknown>`, for commander's "unknown command".
      program.commands.find((c) => c.name() === name)?.outputHelp();
    });
}
