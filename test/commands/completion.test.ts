// `llm-career completion bash|zsh|fish`, generated in-process through main(): every script names
// every command and direction id, and the bash script really completes: sourced in a bash
// subprocess and called the way bash's programmable completion calls it, it offers commands,
// options, option values (`--format`, `--lang`, `schema` names), files after `--answers` and
// `--save`, and direction and role ids. zsh and fish at work: test/e2e/completion-shells.test.ts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { HANG_MS, REPO, type RunResult } from "../helpers/run-cli.js";
import { runInProcess as run } from "../helpers/run-in-process.js";
import { sandboxEnv, scratchDir } from "../helpers/scratch.js";

const SHELLS = ["bash", "zsh", "fish"] as const;
/** The commands a user sees (also checked against `--help` below). */
const COMMANDS = ["list", "show", "compare", "questions", "recommend", "gap", "plan", "schema", "completion", "help"];
const SCHEMA_NAMES = ["answers", "list", "show", "compare", "questions", "recommendation", "batch", "gap", "plan"];
const FORMATS = ["text", "markdown", "json", "html"];
const catalogFiles = fs.readdirSync(path.join(REPO, "data/catalog/directions"));
const directionsData = catalogFiles.map(
  (f) => JSON.parse(fs.readFileSync(path.join(REPO, "data/catalog/directions", f), "utf8")) as { id: string; roles: Array<{ id: string }> },
);
const DIRECTION_IDS = directionsData.map((d) => d.id).sort();
const ROLE_IDS = directionsData.flatMap((d) => d.roles.map((r) => r.id)).sort();

