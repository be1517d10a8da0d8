// The compile cache (src/startup/compile-cache.ts): V8's code for dist/ kept between runs, on
// Node 20 written by llm-career itself. It must never change what a command prints, never print
// anything itself, refuse damaged or foreign caches, and stay out of folders others can write to.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, REPO, runCli } from "../helpers/run-cli.js";

// Node 22.8+ keeps its own cache (module.enableCompileCache) in its own layout.
const ownCache = !("enableCompileCache" in (await import("node:module")).default);
const FOLDER = new RegExp(`^llm-career-[0-9a-f]{16}-${process.version.replace(/\./g, "\\.")}-${process.arch}-[0-9a-f]{8}$`);
const ARGS = ["show", "infrastructure"];

let base = "";
beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), "llmc-cache-"));
});
afterEach(() => {
  fs.chmodSync(base, 0o700);
  fs.rmSync(base, { recursive: true, force: true });
});

const withoutCache = () => runCli(ARGS, { env: { NODE_DISABLE_COMPILE_CACHE: "1" } });
const run = (env: Record<string, string | undefined> = {}) => runCli(ARGS, { env: { NODE_COMPILE_CACHE: base, ...env } });

/** Every file under `dir` with its bytes and modification time. */
function snapshot(dir: string): Map<string, { bytes: Buffer; mtime: bigint; mode: number }> {
  const files = new Map<string, { bytes: Buffer; mtime: bigint; mode: number }>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const stat = fs.statSync(file, { bigint: true });
    files.set(path.relative(dir, file), { bytes: fs.readFileSync(file), mtime: stat.mtimeNs, mode: Number(stat.mode & 0o777n) });
  }
  return files;
}

