// `llm-career completion bash|zsh|fish`: a completion script generated from the program itself
// (its commands, options, option choices and arguments) and the catalog's ids, so it can never
// drift from the CLI. What a value completes to is read from commander: an option's or argument's
// choices (`--format`, `--lang`, `schema <name>`), a file for any `<file>` value (`--answers`,
// `--save`), direction ids for `<direction>`/`<directions>` (a comma-separated list for the
// plural), command names for `help [command]`.
import type { Argument, Command, Option } from "commander";

export type Shell = "bash" | "zsh" | "fish";

/** What a value completes to. */
export type Values =
  | { kind: "words"; words: readonly string[] }
  | { kind: "files" }
  /** Direction ids; `list`: several, comma-separated. */
  | { kind: "directions"; list: boolean }
  /** A direction or a role id. */
  | { kind: "entries" }
  | { kind: "commands" }
  /** Anything (an answer code): nothing to offer. */
  | { kind: "free" };

export interface OptionSpec {
  long?: string;
  short?: string;
  description: string;
  /** Undefined for a flag. */
  value?: Values;
  /** May be given more than once (a collecting option such as --exclude). */
  repeatable: boolean;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** What each positional argument completes to; the last one repeats when `variadic`. */
  args: Values[];
  variadic: boolean;
}

export interface Spec {
  commands: CommandSpec[];
  /** The program's options: accepted before the command and after it. */
  globalOptions: OptionSpec[];
  /** Top level only (--version). */
  topOptions: OptionSpec[];
  directions: string[];
  /** Direction and role ids. */
  entries: string[];
}

/** Commands whose arguments' names do not say what they are (`show <name>`, `compare <a> <b>`). */
const ARGUMENTS_OF: Record<string, Values> = { show: { kind: "entries" }, compare: { kind: "directions", list: false } };

/** What a value named `name` (`file`, `directions`, `command`) with these choices completes to. */
function valuesFor(name: string, choices: readonly string[] | undefined): Values {
  if (choices?.length) return { kind: "words", words: choices };
  if (/file$/i.test(name)) return { kind: "files" };
  if (/^directions?$/i.test(name)) return { kind: "directions", list: /s$/i.test(name) };
  if (/^command$/i.test(name)) return { kind: "commands" };
  return { kind: "free" };
}

/** The first clause of a help text, in either language: what fits beside a completion. */
const brief = (text: string) => text.split(/[:;(：；（]/)[0]!.trim();

function optionSpec(o: Option): OptionSpec {
  const takesValue = o.required || o.optional;
  const name = /[<[]([^>\]]+?)(\.\.\.)?[>\]]/.exec(o.flags)?.[1] ?? "";
  return {
    long: o.long,
    short: o.short,
    description: brief(o.description),
    value: takesValue ? valuesFor(name, o.argChoices) : undefined,
    // commander collects repeated values only through a custom parser (see `collect` in options.ts).
    repeatable: Boolean(takesValue && o.parseArg && !o.argChoices),
  };
}

function bareOptions(program: Command, help: ReturnType<Command["createHelp"]>): OptionSpec[] {
  const recommend = program.commands.find((c) => c.name() === "recommend");
  if (!recommend) return [];
  const own = new Set(recommend.options.map((o) => o.long));
  return help.visibleOptions(recommend).map(optionSpec).filter((o) => own.has(o.long));
}

export function specOf(program: Command, directions: string[], roles: string[]): Spec {
  const help = program.createHelp();
  const top = help.visibleOptions(program).map(optionSpec);
  const helpFlags = new Set(["--help", "--version"]);
  return {
    commands: help.visibleCommands(program).map((c) => {
      const own = new Set(c.options.map((o) => o.long));
      const args = c.registeredArguments.map((a: Argument) => ARGUMENTS_OF[c.name()] ?? valuesFor(a.name(), a.argChoices));
      return {
        name: c.name(),
        description: brief(c.description()),
        options: help.visibleOptions(c).map(optionSpec).filter((o) => own.has(o.long) || o.long === "--help"),
        args,
        variadic: c.registeredArguments.at(-1)?.variadic ?? false,
      };
    }),
    globalOptions: top.filter((o) => !helpFlags.has(o.long ?? "")),
    // The bare command is recommend, with all its options (`llm-career --answers <TAB>`).
    topOptions: [...top.filter((o) => helpFlags.has(o.long ?? "")), ...bareOptions(program, help)],
    directions,
    entries: [...directions, ...roles],
  };
}

