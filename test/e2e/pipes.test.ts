// Pipes that close early, which only a real process meets: `llm-career ... | head -c 1` and a
// reader that has already gone (EPIPE) must end quietly with exit 0. src/main.ts handles this.
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BIN, HANG_MS, REPO } from "../helpers/run-cli.js";
import { sandboxEnv, scratchDir } from "../helpers/scratch.js";
import personas from "../fixtures/personas.json";

describe("pipes that close early", () => {
  const dir = scratchDir("pipes");
  const answersFile = path.join(dir, "answers.json");

  beforeAll(() => {
    const persona = (personas as Array<{ id: string; answers: unknown }>)[0]!;
    writeFileSync(answersFile, JSON.stringify({ answers: persona.answers }));
  });

  const commands = () => [
    ["list"],
    ["show", "infra"],
    ["compare", "1", "2"],
    ["questions"],
    ["schema", "answers"],
    ["list", "--json"],
    ["--lang", "zh", "list"],
    ["recommend", "--answers", answersFile],
    ["recommend", "--answers", answersFile, "--json"],
  ];

  /**
   * Runs `llm-career ARGS | READER` through sh and returns sh's result and llm-career's own exit
   * status (a pipeline's status is the reader's).
   */
  function pipeThrough(args: string[], reader: string): { status: number | null; stdout: Buffer; stderr: string; cliStatus: string } {
    const statusFile = path.join(dir, "status");
    rmSync(statusFile, { force: true });
    const script = `{ "$0" "$@"; echo $? > "$STATUS_FILE"; } | ${reader}`;
    const r = spawnSync("sh", ["-c", script, process.execPath, BIN, ...args], {
      cwd: REPO,
      env: sandboxEnv({ STATUS_FILE: statusFile }),
      input: "",
      timeout: HANG_MS,
      killSignal: "SIGKILL",
    });
    let cliStatus = "";
    try {
      cliStatus = readFileSync(statusFile, "utf8").trim();
    } catch {
      cliStatus = "(none)";
    }
    return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8"), cliStatus };
  }

  it("every command piped into `head -c 1` exits 0 with nothing on stderr", () => {
    for (const args of commands()) {
      const r = pipeThrough(args, "head -c 1");
      const what = `llm-career ${args.join(" ")} | head -c 1`;
      expect(r.stderr, what).toBe("");
      expect(r.status, what).toBe(0);
      expect(r.cliStatus, what).toBe("0");
      expect(r.stdout.length, what).toBe(1);
    }
  });

  it("every command piped into a reader that has already gone exits 0 with nothing on stderr", () => {
    // `true` exits without reading, so every write of the CLI meets a closed pipe (EPIPE).
    for (const args of commands()) {
      const r = pipeThrough(args, "true");
      const what = `llm-career ${args.join(" ")} | true`;
      expect(r.stderr, what).toBe("");
      expect(r.status, what).toBe(0);
      expect(r.cliStatus, what).toBe("0");
    }
  });
});
