// `llm-career` with no command: the questionnaire on a terminal, the help elsewhere (a script
// that runs it bare gets the usage, not a hang or an error). Registered as commander's default
// command, so a mistyped command name arrives here as an argument.
import type { Command } from "commander";
import { makeContext, type IO } from "../context.js";
import { runRecommend } from "./recommend.js";

/** `defineAll` defines every command, for the help's list and the "did you mean". */
export function registerDefault(program: Command, io: IO, defineAll: () => void): void {
  program
    .command("start", { isDefault: true, hidden: true })
    .argument("[command]")
    .action(async (name: string | undefined, _opts: unknown, cmd: Command) => {
      // commander's own "unknown command ... (Did you mean list?)", as for an unknown option.
      if (name !== undefined) {
        defineAll();
        return (program as unknown as { unknownCommand(): never }).unknownCommand();
      }
      const ctx = makeContext(io, cmd.optsWithGlobals());
      if (!ctx.interactive) {
        defineAll();
        return program.outputHelp();
      }
      await runRecommend(ctx, {});
    });
}
