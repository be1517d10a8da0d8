// The bundle's one stand-in (tsup.config.ts): commander gets a node:child_process that loads the
// real module on first use and then behaves as it does.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

describe("the lazy child_process stand-in", () => {
  it("hands out the real module's functions and answers `in` as the real module does", () => {
    const real = require("node:child_process") as Record<string, unknown>;
    const shim = require("../../src/shims/child-process.cjs") as Record<string, unknown>;
    for (const key of ["spawn", "spawnSync", "execFile", "fork", "ChildProcess"]) {
      expect(shim[key], key).toBe(real[key]);
      expect(key in shim, key).toBe(true);
    }
    expect("noSuchExport" in shim).toBe(false);
  });
});
