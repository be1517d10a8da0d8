// Node 22.0 to 22.2 satisfy "engines" (>= 20.19) but lack process.getBuiltinModule, which the
// start-up files use to load builtins cheaply. A preload removes it, and every start-up path —
// the compile cache cold and warm, JSON, a table in colour, the terminal check — must still work.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, runCli } from "../helpers/run-cli.js";

let dir = "";
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "llmc-older-"));
  fs.writeFileSync(path.join(dir, "without-get-builtin-module.cjs"), "delete process.getBuiltinModule;\n");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const runWithout = (args: string[], env: Record<string, string> = {}) =>
  runCli(args, { env: { NODE_COMPILE_CACHE: path.join(dir, "cache"), ...env }, nodeArgs: ["--require", path.join(dir, "without-get-builtin-module.cjs")] });

describe("on a Node without process.getBuiltinModule", () => {
  it("the preload really removes it", () => {
    const r = spawnSync(process.execPath, ["--require", path.join(dir, "without-get-builtin-module.cjs"), "-p", "typeof process.getBuiltinModule"], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("undefined");
  });

  const cases: Array<{ args: string[]; env?: Record<string, string> }> = [
    { args: ["--version"] },
    { args: ["list", "--json"] },
    { args: ["show", "infrastructure"], env: { FORCE_COLOR: "1", COLUMNS: "100" } },
    { args: ["recommend", "--answers", "-"] },
  ];
  it("`show` into /dev/null, a character device that is not a terminal, asks node:tty and carries on", () => {
    const devNull = fs.openSync("/dev/null", "w");
    try {
      const r = spawnSync(process.execPath, ["--require", path.join(dir, "without-get-builtin-module.cjs"), BIN, "show", "infrastructure"], {
        env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", NODE_COMPILE_CACHE: path.join(dir, "cache") },
        stdio: ["ignore", devNull, "pipe"],
        encoding: "utf8",
        timeout: 60_000,
      });
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    } finally {
      fs.closeSync(devNull);
    }
  });

  for (const { args, env } of cases) {
    it(`\`${args.join(" ")}\` prints what it prints elsewhere, with a cold and a warm compile cache`, () => {
      const expected = runCli(args, { env });
      for (let run = 0; run < 2; run++) expect(runWithout(args, env)).toEqual(expected);
    });
  }
});