function installed(shell: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${shell}`], { encoding: "utf8", env: sandboxEnv() }).status === 0;
}

const word = (w: string) => new RegExp(`(^|[^A-Za-z0-9_-])${w.replace(/[-]/g, "\\-")}($|[^A-Za-z0-9_-])`, "m");

const scripts = new Map<string, RunResult>();
const dir = scratchDir("completion");
const bashFile = path.join(dir, "llm-career.bash");
/** The shells run in this file's sandbox: a clean environment, home and temp folder. */
const shellOptions = { encoding: "utf8", env: sandboxEnv(), cwd: dir, timeout: HANG_MS, killSignal: "SIGKILL" } as const;
const FILES = ["my-answers.json", "my answers (2).json", "notes.md"];

beforeAll(async () => {
  for (const shell of SHELLS) scripts.set(shell, await run(["completion", shell]));
  fs.writeFileSync(bashFile, scripts.get("bash")!.stdout);
  for (const f of FILES) fs.writeFileSync(path.join(dir, f), "{}");
  fs.mkdirSync(path.join(dir, "saved"));
});

describe("completion scripts", () => {
  it.each(SHELLS)("%s: exit 0, script on stdout, nothing on stderr when stdout is not a terminal", (shell) => {
    const r = scripts.get(shell)!;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stdout).toContain("llm-career");
  });

  it.each(SHELLS)("%s: names every visible command, every direction id and every role id", (shell) => {
    const text = scripts.get(shell)!.stdout;
    for (const c of COMMANDS) expect(text, `command ${c}`).toMatch(word(c));
    for (const id of [...DIRECTION_IDS, ...ROLE_IDS]) expect(text, `id ${id}`).toMatch(word(id));
  });

  it("the command list agrees with the commands `--help` shows", async () => {
    const help = await run(["--help"]);
    expect(help.status).toBe(0);
    const section = help.stdout.split(/^Commands:$/m)[1]!.split(/\n\n/)[0]!;
    const shown = [...section.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]!);
    expect(shown.sort()).toEqual([...COMMANDS].sort());
  });

  it.each(["en", "zh"])("on a terminal, says on stderr how to install it (%s)", async (lang) => {
    for (const shell of SHELLS) {
      const r = await run(["completion", shell, "--lang", lang], { isTTY: true, columns: 80 });
      expect(r.status).toBe(0);
      // The descriptions beside the matches (zsh, fish) are in the chosen language.
      if (lang === "en" || shell === "bash") expect(r.stdout).toBe(scripts.get(shell)!.stdout);
      else expect(r.stdout.split("\n")[0]).toBe(scripts.get(shell)!.stdout.split("\n")[0]);
      expect(r.stderr).toContain(`llm-career completion ${shell}`);
      expect(r.stderr).toMatch(lang === "zh" ? /启用补全/ : /To turn it on/);
    }
  });

  it("an unsupported shell is a usage error listing the shells", async () => {
    const r = await run(["completion", "powershell"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    for (const shell of SHELLS) expect(r.stderr).toContain(shell);
  });
});

describe("bash completion at work", () => {
  const hasBash = installed("bash");

  /**
   * Sources the script, asks bash which function completes llm-career, calls it with the words
   * of `line` (split as bash splits them, "=" a word of its own), prints COMPREPLY.
   */
  function complete(line: string): string[] {
    const words = line.split(" ").flatMap((w) => (/^--[a-z-]+=/.test(w) ? [w.slice(0, w.indexOf("=")), "=", w.slice(w.indexOf("=") + 1)].filter((x, i) => x || i < 2) : [w]));
    if (line.endsWith("=")) words.push("");
    const quoted = words.map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(" ");
    const program = [
      `source '${bashFile}'`,
      `fn=$(complete -p llm-career | sed -n 's/.*-F \\([^ ]*\\) .*/\\1/p')`,
      `[ -n "$fn" ] || { echo "no completion function registered" >&2; exit 3; }`,
      `COMP_WORDS=(${quoted}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); COMP_LINE=${JSON.stringify(line)}; COMP_POINT=\${#COMP_LINE}`,
      `COMPREPLY=(); "$fn" llm-career "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"`,
      `printf '%s\\n' "\${COMPREPLY[@]}"`,
    ].join("\n");
    const r = spawnSync("bash", ["--norc", "--noprofile", "-c", program], shellOptions);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split("\n").filter(Boolean).sort();
  }

  it.skipIf(!hasBash)("bash -n accepts the script", () => {
    const r = spawnSync("bash", ["-n", bashFile], shellOptions);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
  });

  it.skipIf(!hasBash)("completes a command: `llm-career sh` → show; every command for an empty word", () => {
    expect(complete("llm-career sh")).toEqual(["show"]);
    expect(complete("llm-career ")).toEqual([...COMMANDS].sort());
  });

  it.skipIf(!hasBash)("completes a direction or a role for show: `show inf`, `show rag`", () => {
    expect(complete("llm-career show inf")).toEqual(["inference", "inference-engine-developer", "infrastructure"]);
    expect(complete("llm-career show rag")).toEqual(["rag-engineer"]);
    expect(complete("llm-career show ")).toEqual([...DIRECTION_IDS, ...ROLE_IDS].sort());
  });

  it.skipIf(!hasBash)("completes only direction ids for gap, plan and compare, and only as many as they take", () => {
    for (const cmd of ["gap", "plan", "compare"]) expect(complete(`llm-career ${cmd} `), cmd).toEqual(DIRECTION_IDS);
    expect(complete("llm-career compare infra data ")).toEqual(DIRECTION_IDS);
    expect(complete("llm-career gap infra ")).toEqual([]);
    expect(complete("llm-career show rag-engineer ")).toEqual([]);
    expect(complete("llm-career plan --answers a.json ")).toEqual(DIRECTION_IDS);
  });

  it.skipIf(!hasBash)("completes files after --answers and --save, names with spaces included", () => {
    expect(complete("llm-career recommend --answers my")).toEqual(["my answers (2).json", "my-answers.json"]);
    expect(complete("llm-career gap infra --answers n")).toEqual(["notes.md"]);
    expect(complete("llm-career recommend --save sa")).toEqual(["saved"]);
    expect(complete("llm-career recommend --answers=my")).toEqual(["my answers (2).json", "my-answers.json"]);
  });

  it.skipIf(!hasBash)("completes option values: --format, --lang, and with `--format=`", () => {
    for (const cmd of ["recommend", "gap", "plan"]) expect(complete(`llm-career ${cmd} --format `), cmd).toEqual([...FORMATS].sort());
    expect(complete("llm-career recommend --format m")).toEqual(["markdown"]);
    expect(complete("llm-career recommend --format=")).toEqual([...FORMATS].sort());
    expect(complete("llm-career --lang ")).toEqual(["en", "zh"]);
    expect(complete("llm-career show infra --lang z")).toEqual(["zh"]);
    expect(complete("llm-career recommend --code ")).toEqual([]);
  });

  it.skipIf(!hasBash)("completes --exclude with direction ids, one more after a comma", () => {
    expect(complete("llm-career recommend --exclude ")).toEqual(DIRECTION_IDS);
    expect(complete("llm-career recommend --exclude infrastructure,da")).toEqual(["infrastructure,data"]);
  });

  it.skipIf(!hasBash)("completes the arguments of schema, completion and help", () => {
    expect(complete("llm-career schema ")).toEqual([...SCHEMA_NAMES].sort());
    expect(complete("llm-career schema re")).toEqual(["recommendation"]);
    expect(complete("llm-career completion ")).toEqual([...SHELLS].sort());
    expect(complete("llm-career help pl")).toEqual(["plan"]);
  });

  it.skipIf(!hasBash)("completes options: the command's own and the global ones", () => {
    expect(complete("llm-career gap --fo")).toEqual(["--format"]);
    expect(complete("llm-career recommend --ex")).toEqual(["--exclude"]);
    expect(complete("llm-career recommend --s")).toEqual(["--save"]);
    expect(complete("llm-career show --")).toEqual(["--help", "--json", "--lang", "--no-color"]);
    // The bare command is recommend: its options too.
    expect(complete("llm-career --")).toEqual(
      ["--about", "--about-file", "--answers", "--batch", "--code", "--details", "--exclude", "--force", "--format", "--help", "--json", "--lang", "--no-color", "--save", "--version"],
    );
    expect(complete("llm-career --exclude in")).toEqual(["inference", "infrastructure"]);
    expect(complete("llm-career --format h")).toEqual(["html"]);
  });

  it.skipIf(!hasBash)("finds the command after a global option with a value: `llm-career --lang zh show inf`", () => {
    expect(complete("llm-career --lang zh show inf")).toContain("inference");
    expect(complete("llm-career --lang=zh show inf")).toContain("inference");
  });
});