describe.runIf(ownCache)("the compile cache on Node 20", () => {
  it("a first run writes it in a private folder named after the build; later runs use it unchanged", () => {
    const expected = withoutCache();
    expect(expected.status).toBe(0);

    const first = run();
    expect(first).toEqual(expected);
    const folders = fs.readdirSync(base);
    expect(folders).toHaveLength(1);
    expect(folders[0]).toMatch(FOLDER);
    const folder = path.join(base, folders[0]!);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);

    const written = snapshot(base);
    const dist = new Set(fs.readdirSync(path.join(REPO, "dist")));
    expect(written.size).toBeGreaterThan(2);
    for (const [file, { mode }] of written) {
      expect(dist.has(path.basename(file).replace(/\.cache$/, "")), file).toBe(true);
      expect(mode, file).toBe(0o600);
    }

    // V8 accepted every file: a refused one would have been written again.
    expect(run()).toEqual(expected);
    expect(snapshot(base)).toEqual(written);
  });

  it("refuses a damaged cache file (cut short, zeroed, garbage, one byte changed), prints the same, and replaces it", () => {
    const expected = withoutCache();
    run();
    const folder = path.join(base, fs.readdirSync(base)[0]!);
    const files = fs.readdirSync(folder);
    expect(files.length).toBeGreaterThanOrEqual(4);
    files.forEach((file, i) => {
      const bytes = fs.readFileSync(path.join(folder, file));
      const damaged = Buffer.from(bytes);
      if (i % 4 === 0) damaged.fill(0, damaged.length >> 1); // cut short by zeros
      else if (i % 4 === 1) damaged.fill(0);
      else if (i % 4 === 2) for (let j = 0; j < damaged.length; j++) damaged[j] = (j * 131 + i) & 0xff;
      // One byte in the middle of the data: V8 itself would accept this and may crash on it.
      else damaged[Math.floor(damaged.length * 0.3)]! ^= 0x5a;
      fs.writeFileSync(path.join(folder, file), i % 4 === 0 ? damaged.subarray(0, damaged.length >> 1) : damaged);
    });
    const damaged = snapshot(base);

    expect(run()).toEqual(expected);
    const repaired = snapshot(base);
    for (const [file, { bytes }] of repaired) expect(bytes.equals(damaged.get(file)!.bytes), file).toBe(false);
    expect(run()).toEqual(expected);
    expect(snapshot(base)).toEqual(repaired);
  });

  it("refuses a cache made from other code, even of the same length and modification time", () => {
    // A copy of the program whose list command is patched in place after its cache was made.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "llmc-copy-"));
    try {
      for (const dir of ["bin", "dist"]) fs.cpSync(path.join(REPO, dir), path.join(copy, dir), { recursive: true });
      const bin = path.join(copy, "bin", path.basename(BIN));
      const list = () => runCli(["list", "--json"], { env: { NODE_COMPILE_CACHE: base }, bin });
      const chunk = fs.readdirSync(path.join(copy, "dist")).find((f) => fs.readFileSync(path.join(copy, "dist", f), "utf8").includes('kind:"directions"'))!;
      const file = path.join(copy, "dist", chunk);
      // A modification time in whole seconds, so that it can be given back exactly below.
      const time = new Date("2024-01-02T03:04:05Z");
      fs.utimesSync(file, time, time);
      const before = list();
      expect(before.status).toBe(0);
      expect(JSON.parse(before.stdout)).toMatchObject({ kind: "directions" });
      expect(list()).toEqual(before);

      const text = fs.readFileSync(file, "utf8");
      const { size, mtimeNs, ino } = fs.statSync(file, { bigint: true });
      // Edited in place, then given its old time back, as `touch -r` or `cp -p` would.
      fs.writeFileSync(file, text.replace('kind:"directions"', 'kind:"DIRECTIONS"'));
      fs.utimesSync(file, time, time);
      expect(fs.statSync(file, { bigint: true })).toMatchObject({ size, mtimeNs, ino });

      const after = list();
      expect(after.status, after.stderr).toBe(0);
      expect(JSON.parse(after.stdout)).toMatchObject({ kind: "DIRECTIONS" });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("keeps runs under other V8 flags in a folder of their own, so they do not replace each other's", () => {
    const plain = run();
    const flagged = run({ NODE_OPTIONS: "--max-old-space-size=200" });
    expect(flagged).toEqual(plain);
    const folders = fs.readdirSync(base);
    expect(folders).toHaveLength(2);
    const written = snapshot(base);
    expect(run()).toEqual(plain);
    expect(run({ NODE_OPTIONS: "--max-old-space-size=200" })).toEqual(plain);
    expect(snapshot(base)).toEqual(written);
  });

  it("keeps runs with other Node options on the command line in a folder of their own too", () => {
    const withFlag = () => runCli(ARGS, { env: { NODE_COMPILE_CACHE: base }, nodeArgs: ["--max-old-space-size=200"] });
    const plain = run();
    expect(withFlag()).toEqual(plain);
    expect(fs.readdirSync(base)).toHaveLength(2);
    const written = snapshot(base);
    expect(run()).toEqual(plain);
    expect(withFlag()).toEqual(plain);
    expect(snapshot(base)).toEqual(written);
  });

  it("removes temporary files that killed runs left a minute or more ago, and only those", () => {
    run();
    const folder = path.join(base, fs.readdirSync(base)[0]!);
    const old = path.join(folder, "main.cjs.cache.123-abc.tmp");
    const recent = path.join(folder, "main.cjs.cache.456-def.tmp");
    fs.writeFileSync(old, "left by a killed run");
    fs.writeFileSync(recent, "being written by another run");
    const anHourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(old, anHourAgo, anHourAgo);
    // Only a run that writes the cache tidies up: make it write one file again.
    fs.rmSync(path.join(folder, fs.readdirSync(folder).find((f) => f.endsWith(".cjs.cache"))!));
    run();
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
  });

  it("leaves alone a folder that others can write to, or a symbolic link", () => {
    const expected = withoutCache();
    fs.chmodSync(base, 0o777);
    expect(run()).toEqual(expected);
    expect(fs.readdirSync(base)).toEqual([]);
    fs.chmodSync(base, 0o700);

    const target = path.join(base, "target");
    fs.mkdirSync(target, { mode: 0o700 });
    const link = path.join(base, "link");
    fs.symlinkSync(target, link);
    expect(runCli(ARGS, { env: { NODE_COMPILE_CACHE: link } })).toEqual(expected);
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it("writes nothing when turned off, and carries on where it cannot or should not write", () => {
    const expected = withoutCache();
    expect(run({ NODE_DISABLE_COMPILE_CACHE: "1" })).toEqual(expected);
    expect(fs.readdirSync(base)).toEqual([]);

    const file = path.join(base, "a-file");
    fs.writeFileSync(file, "not a folder");
    expect(runCli(ARGS, { env: { NODE_COMPILE_CACHE: file } })).toEqual(expected);
    expect(fs.readFileSync(file, "utf8")).toBe("not a folder");

    // A folder whose parent is missing, and one where mkdir fails oddly (Node 20's recursive
    // mkdir loops forever under /proc): no hang, nothing created.
    expect(runCli(ARGS, { env: { NODE_COMPILE_CACHE: path.join(base, "missing", "cache") } })).toEqual(expected);
    expect(fs.readdirSync(base)).toEqual(["a-file"]);
    expect(runCli(ARGS, { env: { NODE_COMPILE_CACHE: "/proc/llm-career-cache" } })).toEqual(expected);

    // A relative folder would land in whatever directory the command runs in: not used.
    expect(runCli(ARGS, { env: { NODE_COMPILE_CACHE: "relative-cache" }, cwd: base })).toEqual(expected);
    expect(fs.readdirSync(base)).toEqual(["a-file"]);
  });

  it("eight cold runs at the same time print the same and leave a cache that later runs use unchanged", async () => {
    const expected = withoutCache();
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C.UTF-8", NODE_COMPILE_CACHE: base };
    const once = () =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...ARGS], { env, cwd: REPO });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("close", (status) => resolve({ status, stdout, stderr }));
      });
    const results = await Promise.all(Array.from({ length: 8 }, once));
    for (const r of results) expect(r).toEqual(expected);
    const folder = path.join(base, fs.readdirSync(base)[0]!);
    expect(fs.readdirSync(folder).filter((f) => !f.endsWith(".cache"))).toEqual([]);
    const written = snapshot(base);
    expect(run()).toEqual(expected);
    expect(snapshot(base)).toEqual(written);
  });
});

