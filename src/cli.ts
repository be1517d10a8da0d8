// The program: commands registered in one place, one error boundary that turns every failure
// into a message on stderr and an exit code. Commands load their heavy modules (tables, colour,
// zod, prompts) only when they run, so `--version` and `list --json` start almost as fast as Node.
import { Command, CommanderError, Option } from "commander";
import { CliError, ExitCode } from "./errors.js";
import type { IO } from "./context.js";
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

interface CommandEntry {
  register: (program: Command, io: IO) => void;
  /** The command reads the whole program (its commands and options), so all must be defined. */
  needsAllCommands?: boolean;
}

/** Every command, in the order help lists them. */
const COMMANDS: Record<string, CommandEntry> = {
  list: { register: registerList },
  show: { register: registerShow },
  compare: { register: registerCompare },
  questions: { register: registerQuestions },
  recommend: { register: registerRecommend },
  gap: { register: registerGap },
  plan: { register: registerPlan },
  schema: { register: registerSchema },
  completion: { register: registerCompletion, needsAllCommands: true },
};

/**
 * The command named on the command line, if it is a known one: the first operand, skipping the
 * values of the program's own options (`--lang zh`).
 */
function namedCommand(program: Command, argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return undefined;
    if (!arg.startsWith("-")) return Object.hasOwn(COMMANDS, arg) ? arg : undefined;
    const option = program.options.find((o) => o.long === arg || o.short === arg);
    if (option?.required) i++;
  }
  return undefined;
}

/**
 * The program for these arguments. Defining every command costs about 2 ms of a 25 ms start, so
 * only the command being run is defined. All of them are defined where the full list is read:
 * up front for a help flag or `completion`, and by the default command just before it prints
 * the help or a "did you mean" for an unknown command.
 */
export function buildProgram(io: IO, argv: readonly string[] = []): Command {
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
  let allDefined = false;
  const defineAll = () => {
    if (!allDefined) for (const [name, { register }] of Object.entries(COMMANDS)) if (name !== named) register(program, io);
    allDefined = true;
  };
  registerDefault(program, io, defineAll);
  const named = namedCommand(program, argv);
  if (named) COMMANDS[named]!.register(program, io);
  if (argv.some((a) => a === "-h" || a === "--help") || (named && COMMANDS[named]!.needsAllCommands)) defineAll();
  return program;
}

/** Runs the CLI and returns the exit code; never throws and never prints a stack trace. */
export async function main(argv: string[], io: IO): Promise<number> {
  try {
    await buildProgram(io, argv).parseAsync(argv, { from: "user" });
    return ExitCode.ok;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: IO): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" only to exitOverride; commander has printed what it must.
    if (["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)) return ExitCode.ok;
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
