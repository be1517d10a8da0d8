// zsh and fish completion at work, with the scripts the built CLI prints. fish is asked with
// `complete -C "<line>"`; zsh runs interactively in a pseudo-terminal (zsh/zpty), where a Tab
// really runs the completion system and every match it adds is captured. Each test is skipped
// where its shell is not installed (`apt-get install zsh fish`). bash: test/commands/completion.test.ts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { HANG_MS, REPO, runCli } from "../helpers/run-cli.js";
import { sandboxEnv, scratchDir } from "../helpers/scratch.js";

const COMMANDS = ["completion", "compare", "gap", "help", "list", "plan", "questions", "recommend", "schema", "show"];
const FORMATS = ["html", "json", "markdown", "text"];
const SCHEMA_NAMES = ["answers", "batch", "compare", "gap", "list", "plan", "questions", "recommendation", "show"];
const directionsData = fs
  .readdirSync(path.join(REPO, "data/catalog/directions"))
  .map((f) => JSON.parse(fs.readFileSync(path.join(REPO, "data/catalog/directions", f), "utf8")) as { id: string; roles: Array<{ id: string }> });
const DIRECTION_IDS = directionsData.map((d) => d.id).sort();
const ROLE_IDS = directionsData.flatMap((d) => d.roles.map((r) => r.id)).sort();

