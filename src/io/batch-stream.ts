// `recommend --batch`: JSON Lines in on stdin, one compact JSON result per line out, in order.
import { once, type EventEmitter } from "node:events";
import { createInterface } from "node:readline";
import type { Context } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { MAX_INPUT_BYTES } from "./json-input.js";

export async function runBatch(ctx: Context): Promise<void> {
  if (ctx.stdin.isTTY) throw new CliError("--batch reads JSON Lines on standard input; pipe a file into it", ExitCode.usage);
  const { advisor } = await import("../advisor/advisor.js");
  const { scoreLine } = await import("../advisor/batch.js");
  let failed = 0;
  let line = 0;
  let pending: string[] = [];
  // Respect backpressure, so a slow reader never makes the batch hold all results in memory.
  const flush = async () => {
    const chunk = pending.join("");
    pending = [];
    if (chunk && ctx.stdout.write(chunk) === false && "once" in ctx.stdout) await once(ctx.stdout as unknown as EventEmitter, "drain");
  };
  for await (const text of createInterface({ input: ctx.stdin, crlfDelay: Infinity })) {
    line++;
    const { ok, result } =
      text.length > MAX_INPUT_BYTES
        ? { ok: false, result: { schemaVersion: 1, kind: "batch-error", line, error: { message: `line ${line} is longer than 1 MiB`, problems: [] } } }
        : scoreLine(advisor, text, line);
    if (!ok) failed++;
    pending.push(`${JSON.stringify(result)}\n`);
    if (pending.length >= 256) await flush();
  }
  await flush();
  if (failed) throw new CliError(`${failed} of ${line} lines failed; see the "batch-error" lines`, ExitCode.failure);
}
