import type { Command } from "commander";
import { makeContext, printText, type IO } from "../context.js";
import { usageError } from "../errors.js";

const SHELLS = ["bash", "zsh", "fish"] as const;
type Shell = (typeof SHELLS)[number];

interface Spec {
  commands: Array<{ name: string; description: string; options: string[]; takesDirection: boolean }>;
  globalOptions: string[];
  /** Program options followed by a value (`--lang zh`), with the values they accept, if listed. */
  valueOptions: Array<{ flag: string; choices: string[] }>;
  directions: string[];
}

/** The program's own commands and options, so the completion can never drift from the CLI. */
function specOf(program: Command, directions: string[]): Spec {
  const flags = (cmd: Command) => cmd.options.flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f)));
  return {
    commands: program.commands
      .filter((c) => !(c as unknown as { _hidden: boolean })._hidden)
      .map((c) => ({
        name: c.name(),
        description: c.description().split(/[:;(]/)[0]!.trim(),
        options: [...flags(c), "--help"],
        takesDirection: ["show", "compare", "gap", "plan"].includes(c.name()),
      })),
    globalOptions: [...new Set([...flags(program), "--help", "--version"])],
    valueOptions: program.options
      .filter((o) => o.required && o.long)
      .map((o) => ({ flag: o.long!, choices: (o as unknown as { argChoices?: string[] }).argChoices ?? [] })),
    directions,
  };
}

function bash(s: Spec): string {
  const valueCases = s.valueOptions.map((o) => `    ${o.flag}) COMPREPLY=($(compgen -W "${o.choices.join(" ")}" -- "$cur")); return ;;`).join("\n");
  const skipValue = s.valueOptions.map((o) => o.flag).join("|") || "--no-such-option";
  const cases = s.commands.map((c) => `    ${c.name}) opts="${c.options.join(" ")}"; ${c.takesDirection ? `words="${s.directions.join(" ")}"` : 'words=""'} ;;`).join("\n");
  return `# llm-career completion for bash: eval "$(llm-career completion bash)"
_llm_career() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i
  case "$prev" in
${valueCases}
  esac
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in ${skipValue}) ((i++)) ;; -*) ;; *) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  local opts="${s.globalOptions.join(" ")}" words="${s.commands.map((c) => c.name).join(" ")}"
  case "$cmd" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts ${s.globalOptions.join(" ")}" -- "$cur"));
  else COMPREPLY=($(compgen -W "$words" -- "$cur")); fi
}
complete -F _llm_career llm-career
`;
}

function zsh(s: Spec): string {
  const esc = (t: string) => t.replace(/'/g, "'\\''").replace(/:/g, "\\:");
  const cmds = s.commands.map((c) => `'${c.name}:${esc(c.description)}'`).join(" ");
  const cases = s.commands
    .map((c) => `    ${c.name}) _arguments '*:direction:(${c.takesDirection ? s.directions.join(" ") : ""})' ${c.options.map((o) => `'${o}[]'`).join(" ")} ;;`)
    .join("\n");
  return `#compdef llm-career
# llm-career completion for zsh: llm-career completion zsh > "\${fpath[1]}/_llm-career"
_llm_career() {
  local -a commands; commands=(${cmds})
  if (( CURRENT == 2 )); then _describe 'command' commands; _arguments ${s.globalOptions.map((o) => `'${o}[]'`).join(" ")}; return; fi
  case "$words[2]" in
${cases}
  esac
}
compdef _llm_career llm-career
`;
}

function fish(s: Spec): string {
  const lines = [`# llm-career completion for fish: llm-career completion fish > ~/.config/fish/completions/llm-career.fish`, "complete -c llm-career -f"];
  const names = s.commands.map((c) => c.name).join(" ");
  for (const c of s.commands) {
    lines.push(`complete -c llm-career -n "not __fish_seen_subcommand_from ${names}" -a ${c.name} -d '${c.description.replace(/'/g, "\\'")}'`);
    for (const o of c.options.filter((x) => x.startsWith("--"))) lines.push(`complete -c llm-career -n "__fish_seen_subcommand_from ${c.name}" -l ${o.slice(2)}`);
    if (c.takesDirection) lines.push(`complete -c llm-career -n "__fish_seen_subcommand_from ${c.name}" -a "${s.directions.join(" ")}"`);
  }
  for (const o of s.globalOptions.filter((x) => x.startsWith("--"))) lines.push(`complete -c llm-career -l ${o.slice(2)}`);
  return `${lines.join("\n")}\n`;
}

export function registerCompletion(program: Command, io: IO): void {
  program
    .command("completion")
    .description("print a shell completion script for commands, options and direction ids: bash, zsh or fish")
    .argument("<shell>", SHELLS.join(" | "))
    .addHelpText(
      "after",
      '\nExamples:\n  eval "$(llm-career completion bash)"          in ~/.bashrc\n  llm-career completion zsh > "${fpath[1]}/_llm-career"\n  llm-career completion fish > ~/.config/fish/completions/llm-career.fish',
    )
    .action(async (shell: string, _opts: unknown, command: Command) => {
      const ctx = makeContext(io, command.optsWithGlobals());
      if (!(SHELLS as readonly string[]).includes(shell)) throw usageError(`unknown shell "${shell}"; one of: ${SHELLS.join(", ")}`);
      const { catalog } = await import("../catalog/data.js");
      const ids = catalog.directions.flatMap((d) => [d.id, ...d.aliases.filter((a) => /^[a-z][a-z-]*$/.test(a))]);
      const spec = specOf(program, ids);
      printText(ctx, { bash, zsh, fish }[shell as Shell](spec));
    });
}
