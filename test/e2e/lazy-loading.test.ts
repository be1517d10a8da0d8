// Start-up: the quick commands must not load zod, the prompt library (@inquirer/*), or — for the
// JSON ones — the table and colour code. A preloaded script logs every CommonJS module the built
// CLI loaded (require.cache, at exit) and an ESM loader hook logs any ES module, so nothing slips
// past either loader; the build's metafile (dist/metafile-cjs.json) says which sources each dist
// chunk holds.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, HANG_MS, REPO } from "../helpers/run-cli.js";
import { sandboxEnv, scratchDir } from "../helpers/scratch.js";

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const ZOD = "node_modules/zod/";
const INQUIRER = "node_modules/@inquirer/";
const CHALK = "node_modules/chalk/";
const TABLE = "node_modules/cli-table3/";

let dir = "";
let register = "";
let preload = "";
let metafile: Metafile;

beforeAll(() => {
  dir = scratchDir("lazy");
  fs.writeFileSync(
    path.join(dir, "hooks.mjs"),
    `import { appendFileSync } from "node:fs";
const log = process.env.LLMC_LOAD_LOG;
export async function load(url, context, nextLoad) {
  if (log) appendFileSync(log, "esm " + url + "\\n");
  return nextLoad(url, context);
}
`,
  );
  preload = path.join(dir, "preload.cjs");
  fs.writeFileSync(
    preload,
    `const { appendFileSync } = require("node:fs");
const { pathToFileURL } = require("node:url");
process.on("exit", () => {
  const log = process.env.LLMC_LOAD_LOG;
  if (log) appendFileSync(log, Object.keys(require.cache).map((f) => "cjs " + pathToFileURL(f).href + "\\n").join("") + process.moduleLoadList.filter((m) => m.startsWith("NativeModule ")).map((m) => "node " + m.slice(13) + "\\n").join(""));
});
`,
  );
  register = path.join(dir, "register.mjs");
  fs.writeFileSync(register, `import { register } from "node:module";\nregister("./hooks.mjs", import.meta.url);\n`);
  metafile = JSON.parse(fs.readFileSync(path.join(REPO, "dist/metafile-cjs.json"), "utf8")) as Metafile;
});

let runs = 0;
/** Runs the built CLI with the loader hook; returns what it loaded, as dist files and their sources. */
function loaded(args: string[], extraEnv: Record<string, string> = {}) {
  const log = path.join(dir, `load-${runs++}.log`);
  // Home, caches and Node's compile cache (22.1+) in the scratch sandbox, not the user's.
  const env = sandboxEnv({ ...extraEnv, LLMC_LOAD_LOG: log });
  const r = spawnSync(process.execPath, ["--require", preload, "--import", register, BIN, ...args], {
    cwd: REPO,
    env,
    encoding: "utf8",
    input: "",
    timeout: HANG_MS,
    killSignal: "SIGKILL",
  });
  const lines = fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
  const relative = (url: string) => path.relative(REPO, fileURLToPath(url)).split(path.sep).join("/");
  const entries = lines.map((l) => ({ via: l.slice(0, 3), url: l.slice(4) })).filter((e) => e.url.startsWith("file:"));
  const files = [...new Set(entries.map((e) => relative(e.url)))];
  const dist = files.filter((f) => f.startsWith("dist/"));
  // ES modules from dist: there should be none, the build converts every chunk to CommonJS.
  const esmDist = entries.filter((e) => e.via === "esm").map((e) => relative(e.url)).filter((f) => f.startsWith("dist/"));
  const unknown = dist.filter((f) => !metafile.outputs[f]);
  const inputs = dist.flatMap((f) => Object.keys(metafile.outputs[f]?.inputs ?? {}));
  const builtins = lines.filter((l) => l.startsWith("node ")).map((l) => l.slice(5));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, files, dist, esmDist, unknown, inputs, builtins };
}

