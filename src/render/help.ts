// The help page, laid out by us rather than by commander: commander measures width in UTF-16
// units (a Chinese line comes out twice as wide), wraps only at spaces (Chinese has none) and
// stops wrapping below 40 columns. It still supplies the facts (terms, usage, visible items)
// through its public Help methods; this decides the layout, the language and the width.
import type { Command, Help } from "commander";
import type { Lang } from "../catalog/schema.js";
import { HELP_EXAMPLES, HELP_NOTES, HELP_PROGRAM, HELP_TITLES } from "../messages/help.js";
import { displayWidth, wrapIndented, wrapText } from "./text.js";

export interface HelpLayout {
  width: number;
  lang: Lang;
}

/** Items as two columns where the terms leave room for a readable description, else stacked. */
function items(rows: Array<[term: string, description: string]>, width: number, termWidth: number): string[] {
  const twoColumns = width - termWidth - 4 >= 24;
  return rows.flatMap(([term, description]) => {
    if (!description) return [`  ${term}`];
    if (twoColumns) return wrapIndented(description, width, `  ${term}${" ".repeat(termWidth - displayWidth(term))}  `);
    return [`  ${term}`, ...wrapIndented(description, width, "      ")];
  });
}

/**
 * Examples, with their notes lined up in one column. A command line that does not fit is
 * continued with " \" (still one shell command when pasted); a note that does not fit beside its
 * command goes on the next line.
 */
function examples(text: string, width: number): string[] {
  const rows = text.split("\n").map((line) => line.split("\t") as [string, string | undefined]);
  const fits = (command: string, note = "") => 2 + displayWidth(command) + 3 + displayWidth(note) <= width;
  const column = Math.max(0, ...rows.filter(([c, n]) => n && fits(c, n)).map(([c]) => displayWidth(c)));
  return rows.flatMap(([command, note]) => {
    const lines = commandLines(command, width);
    const last = lines[lines.length - 1]!;
    if (!note) return lines;
    if (lines.length === 1 && 2 + column + 3 + displayWidth(note) <= width && displayWidth(last) <= 2 + column) {
      return [`${last}${" ".repeat(2 + column - displayWidth(last))}   ${note}`];
    }
    return [...lines, ...wrapIndented(note, width, "      ")];
  });
}

function commandLines(command: string, width: number): string[] {
  // Quoted arguments stay whole: a line continued inside quotes would change the command.
  const words = command.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
  const lines: string[] = [];
  let current = "  ";
  for (const word of words) {
    const candidate = current.trim() ? `${current} ${word}` : `${current}${word}`;
    if (displayWidth(candidate) + 2 > width && current.trim()) {
      lines.push(`${current} \\`);
      current = `      ${word}`;
    } else current = candidate;
  }
  return [...lines, current];
}

function section(title: string, body: string[]): string[] {
  return body.length ? ["", title, ...body] : [];
}

function choicesNote(description: string, choices: readonly string[] | undefined, lang: Lang): string {
  if (!choices || choices.every((c) => description.includes(c))) return description;
  const values = HELP_TITLES.choices[lang](choices.join(lang === "zh" ? "、" : ", "));
  return lang === "zh" ? `${description}（${values}）` : `${description} (${values})`;
}

export function formatHelp(cmd: Command, helper: Help, { width, lang }: HelpLayout): string {
  const isProgram = !cmd.parent;
  const name = isProgram ? "program" : cmd.name();
  const usage = helper
    .commandUsage(cmd)
    .replace("[options]", HELP_TITLES.usageOptions[lang])
    .replace("[command]", HELP_TITLES.usageCommand[lang]);
  const optionRows = (options: ReturnType<Help["visibleOptions"]>) =>
    options.map((o): [string, string] => [helper.optionTerm(o), choicesNote(o.description, o.argChoices, lang)]);
  const argumentRows = helper.visibleArguments(cmd).map((a): [string, string] => [helper.argumentTerm(a), choicesNote(a.description, a.argChoices, lang)]);
  const options = optionRows(helper.visibleOptions(cmd));
  const globals = optionRows(helper.visibleGlobalOptions(cmd));
  const commands = helper.visibleCommands(cmd).map((c): [string, string] => [helper.subcommandTerm(c), helper.subcommandDescription(c)]);
  // One term column for every section, as commander does, so the descriptions line up.
  const termWidth = Math.max(0, ...[argumentRows, options, globals, commands].flat().map(([term]) => displayWidth(term)));
  const lines = [
    ...wrapIndented(usage, width, `${HELP_TITLES.usage[lang]}${lang === "zh" ? "" : " "}`, "  "),
    "",
    ...wrapText(helper.commandDescription(cmd), width),
    ...section(HELP_TITLES.arguments[lang], items(argumentRows, width, termWidth)),
    ...section(HELP_TITLES.options[lang], items(options, width, termWidth)),
    ...section(HELP_TITLES.globalOptions[lang], items(globals, width, termWidth)),
    ...section(HELP_TITLES.commands[lang], items(commands, width, termWidth)),
  ];
  const exampleText = (HELP_EXAMPLES as Record<string, { en: string; zh: string } | undefined>)[name];
  if (exampleText) lines.push(...section(HELP_TITLES.examples[lang], examples(exampleText[lang], width)));
  const note = (HELP_NOTES as Record<string, { en: string; zh: string } | undefined>)[name];
  if (note) lines.push("", ...wrapText(note[lang], width));
  if (isProgram) lines.push("", ...HELP_PROGRAM.footer[lang].split("\n").flatMap((l) => wrapText(l, width)));
  return `${lines.join("\n")}\n`;
}
