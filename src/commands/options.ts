// Options several commands share, defined once so their names, help and checks agree.
import { Option, type Command } from "commander";
import { printJson, printText, type Context } from "../context.js";
import { usageError } from "../errors.js";
import type { DirectionId } from "../catalog/schema.js";

export type Format = "text" | "markdown" | "json";

export function addFormatOptions(cmd: Command, schemaName: string): Command {
  return cmd
    .option("--json", `print one JSON document (same as --format json; see \`llm-career schema ${schemaName}\`)`)
    .addOption(new Option("--format <format>", "text for people, markdown for reports, json for scripts").choices(["text", "markdown", "json"]));
}

export function formatOf(opts: { json?: boolean; format?: string }): Format {
  if (opts.json && opts.format && opts.format !== "json") throw usageError(`--json and --format ${opts.format} disagree; give one of them`);
  return opts.json ? "json" : ((opts.format as Format | undefined) ?? "text");
}

export function addAnswerSourceOptions(cmd: Command): Command {
  return cmd
    .option("--answers <file>", "read answers from a JSON file (- for standard input)")
    .option("--code <code>", "use the answers behind an answer code from an earlier result");
}

/** Direction names from a comma-separated or repeated option, resolved like `show` resolves them. */
export async function resolveDirections(names: readonly string[]): Promise<DirectionId[]> {
  const { catalog } = await import("../catalog/data.js");
  const { resolveDirection } = await import("../catalog/resolve.js");
  const ids = names.flatMap((n) => n.split(",")).map((n) => n.trim()).filter(Boolean).map((n) => resolveDirection(catalog, n).id);
  return [...new Set(ids)];
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Prints a result in the chosen format. */
export async function printResult<T>(ctx: Context, format: Format, result: T, render: { text: () => Promise<string>; markdown: () => Promise<string> }): Promise<void> {
  if (format === "json") return printJson(ctx, result);
  printText(ctx, format === "markdown" ? await render.markdown() : await render.text());
}

export interface AimOptions {
  answers?: string;
  code?: string;
  json?: boolean;
  format?: string;
}

/** For commands aimed at one direction (gap, plan): the advisor, the direction, any answers given. */
export async function aimAt(ctx: Context, name: string, opts: AimOptions) {
  const [{ advisor }, { resolveDirection }, { readAnswerSource }] = await Promise.all([
    import("../advisor/advisor.js"),
    import("../catalog/resolve.js"),
    import("../io/answers-source.js"),
  ]);
  const target = resolveDirection(advisor.catalog, name).id;
  return { advisor, target, answers: await readAnswerSource(ctx, advisor.questionnaire, opts) };
}