const from = (inputs: string[], pkg: string) => inputs.filter((i) => i.includes(pkg));

describe("lazy loading of heavy modules", () => {
  it("the metafile maps chunks to sources, and the packages to look for are in the bundle", () => {
    const all = Object.values(metafile.outputs).flatMap((o) => Object.keys(o.inputs));
    // If these were not bundled at all, the checks below could never fail.
    for (const pkg of [ZOD, INQUIRER, CHALK, TABLE]) expect(from(all, pkg).length, pkg).toBeGreaterThan(0);
    expect(metafile.outputs["dist/main.cjs"]).toBeDefined();
  });

  const quick: Array<{ args: string[]; json: boolean; check: (stdout: string) => void }> = [
    { args: ["--version"], json: false, check: (out) => expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/) },
    { args: ["--help"], json: false, check: (out) => expect(out).toContain("Usage: llm-career") },
    { args: ["list", "--json"], json: true, check: (out) => expect(() => JSON.parse(out) as unknown).not.toThrow() },
    { args: ["show", "infrastructure", "--json"], json: true, check: (out) => expect(() => JSON.parse(out) as unknown).not.toThrow() },
  ];

  for (const { args, json, check } of quick) {
    it(`\`${args.join(" ")}\` loads neither zod nor @inquirer${json ? " (nor chalk or cli-table3)" : ""}`, () => {
      const r = loaded(args);
      expect(r.status, r.stderr).toBe(0);
      check(r.stdout);
      // The hook saw the program, and the metafile knows every chunk loaded (else it is stale).
      expect(r.dist).toContain("dist/main.cjs");
      expect(r.esmDist, "dist chunks loaded as ES modules").toEqual([]);
      expect(r.unknown, "dist files missing from dist/metafile-cjs.json").toEqual([]);
      // Nothing loaded straight from node_modules either (everything is bundled).
      expect(r.files.filter((f) => f.includes("node_modules/"))).toEqual([]);
      expect(from(r.inputs, ZOD), "zod sources loaded").toEqual([]);
      expect(from(r.inputs, INQUIRER), "@inquirer sources loaded").toEqual([]);
      // commander's child_process is a stand-in that loads the real module on first use.
      expect(r.builtins.length, "the preload saw Node's own modules").toBeGreaterThan(0);
      expect(r.builtins, "child_process loaded").not.toContain("child_process");
      if (json) {
        expect(from(r.inputs, CHALK), "chalk sources loaded").toEqual([]);
        expect(from(r.inputs, TABLE), "cli-table3 sources loaded").toEqual([]);
      }
    });
  }

  it("positive control: `schema answers` does load zod (but not @inquirer)", () => {
    const r = loaded(["schema", "answers"]);
    expect(r.status, r.stderr).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    expect(r.unknown).toEqual([]);
    expect(from(r.inputs, ZOD).length).toBeGreaterThan(0);
    expect(from(r.inputs, INQUIRER)).toEqual([]);
  });

  it("positive control: `show infrastructure` (a table, in colour) loads cli-table3 and chalk", () => {
    const r = loaded(["show", "infrastructure"], { FORCE_COLOR: "1" });
    expect(r.stdout).toMatch(/\u001b\[/);
    expect(r.status, r.stderr).toBe(0);
    expect(r.unknown).toEqual([]);
    expect(from(r.inputs, TABLE).length).toBeGreaterThan(0);
    expect(from(r.inputs, CHALK).length).toBeGreaterThan(0);
    expect(from(r.inputs, ZOD)).toEqual([]);
    expect(from(r.inputs, INQUIRER)).toEqual([]);
  });

  it("`questions --json` does not load the prompt library", () => {
    const r = loaded(["questions", "--json"]);
    expect(r.status, r.stderr).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    expect(r.unknown).toEqual([]);
    expect(from(r.inputs, INQUIRER)).toEqual([]);
  });
});
