// `llm-career` with no command: the questionnaire on a terminal, the help elsewhere (a script
// that runs it bare gets the usage, not a hang or an error).
// Registered as commander's default command so that a mistyped command name still gets a
// "did you mean" instead of commander's "too many arguments".
import type { Command } from "commander";
import { makeContext, type IO } from "../context.js";
import { usageError } from "../errors.js";

export function registerDefault(program: Command, io: IO): void {
  program
    .command("start", { isDefault: true, hidden: true })
    .argument("[command]")
    .action(async (name: string | undefined, _opts: unknown, cmd: Command) => {
      if (name !== undefined) {
        const { suggestCommand } = await import("../cli.js");
        const guess = suggestCommand(program, name);
        throw usageError(`unknown command "${name}".${guess ? ` Did you mean "${guess}"?` : ""} See \`llm-career --help\`.`);
      }
      const ctx = makeContext(io, cmd.optsWithGlobals());
      if (!ctx.interactive) return program.outputHelp();
      const { runRecommend } = await import("./recommend.js");
      await runRecommend(ctx, {});
    });
}
