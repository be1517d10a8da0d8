// The compile cache (src/startup/compile-cache.ts): V8's code for dist/ kept between runs, on
// Node 20 written by llm-career itself. It must never change what a command prints, never print
// anything itself, refuse damaged or foreign caches, and stay out of folders others can write to.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, REPO, runCli } from "../helpers/run-cli.js";

// Node 22.1+ keeps its own cache (module.enableCompileCache) in its own layout.
const ownCache = !("enableCompileCache" in (await import("node:module")).default);
const FOLDER = new RegExp(`^llm-career-[0-9a-f]{16}-${process.version.replace(/\./g, "\\.")}-${process.arch}$`);
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

  it("refuses a cache V8 cannot use (cut short, zeroed, garbage), prints the same, and replaces it", () => {
    const expected = withoutCache();
    run();
    const folder = path.join(base, fs.readdirSync(base)[0]!);
    const files = fs.readdirSync(folder);
    files.forEach((file, i) => {
      // Truncated, zeroed, or random bytes of the same length.
      const bytes = fs.readFileSync(path.join(folder, file));
      const damaged = [bytes.subarray(0, bytes.length >> 1), Buffer.alloc(bytes.length), Buffer.from(bytes.map((_, j) => (j * 131 + i) & 0xff))][i % 3]!;
      fs.writeFileSync(path.join(folder, file), damaged);
    });
    const damaged = snapshot(base);

    expect(run()).toEqual(expected);
    const repaired = snapshot(base);
    for (const [file, { bytes }] of repaired) expect(bytes.equals(damaged.get(file)!.bytes), file).toBe(false);
    expect(run()).toEqual(expected);
    expect(snapshot(base)).toEqual(repaired);
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

  it("writes nothing when turned off, and carries on where it cannot write", () => {
    const expected = withoutCache();
    expect(run({ NODE_DISABLE_COMPILE_CACHE: "1" })).toEqual(expected);
    expect(fs.readdirSync(base)).toEqual([]);

    const file = path.join(base, "a-file");
    fs.writeFileSync(file, "not a folder");
    expect(runCli(ARGS, { env: { NODE_COMPILE_CACHE: file } })).toEqual(expected);
    expect(fs.readFileSync(file, "utf8")).toBe("not a folder");
  });

  it("is written once by eight cold runs at the same time, and then used", async () => {
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
