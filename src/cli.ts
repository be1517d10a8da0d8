// The program: commands registered in one place, one error boundary that turns every failure
// into a message on stderr and an exit code. Commands load their heavy modules (tables, colour,
// zod, prompts) only when they run, so `--version` and `list --json` start almost as fast as Node.
import { Command, CommanderError, Option } from "commander";
import { CliError, ExitCode, textIn } from "./errors.js";
import type { IO } from "./context.js";
import type { Lang } from "./catalog/schema.js";
import { detectLang, langFlag, outputWidth } from "./io/env.js";
import { localize, say } from "./messages/define.js";
import { HELP_PROGRAM } from "./messages/help.js";
import { CLI_ERRORS } from "./messages/cli.js";
import { printable, quoted } from "./quote.js";
import { registerList } from "./commands/list.js";
import { registerShow } from "./commands/show.js";
import { registerCompare } from "./commands/compare.js";
import { registerHelp } from "./commands/help.js";
import { registerQuestions } from "./commands/questions.js";
import { registerRecommend } from "./commands/recommend.js";
import { registerSchema } from "./commands/schema.js";
import { registerGap } from "./commands/gap.js";
import { registerPlan } from "./commands/plan.js";
import { registerCompletion } from "./commands/completion.js";

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

export type Register = (program: Command, io: IO, lang: Lang) => void;

interface CommandEntry {
  register: Register;
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
  help: { register: registerHelp, needsAllCommands: true },
};

/**
 * The first argument that is not one of the program's own options (`--lang zh`, `--no-color`):
 * a command's name, or an option of the bare command.
 */
function firstOperand(argv: readonly string[]): { index: number; name: string } | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--lang") i++;
    else if (arg === "--") return argv[i + 1] === undefined ? undefined : { index: i + 1, name: argv[i + 1]! };
    else if (!arg.startsWith("--lang=") && arg !== "--no-color") return { index: i, name: arg };
  }
  return undefined;
}

const isHelpOrVersion = (arg: string) => ["-h", "--help", "-V", "--version"].includes(arg);

/** The help layout module, loaded before parsing when help will be shown (commander asks for it synchronously). */
let helpLayout: typeof import("./render/help.js") | undefined;

/**
 * The program for these arguments. Defining every command costs about 2 ms of a 25 ms start, so
 * only the command being run is defined; all of them where the full list is read (help,
 * `completion`, an unknown command's "did you mean").
 */
export function buildProgram(io: IO, argv: readonly string[] = []): Command {
  const lang = detectLang(langFlag(argv), io.env);
  const program = new Command("llm-career")
    .description(HELP_PROGRAM.description[lang])
    .version(VERSION, "-V, --version", HELP_PROGRAM.version[lang])
    .helpOption("-h, --help", HELP_PROGRAM.help[lang])
    .addOption(new Option("--lang <lang>", HELP_PROGRAM.lang[lang]).choices(["zh", "en"]))
    .option("--no-color", HELP_PROGRAM.noColor[lang])
    .showSuggestionAfterError(true)
    .configureHelp({
      showGlobalOptions: true,
      // The width is looked up only when help is printed: it can load node:tty.
      formatHelp: (cmd, helper) => helpLayout!.formatHelp(cmd, helper, { width: outputWidth(() => io.stdout.columns, io.env), lang }),
    })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Errors are worded in report(), from the error's code: in the user's language, values quoted.
      outputError: () => {},
    })
    .exitOverride();
  program.helpCommand(false);
  const operand = firstOperand(argv);
  const named = operand && Object.hasOwn(COMMANDS, operand.name) ? operand.name : undefined;
  const noCommand = !operand || isHelpOrVersion(operand.name);
  const needsAll = !named || argv.some((a) => a === "-h" || a === "--help") || COMMANDS[named]!.needsAllCommands;
  for (const [name, { register }] of Object.entries(COMMANDS)) if (needsAll || name === named) register(program, io, lang);
  // No command at all (main() has ruled out `recommend`): the help, after commander has checked the options.
  if (noCommand) program.action(() => program.outputHelp());
  return program;
}

/**
 * What the command line asks for. Without a command, options of `recommend` (or a terminal) mean
 * `recommend`, as the bare command is documented; with neither, the help (a script that runs the
 * bare command gets the usage, not a hang).
 */
function resolveArgv(argv: readonly string[], io: IO): string[] | "help" {
  const operand = firstOperand(argv);
  if (operand?.name === "help") {
    // `help foo` for an unknown foo: the same "unknown command" as `foo`.
    const asked = firstOperand(argv.slice(operand.index + 1));
    if (asked && !asked.name.startsWith("-") && !Object.hasOwn(COMMANDS, asked.name)) return [asked.name];
  }
  if (operand && isHelpOrVersion(operand.name)) return [...argv];
  if (operand && !(operand.name.startsWith("-") && operand.name !== "-")) return [...argv];
  if (operand || (io.stdout.isTTY && io.stdin.isTTY)) return ["recommend", ...argv];
  return "help";
}