const installed = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`], { env: sandboxEnv() }).status === 0;

const dir = scratchDir("completion-shells");
const shellOptions = { encoding: "utf8", env: sandboxEnv(), cwd: dir, timeout: HANG_MS, killSignal: "SIGKILL" } as const;

/** A command line (the cursor at its end) and exactly the matches expected there. */
const CASES: Array<[string, string[]]> = [
  ["llm-career sh", ["show"]],
  ["llm-career ", COMMANDS],
  ["llm-career recommend --answers my", ["my answers (2).json", "my-answers.json"]],
  ["llm-career gap infra --answers n", ["notes.md"]],
  ["llm-career recommend --format ", FORMATS],
  ["llm-career plan --format m", ["markdown"]],
  ["llm-career --lang ", ["en", "zh"]],
  ["llm-career schema ", SCHEMA_NAMES],
  ["llm-career completion ", ["bash", "fish", "zsh"]],
  ["llm-career show inf", ["inference", "inference-engine-developer", "infrastructure"]],
  ["llm-career show r", ["rag-engineer", "red-team-tester", "rlhf-engineer"]],
  ["llm-career gap ", DIRECTION_IDS],
  ["llm-career compare infrastructure ", DIRECTION_IDS],
  ["llm-career --lang zh show inf", ["inference", "inference-engine-developer", "infrastructure"]],
  ["llm-career recommend --ex", ["--exclude"]],
  ["llm-career help pl", ["plan"]],
];

beforeAll(() => {
  for (const f of ["my-answers.json", "my answers (2).json", "notes.md"]) fs.writeFileSync(path.join(dir, f), "{}");
});

function script(shell: string, lang: string): string {
  const r = runCli(["completion", shell, "--lang", lang]);
  expect(r.status, r.stderr).toBe(0);
  const file = path.join(dir, `${shell}-${lang}`, shell === "zsh" ? "_llm-career" : "llm-career.fish");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, r.stdout);
  return file;
}

describe("fish", () => {
  const hasFish = installed("fish");
  let file = "";
  beforeAll(() => {
    if (hasFish) file = script("fish", "en");
  });

  const complete = (line: string) => {
    const r = spawnSync("fish", ["--no-config", "-c", `source ${file}; complete -C ${JSON.stringify(line)}`], shellOptions);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split("\n").filter(Boolean).map((l) => l.split("\t")[0]!).sort();
  };

  it.skipIf(!hasFish).each(["en", "zh"])("fish -n accepts the script (%s)", (lang) => {
    const r = spawnSync("fish", ["-n", script("fish", lang)], shellOptions);
    expect(r.status, r.stderr).toBe(0);
  });

  it.skipIf(!hasFish).each(CASES)("`%s` completes to exactly the expected matches", (line, expected) => {
    expect(complete(line)).toEqual([...expected].sort());
  });

  it.skipIf(!hasFish)("completes --exclude with direction ids, one more after a comma, and roles for show", () => {
    expect(complete("llm-career recommend --exclude infrastructure,da")).toEqual(["infrastructure,data"]);
    expect(complete("llm-career show ")).toEqual([...DIRECTION_IDS, ...ROLE_IDS].sort());
    expect(complete("llm-career gap infra ")).toEqual([]);
  });
});

/**
 * Runs zsh interactively in a pseudo-terminal and, for each line given, types it and a Tab and
 * prints "<case>line" and then each match the completion adds (unquoted: _files adds
 * "my\\ answers.json"); the markers are put together when run, so the echoed input never matches.
 */
const ZSH_HARNESS = [
  "zmodload zsh/zpty",
  "zpty z zsh -f -i",
  "if [[ $1 == fpath:* ]]; then zpty -w z \"fpath=(${(q)1#fpath:} \\$fpath); autoload -U compinit; compinit -u -D\"",
  "else zpty -w z \"autoload -U compinit; compinit -u -D; source ${(q)1}\"; fi",
  "zpty -w z 'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"$@\"; return $?; fi; local -a __hits; builtin compadd -A __hits \"$@\"; local h; for h in $__hits; do print -r -- \"<\"\"m>${(Q)h}</\"\"m>\"; done; builtin compadd \"$@\"; }'",
  "zpty -w z '__done() { print -r -- \"<\"\"done>\"; compstate[insert]=\"\"; compstate[list]=\"\" }'",
  "zpty -w z 'bindkey \"^I\" complete-word; bindkey \"^U\" kill-whole-line; PS1=\"\"'",
  "shift",
  "local l out line",
  "for l in \"$@\"; do",
  "  zpty -w z \"comppostfuncs=(__done)\"",
  "  zpty -n -w z \"$l\"$'\\t'",
  "  out=\"\"",
  "  while zpty -r z line; do",
  "    out+=$line",
  "    [[ $out == *'<done>'* ]] && break",
  "  done",
  "  print -r -- \"<case>$l\"",
  "  print -r -- $out | grep -o '<m>[^<]*</m>' | sed 's/<m>\\(.*\\)<\\/m>/\\1/' | sort -u",
  "  zpty -n -w z $'\\x15'",
  "done",
  "zpty -d z",
].join("\n");

describe("zsh", () => {
  const hasZsh = installed("zsh");
  const harness = path.join(dir, "harness.zsh");
  let file = "";
  beforeAll(() => {
    if (!hasZsh) return;
    fs.writeFileSync(harness, ZSH_HARNESS);
    file = script("zsh", "en");
  });

  /** The matches for each line, with the script sourced, or installed in $fpath and autoloaded: one zsh for all. */
  const completeAll = (lines: string[], how: "source" | "fpath" = "source") => {
    const r = spawnSync("zsh", ["-f", harness, how === "fpath" ? `fpath:${path.dirname(file)}` : file, ...lines], shellOptions);
    expect(r.status, r.stderr).toBe(0);
    const found = new Map<string, string[]>();
    for (const block of r.stdout.split("<case>").slice(1)) {
      const [line, ...matches] = block.split("\n");
      found.set(line!, [...new Set(matches.filter(Boolean))].sort());
    }
    expect([...found.keys()]).toEqual(lines);
    return found;
  };
  let results = new Map<string, string[]>();
  const EXTRA = ["llm-career recommend --exclude infrastructure,da", "llm-career recommend --format=", "llm-career show "];
  beforeAll(() => {
    if (hasZsh) results = completeAll([...CASES.map(([line]) => line), ...EXTRA]);
  });
  const complete = (line: string) => results.get(line);

  it.skipIf(!hasZsh).each(["en", "zh"])("zsh -n accepts the script (%s)", (lang) => {
    const r = spawnSync("zsh", ["-n", script("zsh", lang)], shellOptions);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
  });

  it.skipIf(!hasZsh).each(CASES)("`%s` completes to exactly the expected matches", (line, expected) => {
    expect(complete(line)).toEqual([...expected].sort());
  });

  it.skipIf(!hasZsh)("completes --exclude with direction ids after a comma, --format=, and roles for show", () => {
    expect(complete("llm-career recommend --exclude infrastructure,da")).toEqual(["data"]);
    expect(complete("llm-career recommend --format=")).toEqual(FORMATS);
    expect(complete("llm-career show ")).toEqual([...DIRECTION_IDS, ...ROLE_IDS].sort());
  });

  it.skipIf(!hasZsh)("works installed in $fpath as _llm-career, autoloaded by compinit", () => {
    const found = completeAll(["llm-career sh", "llm-career recommend --answers my"], "fpath");
    expect(found.get("llm-career sh")).toEqual(["show"]);
    expect(found.get("llm-career recommend --answers my")).toEqual(["my answers (2).json", "my-answers.json"]);
  });
});
