// The program: commands registered in one place, one error boundary that turns every failure
// into a message on stderr and an exit code. Commands load their heavy modules (tables, colour,
// zod, prompts) only when they run, so `--version` and `list --json` start almost as fast as Node.
import { Command, CommanderError, Option } from "commander";
import { CliError, ExitCode } from "./errors.js";
import type { IO } from "./context.js";
import { editDistance } from "./catalog/lookup.js";
import { registerList } from "./commands/list.js";
import { registerShow } from "./commands/show.js";
import { registerCompare } from "./commands/compare.js";
import { registerDefault } from "./commands/default.js";
import { registerQuestions } from "./commands/questions.js";
import { registerRecommend } from "./commands/recommend.js";
import { registerSchema } from "./commands/schema.js";
import { registerGap } from "./commands/gap.js";
import { registerPlan } from "./commands/plan.js";
import { registerCompletion } from "./commands/completion.js";

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

const EXAMPLES = `
Examples:
  llm-career                      answer the questionnaire (on a terminal)
  llm-career recommend --answers a.json --json
  llm-career list                 the six directions
  llm-career show infra           a direction's profile and roles
  llm-career compare 2 3          directions side by side
  llm-career gap infra --code C   what you miss for a direction
  llm-career plan data            a 90-day plan
  llm-career list --json          one JSON document, for scripts
  llm-career show 推理 --lang zh   in Chinese

Language: --lang, else LLM_CAREER_LANG, LC_ALL, LC_MESSAGES, LANG (zh_* = zh).
Exit codes: 0 ok, 1 failure, 2 usage error, 130 cancelled.`;

export function buildProgram(io: IO): Command {
  const program = new Command("llm-career")
    .description("Find your way into the large-language-model industry: six directions, eighteen roles, and which fits you.")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .addOption(new Option("--lang <lang>", "language of the output: zh or en").choices(["zh", "en"]))
    .option("--no-color", "no colour, even on a terminal")
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`llm-career: ${s.replace(/^error: /, "")}`),
    })
    .exitOverride()
    .addHelpText("after", EXAMPLES);
  program.addHelpCommand(false);
  registerDefault(program, io);
  registerList(program, io);
  registerShow(program, io);
  registerCompare(program, io);
  registerQuestions(program, io);
  registerRecommend(program, io);
  registerGap(program, io);
  registerPlan(program, io);
  registerSchema(program, io);
  registerCompletion(program, io);
  return program;
}

/** Closest command names, for the default command's "did you mean". */
export function suggestCommand(program: Command, name: string): string | undefined {
  const names = program.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden).map((c) => c.name());
  const best = names.map((n) => ({ n, d: editDistance(name, n) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.n : undefined;
}

/** Runs the CLI and returns the exit code; never throws and never prints a stack trace. */
export async function main(argv: string[], io: IO): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: "user" });
    return ExitCode.ok;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: IO): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" only to exitOverride; commander has printed what it must.
    if (["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)) return ExitCode.ok;
    if (error.code === "commander.executeSubCommandAsync") return ExitCode.failure;
    return ExitCode.usage;
  }
  if (error instanceof CliError) {
    io.stderr.write(`llm-career: ${error.message}\n${error.details.map((d) => `  ${d}\n`).join("")}`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === "ExitPromptError") {
    io.stderr.write("llm-career: cancelled\n");
    return ExitCode.cancelled;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`llm-career: internal error: ${message}\n`);
  if (io.env.LLM_CAREER_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return ExitCode.failure;
}