const flagsOf = (o: OptionSpec) => [o.long, o.short].filter((f): f is string => Boolean(f));
const valueOptions = (s: Spec) => [...s.globalOptions, ...s.topOptions, ...s.commands.flatMap((c) => c.options)].filter((o) => o.value);
const unique = (xs: string[]) => [...new Set(xs)];

// ---- bash ------------------------------------------------------------------------------------

function bashAction(s: Spec, v: Values): string {
  switch (v.kind) {
    case "words":
      return `_llm_career_words "${v.words.join(" ")}"`;
    case "files":
      return "_llm_career_files";
    case "directions":
      return v.list ? `_llm_career_list "${s.directions.join(" ")}"` : `_llm_career_words "${s.directions.join(" ")}"`;
    case "entries":
      return `_llm_career_words "${s.entries.join(" ")}"`;
    case "commands":
      return `_llm_career_words "${s.commands.map((c) => c.name).join(" ")}"`;
    case "free":
      return ":";
  }
}

function bashArgs(s: Spec, c: CommandSpec): string {
  if (!c.args.length) return ":";
  const actions = c.args.map((a) => bashAction(s, a));
  if (c.variadic && new Set(actions).size === 1) return actions[0]!;
  const cases = actions.map((a, i) => `${c.variadic && i === actions.length - 1 ? "*" : i}) ${a} ;;`);
  return `case $args in ${cases.join(" ")} esac`;
}

function bash(s: Spec): string {
  // One case per value option, global ones under any command: "recommend:--answers", "*:--lang".
  const byAction = new Map<string, string[]>();
  const addValue = (pattern: string, o: OptionSpec) => {
    const action = bashAction(s, o.value!);
    byAction.set(action, [...(byAction.get(action) ?? []), ...flagsOf(o).map((f) => `${pattern}:${f}`)]);
  };
  for (const o of [...s.globalOptions, ...s.topOptions].filter((x) => x.value)) addValue("*", o);
  for (const c of s.commands) for (const o of c.options.filter((x) => x.value)) addValue(c.name, o);
  const valueCases = [...byAction].map(([action, patterns]) => `    ${unique(patterns).join("|")}) ${action}; return ;;`).join("\n");
  const skip = unique(valueOptions(s).flatMap(flagsOf)).join("|");
  const globalFlags = s.globalOptions.flatMap(flagsOf).join(" ");
  const optionCases = s.commands.map((c) => `    ${c.name}) opts="${c.options.flatMap(flagsOf).join(" ")} ${globalFlags}" ;;`).join("\n");
  const argCases = s.commands.map((c) => `    ${c.name}) ${bashArgs(s, c)} ;;`).join("\n");
  return `# llm-career completion for bash.
# Install: add  eval "$(llm-career completion bash)"  to ~/.bashrc, or save it where
# bash-completion finds it:  llm-career completion bash > ~/.local/share/bash-completion/completions/llm-career
_llm_career_words() { COMPREPLY=($(compgen -W "$1" -- "$cur")); }
_llm_career_files() {
  compopt -o filenames 2>/dev/null
  local IFS=$'\\n'
  COMPREPLY=($(compgen -f -- "$cur"))
}
# A comma-separated list: complete the item after the last comma.
_llm_career_list() {
  local head=""
  [[ $cur == *,* ]] && head="\${cur%,*},"
  COMPREPLY=($(compgen -P "$head" -W "$1" -- "\${cur##*,}"))
}
_llm_career() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # bash splits --format=json at "=": complete the value of the option before it.
  if [[ $cur == "=" && $prev == --* ]]; then cur=""
  elif [[ $prev == "=" ]] && ((COMP_CWORD >= 2)); then prev="\${COMP_WORDS[COMP_CWORD-2]}"; fi
  local cmd="" args=0 i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${skip || "--no-such-option"}) ((i++)); [[ \${COMP_WORDS[i]} == "=" ]] && ((i++)) ;;
      -*) ;;
      *) if [[ -z $cmd ]]; then cmd="\${COMP_WORDS[i]}"; else ((args++)); fi ;;
    esac
  done
  case "$cmd:$prev" in
${valueCases}
  esac
  if [[ $cur == -* ]]; then
    local opts="${[...s.globalOptions, ...s.topOptions].flatMap(flagsOf).join(" ")}"
    case $cmd in
${optionCases}
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  case $cmd in
    "") ${bashAction(s, { kind: "commands" })} ;;
${argCases}
  esac
}
complete -F _llm_career llm-career
`;
}