describe.runIf(ownCache)("code compiled through the cache behaves as Node's own loader runs it", () => {
  // A scratch folder stands in for dist/: a module with a shebang line, a throw to read a stack
  // frame from, require.resolve, and the wrapper's arguments.
  const PROBE = `#!/usr/bin/env node
const other = require("./other.cjs");
const topThis = this;
function frame() {
  try { null.x; } catch (error) { return error.stack.split("\\n")[1].trim(); }
}
module.exports = () => ({
  frame: frame(), // line 5: the throw
  firstLineFrame: require("./line1.cjs")(),
  failedTwice: [0, 1].map(() => { try { require("./bad.cjs"); return "loaded"; } catch (error) { return error.message; } }),
  missing: (() => { try { require("./missing.cjs"); } catch (error) { return error.code; } })(),
  noExtension: require("./plain"),
  folder: require("./"),
  thisIsExports: topThis === module.exports,
  filename: __filename,
  dirname: __dirname,
  resolved: require.resolve("./other.cjs"),
  lookupPaths: require.resolve.paths("x"),
  other,
  sloppy: (function () { return this !== undefined; })(),
  cached: Object.keys(require.cache).filter((f) => f.startsWith(__dirname)).length,
});
`;
  const RUNNER = `const [dir, hook] = process.argv.slice(2);
if (hook === "hook") require(${JSON.stringify(path.join(REPO, "dist/compile-cache.cjs"))}).enableCompileCache(dir);
process.stdout.write(JSON.stringify(require(dir + "/probe.cjs")()));
`;

  it("gives the same stack frames, arguments and require, with a cold cache and a warm one", () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "llmc-probe-")));
    try {
      fs.writeFileSync(path.join(dir, "probe.cjs"), PROBE);
      fs.writeFileSync(path.join(dir, "other.cjs"), "module.exports = 42;\n");
      // Fails while loading: Node forgets it, so a second require runs it again.
      fs.writeFileSync(path.join(dir, "bad.cjs"), 'module.exports = "partial";\nthrow new Error("bad chunk");\n');
      fs.writeFileSync(path.join(dir, "plain.js"), "module.exports = 'found by Node\\'s search';\n");
      fs.writeFileSync(path.join(dir, "index.js"), "module.exports = 'the folder\\'s index';\n");
      // Minified code is one long line: its columns are where the wrapper could shift a frame.
      fs.writeFileSync(path.join(dir, "line1.cjs"), 'module.exports = () => { try { null.x; } catch (e) { return e.stack.split("\\n")[1].trim(); } };\n');
      fs.writeFileSync(path.join(dir, "runner.cjs"), RUNNER);
      const probe = (hook: string) => {
        const r = spawnSync(process.execPath, [path.join(dir, "runner.cjs"), dir, hook], { env: { PATH: process.env.PATH, NODE_COMPILE_CACHE: base }, encoding: "utf8", timeout: 60_000 });
        expect(r.stderr).toBe("");
        return JSON.parse(r.stdout) as Record<string, unknown>;
      };
      const plain = probe("none");
      expect(plain.frame).toMatch(/probe\.cjs:5:\d+\)$/);
      expect(plain.other).toBe(42);
      expect(plain.failedTwice).toEqual(["bad chunk", "bad chunk"]);
      expect(plain.missing).toBe("MODULE_NOT_FOUND");
      expect(plain.noExtension).toBe("found by Node's search");
      expect(plain.folder).toBe("the folder's index");
      expect(plain.firstLineFrame).toMatch(/line1\.cjs:1:3\d\)$/);
      expect(probe("hook")).toEqual(plain);
      const written = fs.readdirSync(path.join(base, fs.readdirSync(base)[0]!));
      expect(written.sort()).toEqual(["bad.cjs.cache", "index.js.cache", "line1.cjs.cache", "other.cjs.cache", "plain.js.cache", "probe.cjs.cache"]);
      expect(probe("hook")).toEqual(plain);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
