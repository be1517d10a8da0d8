// `llm-career completion bash|zsh|fish`, generated in-process through main(): every script names every command
// and direction id, the bash script is valid bash and really completes (sourced in a bash
// subprocess and called the way bash's programmable completion calls it), and the other shells'
// scripts are syntax-checked when those shells are installed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { HANG_MS, REPO, type RunResult } from "../helpers/run-cli.js";
import { runInProcess as run } from "../helpers/run-in-process.js";
import { sandboxEnv, scratchDir } from "../helpers/scratch.js";

const SHELLS = ["bash", "zsh", "fish"] as const;
/** The commands a user sees (the brief's list; also checked against `--help` below). */
const COMMANDS = ["list", "show", "compare", "questions", "recommend", "gap", "plan", "schema", "completion"];
const DIRECTION_IDS = fs
  .readdirSync(path.join(REPO, "data/catalog/directions"))
  .map((f) => (JSON.parse(fs.readFileSync(path.join(REPO, "data/catalog/directions", f), "utf8")) as { id: string }).id)
  .sort();

function installed(shell: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${shell}`], { encoding: "utf8", env: sandboxEnv() }).status === 0;
}

const word = (w: string) => new RegExp(`(^|[^A-Za-z0-9_-])${w.replace(/[-]/g, "\\-")}($|[^A-Za-z0-9_-])`, "m");

const scripts = new Map<string, RunResult>();
const dir = scratchDir("completion");
const bashFile = path.join(dir, "llm-career.bash");
/** The shells run in this file's sandbox: a clean environment, home and temp folder. */
const shellOptions = { encoding: "utf8", env: sandboxEnv(), cwd: dir, timeout: HANG_MS, killSignal: "SIGKILL" } as const;

beforeAll(async () => {
  for (const shell of SHELLS) scripts.set(shell, await run(["completion", shell]));
  fs.writeFileSync(bashFile, scripts.get("bash")!.stdout);
});

describe("completion scripts", () => {
  it.each(SHELLS)("%s: exit 0, script on stdout, nothing on stderr", (shell) => {
    const r = scripts.get(shell)!;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stdout).toContain("llm-career");
  });

  it.each(SHELLS)("%s: names every visible command and every direction id", (shell) => {
    const text = scripts.get(shell)!.stdout;
    for (const c of COMMANDS) expect(text, `command ${c}`).toMatch(word(c));
    for (const id of DIRECTION_IDS) expect(text, `direction ${id}`).toMatch(word(id));
  });

  it("the command list agrees with the commands `--help` shows", async () => {
    const help = await run(["--help"]);
    expect(help.status).toBe(0);
    const section = help.stdout.split(/^Commands:$/m)[1]!.split(/\n\n/)[0]!;
    const shown = [...section.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]!);
    expect(shown.sort()).toEqual([...COMMANDS].sort());
  });

  it("an unsupported shell is a usage error", async () => {
    const r = await run(["completion", "powershell"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    for (const shell of SHELLS) expect(r.stderr).toContain(shell);
  });
});

describe("bash completion at work", () => {
  const hasBash = installed("bash");

  /** Sources the script, asks bash which function completes llm-career, calls it with these words, prints COMPREPLY. */
  function complete(words: string[], cword = words.length - 1): string[] {
    const quoted = words.map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(" ");
    const program = [
      `source '${bashFile}'`,
      `fn=$(complete -p llm-career | sed -n 's/.*-F \\([^ ]*\\) .*/\\1/p')`,
      `[ -n "$fn" ] || { echo "no completion function registered" >&2; exit 3; }`,
      `COMP_WORDS=(${quoted}); COMP_CWORD=${cword}; COMP_LINE="${words.join(" ")}"; COMP_POINT=\${#COMP_LINE}`,
      `COMPREPLY=(); "$fn" llm-career "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"`,
      `printf '%s\\n' "\${COMPREPLY[@]}"`,
    ].join("\n");
    const r = spawnSync("bash", ["--norc", "--noprofile", "-c", program], shellOptions);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split("\n").filter(Boolean);
  }

  it.skipIf(!hasBash)("bash -n accepts the script", () => {
    const r = spawnSync("bash", ["-n", bashFile], shellOptions);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
  });

  it.skipIf(!hasBash)("completes a command: `llm-career sh` → show", () => {
    expect(complete(["llm-career", "sh"])).toContain("show");
    const all = complete(["llm-career", ""]);
    for (const c of COMMANDS) expect(all, c).toContain(c);
  });

  it.skipIf(!hasBash)("completes a direction: `llm-career show inf` → inference and infra/infrastructure", () => {
    const got = complete(["llm-career", "show", "inf"]);
    expect(got).toContain("inference");
    expect(got.some((w) => w === "infra" || w === "infrastructure"), got.join(" ")).toBe(true);
    for (const w of got) expect(w.startsWith("inf"), w).toBe(true);
  });

  it.skipIf(!hasBash)("completes every direction id after gap and plan", () => {
    for (const cmd of ["gap", "plan"]) {
      const got = complete(["llm-career", cmd, ""]);
      for (const id of DIRECTION_IDS) expect(got, `${cmd} ${id}`).toContain(id);
    }
  });

  it.skipIf(!hasBash)("completes a command's options: `llm-career gap --fo` → --format", () => {
    expect(complete(["llm-career", "gap", "--fo"])).toContain("--format");
    expect(complete(["llm-career", "recommend", "--ex"])).toContain("--exclude");
  });

  it.skipIf(!hasBash)("completes a direction after a global option with a value: `llm-career --lang zh show inf`", () => {
    const got = complete(["llm-career", "--lang", "zh", "show", "inf"]);
    expect(got).toContain("inference");
  });
});

describe("other shells", () => {
  it.skipIf(!installed("zsh"))("zsh -n accepts the script", () => {
    const file = path.join(dir, "_llm-career");
    fs.writeFileSync(file, scripts.get("zsh")!.stdout);
    const r = spawnSync("zsh", ["-n", file], shellOptions);
    expect(r.status, r.stderr).toBe(0);
  });

  it.skipIf(!installed("fish"))("fish -n accepts the script", () => {
    const file = path.join(dir, "llm-career.fish");
    fs.writeFileSync(file, scripts.get("fish")!.stdout);
    const r = spawnSync("fish", ["-n", file], shellOptions);
    expect(r.status, r.stderr).toBe(0);
  });
});