// ---- zsh -------------------------------------------------------------------------------------

/** Text for inside a single-quoted zsh word, in an _arguments description `[...]`. */
const zq = (t: string) => t.replace(/\\/g, "\\\\").replace(/'/g, "'\\''").replace(/([[\]:])/g, "\\$1");

function zshAction(s: Spec, v: Values): string {
  switch (v.kind) {
    case "words":
      return `(${v.words.join(" ")})`;
    case "files":
      return "_files";
    case "directions":
      return v.list ? `_values -s , direction ${s.directions.join(" ")}` : `(${s.directions.join(" ")})`;
    case "entries":
      return `(${s.entries.join(" ")})`;
    case "commands":
      return `(${s.commands.map((c) => c.name).join(" ")})`;
    case "free":
      return " ";
  }
}

/** What zsh shows above an argument's matches. */
const ARGUMENT_MESSAGE: Record<Values["kind"], string> = {
  words: "value",
  files: "file",
  directions: "direction",
  entries: "direction or role",
  commands: "command",
  free: "value",
};

function zshOption(s: Spec, o: OptionSpec): string[] {
  const flags = flagsOf(o);
  const exclusive = o.long === "--help" || o.long === "--version" ? "(- *)" : o.repeatable ? "*" : flags.length > 1 ? `(${flags.join(" ")})` : "";
  return flags.map((f) => {
    const value = o.value ? `:${zq(o.long?.slice(2) ?? "value")}:${zshAction(s, o.value)}` : "";
    return `'${exclusive}${f}${o.value && f.startsWith("--") ? "=" : ""}[${zq(o.description)}]${value}'`;
  });
}

function zsh(s: Spec): string {
  const globals = s.globalOptions.flatMap((o) => zshOption(s, o)).join(" ");
  const tops = s.topOptions.flatMap((o) => zshOption(s, o)).join(" ");
  const commands = s.commands.map((c) => `'${c.name.replace(/:/g, "\\:")}:${c.description.replace(/'/g, "'\\''")}'`).join("\n    ");
  const cases = s.commands
    .map((c) => {
      const args = c.args.map((a, i) => `'${c.variadic && i === c.args.length - 1 ? "*" : i + 1}:${ARGUMENT_MESSAGE[a.kind]}:${zshAction(s, a)}'`);
      const opts = c.options.flatMap((o) => zshOption(s, o));
      return `        ${c.name}) _arguments -s $globals ${[...opts, ...args].join(" ")} && ret=0 ;;`;
    })
    .join("\n");
  return `#compdef llm-career
# llm-career completion for zsh.
# Install: llm-career completion zsh > "\${fpath[1]}/_llm-career"  (then start a new zsh), or add
#   source <(llm-career completion zsh)  to ~/.zshrc after compinit.
_llm_career() {
  local curcontext="$curcontext" state line ret=1
  local -a globals commands
  globals=(${globals})
  commands=(
    ${commands}
  )
  _arguments -C $globals ${tops} '1:command:->command' '*::argument:->argument' && ret=0
  case $state in
    command) _describe -t commands command commands && ret=0 ;;
    argument)
      curcontext="\${curcontext%:*:*}:llm-career-$words[1]:"
      case $words[1] in
${cases}
      esac ;;
  esac
  return ret
}
if [[ "\${funcstack[1]}" == _llm-career ]]; then
  _llm_career "$@"
else
  compdef _llm_career llm-career
fi
`;
}

// ---- fish ------------------------------------------------------------------------------------

/** A fish single-quoted word. */
const fq = (t: string) => `'${t.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

function fishAction(s: Spec, v: Values): string {
  switch (v.kind) {
    case "words":
      return `-x -a ${fq(v.words.join(" "))}`;
    case "files":
      return "-r -F";
    case "directions":
      return v.list ? `-x -a ${fq(`(__fish_complete_list , "string split ' ' '${s.directions.join(" ")}'")`)}` : `-x -a ${fq(s.directions.join(" "))}`;
    case "entries":
      return `-x -a ${fq(s.entries.join(" "))}`;
    case "commands":
      return `-x -a ${fq(s.commands.map((c) => c.name).join(" "))}`;
    case "free":
      return "-x";
  }
}

function fishOption(s: Spec, o: OptionSpec, condition: string | undefined): string {
  const parts = ["complete -c llm-career"];
  if (condition) parts.push(`-n ${fq(condition)}`);
  if (o.long) parts.push(`-l ${o.long.slice(2)}`);
  if (o.short) parts.push(`-s ${o.short.slice(1)}`);
  if (o.value) parts.push(fishAction(s, o.value));
  parts.push(`-d ${fq(o.description)}`);
  return parts.join(" ");
}

function fish(s: Spec): string {
  const skip = unique(valueOptions(s).flatMap(flagsOf)).join(" ");
  const lines = [
    "# llm-career completion for fish.",
    "# Install: llm-career completion fish > ~/.config/fish/completions/llm-career.fish",
    "complete -c llm-career -f",
    "# The command given so far and how many arguments follow it, skipping options and their values.",
    "function __llm_career_words",
    "    set -l words (commandline -opc)",
    "    set -e words[1]",
    `    set -l skip ${skip}`,
    "    set -l value 0",
    "    for w in $words",
    "        if test $value = 1",
    "            set value 0",
    "        else if contains -- $w $skip",
    "            set value 1",
    "        else if not string match -q -- '-*' $w",
    "            echo $w",
    "        end",
    "    end",
    "end",
    "function __llm_career_at",
    "    # __llm_career_at COMMAND [N]: the command is COMMAND (and N arguments are given).",
    "    set -l words (__llm_career_words)",
    "    test \"$words[1]\" = $argv[1]; or return 1",
    "    test (count $argv) -lt 2; or test (math (count $words) - 1) -eq $argv[2]",
    "end",
    "function __llm_career_none",
    "    test (count (__llm_career_words)) -eq 0",
    "end",
  ];
  // --help works after a command too; --version only before one.
  for (const o of s.topOptions) lines.push(fishOption(s, o, o.long === "--help" ? undefined : "__llm_career_none"));
  for (const o of s.globalOptions) lines.push(fishOption(s, o, undefined));
  for (const c of s.commands) {
    lines.push(`complete -c llm-career -n __llm_career_none -a ${c.name} -d ${fq(c.description)}`);
    for (const o of c.options.filter((x) => x.long !== "--help")) lines.push(fishOption(s, o, `__llm_career_at ${c.name}`));
    c.args.forEach((a, i) => {
      if (a.kind === "free") return;
      const at = c.variadic && i === c.args.length - 1 ? `__llm_career_at ${c.name}; and test (count (__llm_career_words)) -gt ${i}` : `__llm_career_at ${c.name} ${i}`;
      lines.push(`complete -c llm-career -n ${fq(at)} ${fishAction(s, a)}`);
    });
  }
  return `${lines.join("\n")}\n`;
}

/** The script for one shell. */
export const scriptFor = (shell: Shell, spec: Spec): string => ({ bash, zsh, fish })[shell](spec);
