// --save must never lose data: killed at any moment, the target holds either the old answers or
// the new ones, whole. The CLI is SIGKILLed at spread-out moments of its run, many times.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { BIN } from "../helpers/run-cli.js";
import personas from "../fixtures/personas.json";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "llmc-save-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const oldDoc = { answers: personas[0]!.answers };
const newDoc = { answers: personas[1]!.answers };

/** Runs `recommend --answers new --save target --force`, killing it after `delayMs` (it may finish first). */
function runAndKill(target: string, input: string, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "recommend", "--answers", input, "--save", target, "--force", "--json"], {
      stdio: "ignore",
      env: { PATH: process.env.PATH, LANG: "C.UTF-8" },
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), delayMs);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe("--save under SIGKILL", () => {
  it("leaves the old file or the new one, never a partial one", async () => {
    const input = path.join(dir, "new.json");
    fs.writeFileSync(input, JSON.stringify(newDoc));
    const seen = { old: 0, new: 0 };
    // How long a whole run takes on this machine, so the kills spread over start-up, scoring and
    // the write itself whatever the machine's speed.
    const started = Date.now();
    await runAndKill(path.join(dir, "timing.json"), input, 60_000);
    const full = Math.max(20, Date.now() - started);
    for (let i = 0; i < 40; i++) {
      const target = path.join(dir, `answers-${i}.json`);
      fs.writeFileSync(target, `${JSON.stringify(oldDoc, null, 2)}\n`);
      await runAndKill(target, input, Math.round(((i * 37) % 40) / 40 * full * 1.3));
      const doc = JSON.parse(fs.readFileSync(target, "utf8")) as unknown;
      // The saved form sorts multi-choice ids; compare as parsed answers, not bytes.
      const isOld = isDeepStrictEqual(doc, oldDoc);
      const isNew = isDeepStrictEqual(doc, { answers: sortMulti(newDoc.answers) });
      expect(isOld || isNew, `run ${i}: ${JSON.stringify(doc).slice(0, 200)}`).toBe(true);
      if (isOld) seen.old++;
      else seen.new++;
    }
    // Both outcomes happened, so the kills really landed before and after the write.
    expect(seen.old).toBeGreaterThan(0);
    expect(seen.new).toBeGreaterThan(0);
  }, 120_000);
});

function sortMulti(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]));
}
