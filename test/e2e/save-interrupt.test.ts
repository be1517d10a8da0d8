// --save must never lose data: killed at any moment, the target holds either the old answers or
// the new ones, whole. The CLI is SIGKILLed at spread-out moments of its run, many times.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { BIN, HANG_MS, REPO } from "../helpers/run-cli.js";
import { sandboxEnv, scratchDir } from "../helpers/scratch.js";
import personas from "../fixtures/personas.json";

const dir = scratchDir("save-interrupt");

const oldDoc = { answers: personas[0]!.answers };
const newDoc = { answers: personas[1]!.answers };

/**
 * Runs `recommend --answers new --save target --force`, killing it after `delayMs` (it may
 * finish first). Resolves with how long it ran and whether it ended by itself.
 */
function runAndKill(target: string, input: string, delayMs: number, signal: NodeJS.Signals = "SIGKILL"): Promise<{ ms: number; finished: boolean; code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, "recommend", "--answers", input, "--save", target, "--force", "--json"], {
      cwd: REPO,
      stdio: "ignore",
      env: sandboxEnv(),
    });
    const timer = setTimeout(() => child.kill(signal), delayMs);
    child.on("exit", (code, by) => {
      clearTimeout(timer);
      resolve({ ms: Date.now() - started, finished: by === null && code === 0, code, signal: by });
    });
  });
}

describe("--save under SIGKILL", () => {
  it("leaves the old file or the new one, never a partial one", async () => {
    const input = path.join(dir, "new.json");
    fs.writeFileSync(input, JSON.stringify(newDoc));
    const seen = { old: 0, new: 0 };
    // How long a whole run takes, so that the kills spread over start-up, scoring and the write
    // itself. This only places the kills: no assertion depends on the machine's speed.
    const timing = await runAndKill(path.join(dir, "timing.json"), input, HANG_MS);
    expect(timing.finished, "an unkilled run saves and exits 0").toBe(true);
    let full = Math.max(20, timing.ms);
    const check = (target: string, label: string) => {
      const doc = JSON.parse(fs.readFileSync(target, "utf8")) as unknown;
      // The saved form sorts multi-choice ids; compare as parsed answers, not bytes.
      const isOld = isDeepStrictEqual(doc, oldDoc);
      const isNew = isDeepStrictEqual(doc, { answers: sortMulti(newDoc.answers) });
      expect(isOld || isNew, `${label}: ${JSON.stringify(doc).slice(0, 200)}`).toBe(true);
      if (isOld) seen.old++;
      else seen.new++;
    };
    const attempt = async (i: number, delayMs: number) => {
      const target = path.join(dir, `answers-${i}.json`);
      fs.writeFileSync(target, `${JSON.stringify(oldDoc, null, 2)}\n`);
      const r = await runAndKill(target, input, delayMs);
      if (r.finished) full = Math.max(full, r.ms);
      check(target, `run ${i}, killed after ${delayMs} ms`);
    };
    for (let i = 0; i < 40; i++) await attempt(i, Math.round((((i * 37) % 40) / 40) * full * 1.3));
    // Both outcomes must happen, so that the kills really landed before and after the write. A
    // kill at 0 ms lands before; if the machine was slower than the timing run suggested, later
    // kills land after the write once the delay is long enough.
    for (let i = 40, delay = full * 1.3; seen.new === 0 && delay < HANG_MS; i++, delay *= 2) await attempt(i, Math.round(delay));
    expect(seen.old).toBeGreaterThan(0);
    expect(seen.new).toBeGreaterThan(0);
  }, 120_000);
});

describe("--save under SIGTERM and SIGHUP", () => {
  it("leaves the old file or the new one, never a temporary file; a caught signal exits 143 or 129", async () => {
    const folder = scratchDir("save-term");
    const input = path.join(dir, "new-term.json");
    fs.writeFileSync(input, JSON.stringify(newDoc));
    const timing = await runAndKill(path.join(folder, "timing.json"), input, HANG_MS);
    expect(timing.finished).toBe(true);
    fs.unlinkSync(path.join(folder, "timing.json"));
    const full = Math.max(20, timing.ms);
    for (let i = 0; i < 30; i++) {
      const signal = i % 2 ? "SIGHUP" : "SIGTERM";
      const target = path.join(folder, `answers-${i}.json`);
      fs.writeFileSync(target, `${JSON.stringify(oldDoc, null, 2)}\n`);
      const r = await runAndKill(target, input, Math.round((((i * 37) % 30) / 30) * full * 1.3), signal);
      const doc = JSON.parse(fs.readFileSync(target, "utf8")) as unknown;
      expect(isDeepStrictEqual(doc, oldDoc) || isDeepStrictEqual(doc, { answers: sortMulti(newDoc.answers) }), `run ${i}`).toBe(true);
      // Killed by the signal before the save began, exited with its code after catching it, or done.
      const caught = { SIGTERM: 143, SIGHUP: 129 }[signal];
      expect(r.signal === signal || r.code === caught || r.code === 0, `run ${i}: ${r.code} ${r.signal}`).toBe(true);
      expect(fs.readdirSync(folder).filter((f) => f.endsWith(".tmp")), `run ${i}`).toEqual([]);
    }
  }, 120_000);
});

function sortMulti(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]));
}