/** Runs the CLI and returns the exit code; never throws and never prints a stack trace. */
export async function main(argv: string[], io: IO): Promise<number> {
  const lang = detectLang(langFlag(argv), io.env);
  let command = "llm-career";
  try {
    const args = resolveArgv(argv, io);
    if (args !== "help") command = firstOperand(args)?.name ?? command;
    const wantsHelp = args === "help" || args.some((a) => a === "-h" || a === "--help") || firstOperand(args)?.name === "help";
    if (wantsHelp) helpLayout ??= await import("./render/help.js");
    const line = args === "help" ? [...argv] : args;
    await buildProgram(io, line).parseAsync(line, { from: "user" });
    return ExitCode.ok;
  } catch (error) {
    // Options before a command (`llm-career --json list`) read as the bare command's: say how to write it.
    const misplaced = error instanceof CommanderError && error.code === "commander.excessArguments" && argv[0] !== "recommend" && command === "recommend";
    const named = misplaced ? argv.find((a) => Object.hasOwn(COMMANDS, a)) : undefined;
    if (named) {
      const fixed = [named, ...argv.filter((a) => a !== named)].map((a) => printable(a, 60)).join(" ");
      return await report(new CliError(localize(CLI_ERRORS.optionsFirst, `llm-career ${fixed}`)), io, lang, command);
    }
    if (misplaced) {
      // Not a command: the stray word is most likely the last one that is not an option.
      const stray = [...argv].reverse().find((a) => !a.startsWith("-")) ?? "";
      return await report(new CliError(localize(CLI_ERRORS.unknownCommand, quoted(stray))), io, lang, command);
    }
    return await report(error, io, lang, Object.hasOwn(COMMANDS, command) ? command : "llm-career");
  }
}

/** commander's message, in our words: the parts are taken from its message for each error code. */
function commanderMessage(error: CommanderError, lang: Lang, command: string): string {
  const text = error.message.replace(/^error: /, "");
  const match = (pattern: RegExp) => pattern.exec(text);
  const listed = (choices: string) => (lang === "zh" ? choices.replaceAll(", ", "、") : choices);
  const names = (raw: string) => raw.split(", ").map((s) => quoted(s)).join(", ");
  let m: RegExpExecArray | null;
  switch (error.code) {
    case "commander.unknownOption":
      if ((m = match(/^unknown option '([\s\S]*)'(?:\n\(Did you mean ([\s\S]*)\?\))?$/))) {
        return m[2] ? say(lang, CLI_ERRORS.unknownOptionLike, quoted(m[1]!), names(m[2])) : say(lang, CLI_ERRORS.unknownOption, quoted(m[1]!));
      }
      break;
    case "commander.unknownCommand":
      if ((m = match(/^unknown command '([\s\S]*)'(?:\n\(Did you mean ([\s\S]*)\?\))?$/))) {
        return m[2] ? say(lang, CLI_ERRORS.unknownCommandLike, quoted(m[1]!), names(m[2])) : say(lang, CLI_ERRORS.unknownCommand, quoted(m[1]!));
      }
      break;
    case "commander.missingArgument":
      if ((m = match(/^missing required argument '(.*)'$/))) return say(lang, CLI_ERRORS.missingArgument, command, `<${m[1]}>`);
      break;
    case "commander.optionMissingArgument":
      if ((m = match(/^option '(.*)' argument missing$/))) return say(lang, CLI_ERRORS.optionMissingArgument, m[1]!);
      break;
    case "commander.invalidArgument":
      if ((m = match(/^option '(.*?)' argument '([\s\S]*)' is invalid\. Allowed choices are (.*)\.$/))) {
        return say(lang, CLI_ERRORS.invalidChoice, m[1]!, quoted(m[2]!), listed(m[3]!));
      }
      if ((m = match(/^command-argument value '([\s\S]*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/))) {
        return say(lang, CLI_ERRORS.invalidArgumentChoice, command, `<${m[2]}>`, quoted(m[1]!), listed(m[3]!));
      }
      break;
    case "commander.excessArguments":
      if ((m = match(/^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/))) {
        return say(lang, CLI_ERRORS.excessArguments, m[1] ?? "llm-career", Number(m[2]), Number(m[3]));
      }
      break;
  }
  return quoted(text, 300).slice(1, -1);
}

/**
 * Writes an error: the message, then one line per detail. On a terminal each is wrapped to its
 * width (continuing indented); elsewhere each stays one line, for scripts that read them.
 */
async function writeError(io: IO, message: string, details: readonly string[] = []): Promise<void> {
  const width = io.stderr.isTTY ? outputWidth(() => io.stderr.columns, io.env) : undefined;
  const { wrapHanging } = width ? await import("./render/text.js") : { wrapHanging: undefined };
  const lines = (text: string, indent: string) => (wrapHanging ? wrapHanging(text, width! - indent.length, 2).map((l) => indent + l) : [indent + text]);
  try {
    io.stderr.write(`${[...lines(`llm-career: ${message}`, ""), ...details.flatMap((d) => lines(d, "  "))].join("\n")}\n`);
  } catch {
    // stderr is closed or its terminal has gone: the exit code still says what happened.
  }
}

/** `command` is the command being run, which commander's messages about arguments name. */
async function report(error: unknown, io: IO, lang: Lang, command: string): Promise<number> {
  if (error instanceof CommanderError) {
    // Help and version are "errors" only to exitOverride; commander has printed what it must.
    if (["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)) return ExitCode.ok;
    await writeError(io, commanderMessage(error, lang, command));
    return ExitCode.usage;
  }
  if (error instanceof CliError) {
    await writeError(io, textIn(lang, error.text), error.details.map((d) => textIn(lang, d)));
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  await writeError(io, say(lang, CLI_ERRORS.internal, quoted(message, 300).slice(1, -1)));
  if (io.env.LLM_CAREER_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return ExitCode.failure;
}
