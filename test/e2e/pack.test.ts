// The published package: `npm pack` ships only what runs, has no runtime dependencies, and the
// tarball installs into an empty folder without the registry and runs from there (issue 2).
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { HANG_MS, REPO } from "../helpers/run-cli.js";
import { sandboxEnv, scratchDir } from "../helpers/scratch.js";
import { catalog } from "../../src/catalog/data.js";

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let tmp = "";
let packed: PackResult;
let tarball = "";

/**
 * npm with a clean environment: no registry is reachable on purpose, and its cache, logs, home
 * and temp folder are in this file's scratch folder, shared with nothing.
 */
function npmEnv(): Record<string, string> {
  return sandboxEnv({
    npm_config_cache: path.join(tmp, "npm-cache"),
    npm_config_userconfig: path.join(tmp, "npmrc"),
    npm_config_logs_dir: path.join(tmp, "npm-logs"),
    // Anything that tries the network fails fast instead of hanging.
    npm_config_registry: "http://127.0.0.1:9/",
    npm_config_fetch_retries: "0",
    npm_config_update_notifier: "false",
    npm_config_audit: "false",
    npm_config_fund: "false",
  });
}

beforeAll(() => {
  tmp = scratchDir("pack");
  const packDir = path.join(tmp, "pack");
  mkdirSync(packDir);
  // --ignore-scripts: a `prepack` must not rebuild dist/ under the other tests' feet.
  const out = execFileSync(npm, ["pack", "--pack-destination", packDir, "--json", "--ignore-scripts"], {
    cwd: REPO,
    env: npmEnv(),
    encoding: "utf8",
    timeout: 90_000,
  });
  const parsed = JSON.parse(out) as PackResult[];
  expect(parsed).toHaveLength(1);
  packed = parsed[0]!;
  tarball = path.join(packDir, packed.filename);
}, 120_000);

describe("npm pack", () => {
  it("ships only bin/, dist/*.cjs, the READMEs, LICENSE and package.json", () => {
    const files = packed.files.map((f) => f.path);
    const allowed = (p: string) =>
      /^bin\/[^/]+$/.test(p) || /^dist\/[^/]+\.cjs$/.test(p) || /^README[^/]*$/.test(p) || p === "LICENSE" || p === "package.json";
    expect(files.filter((p) => !allowed(p))).toEqual([]);
    for (const dir of ["src/", "test/", "data/", "scripts/", ".ci/", "node_modules/"]) {
      expect(files.filter((p) => p.startsWith(dir)), dir).toEqual([]);
    }
    expect(files.filter((p) => /metafile|\.map$|\.ts$/.test(p))).toEqual([]);
  });

  it("ships what runs: package.json, the bin it names, and the entry bin imports", () => {
    const files = packed.files.map((f) => f.path);
    const pkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(files).toContain("package.json");
    for (const bin of Object.values(pkg.bin)) expect(files).toContain(bin.replace(/^\.\//, ""));
    const binSource = readFileSync(path.join(REPO, "bin/llm-career.cjs"), "utf8");
    for (const m of binSource.matchAll(/["']\.\.\/(dist\/[^"']+)["']/g)) expect(files).toContain(m[1]);
    expect(files.some((p) => p.startsWith("dist/"))).toBe(true);
  });

  it("ships only valid JavaScript in dist/: every chunk compiles (a chunk that does not fails only when it is loaded)", () => {
    const chunks = packed.files.map((f) => f.path).filter((p) => p.startsWith("dist/"));
    expect(chunks.length).toBeGreaterThan(1);
    const broken = chunks.filter((p) => {
      const source = readFileSync(path.join(REPO, p), "utf8");
      try {
        // Compiled, not run, the way Node wraps a CommonJS module.
        new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: p });
        return false;
      } catch (error) {
        return (error as Error).name === "SyntaxError";
      }
    });
    expect(broken, "chunks that are not valid JavaScript").toEqual([]);
  });

  // 250 KB until the lexicon (--about), the HTML report and the prompts came in: 273 KB then.
  // The budget is there to catch a dependency bundled by accident, which adds far more.
  it("is smaller than 320 KB", () => {
    expect(packed.size).toBeLessThan(320 * 1024);
  });

  it("declares no runtime dependencies in the packed package.json", () => {
    const tarList = execFileSync("tar", ["-xzf", tarball, "-O", "package/package.json"], { encoding: "utf8" });
    const pkg = JSON.parse(tarList) as Record<string, unknown>;
    expect(pkg.name).toBe("llm-career");
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg).not.toHaveProperty("dependencies");
  });
});

describe("the tarball installed without the registry", () => {
  it(
    "installs into an empty folder offline and runs `llm-career list --json`",
    () => {
      const app = path.join(tmp, "app");
      mkdirSync(app);
      writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "pack-test", version: "1.0.0", private: true }));
      const install = spawnSync(npm, ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], {
        cwd: app,
        env: npmEnv(),
        encoding: "utf8",
        timeout: 90_000,
      });
      expect(install.status, `npm install: ${install.stderr}`).toBe(0);

      const bin = path.join(app, "node_modules", ".bin", "llm-career");
      const r = spawnSync(bin, ["list", "--json"], {
        cwd: app,
        // Its home, caches and compile cache go with the rest of this test's files, not the user's.
        env: sandboxEnv(),
        encoding: "utf8",
        timeout: HANG_MS,
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const doc = JSON.parse(r.stdout) as { schemaVersion: number; directions: Array<{ id: string; roles: unknown[] }> };
      expect(doc.schemaVersion).toBe(1);
      expect(doc.directions.map((d) => d.id)).toEqual(catalog.directions.map((d) => d.id));
      expect(doc.directions).toHaveLength(6);
      for (const d of doc.directions) expect(d.roles).toHaveLength(3);

      // Nothing but the package itself was installed: it has no dependencies to fetch.
      const lock = JSON.parse(readFileSync(path.join(app, "package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
      expect(Object.keys(lock.packages).filter((k) => k !== "")).toEqual(["node_modules/llm-career"]);
    },
    120_000,
  );
});
