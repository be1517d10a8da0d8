import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  // What tsup defines for the build, so that the in-process tests (test/commands/) run src/ with
  // the same version the bin prints.
  define: { __VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ["test/**/*.test.ts"],
    // vitest's default is one worker less than the cores, so one worker on two cores. Most time
    // goes to e2e files waiting on the processes they spawn, and no test depends on speed, so two
    // files at a time use both cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Timeouts only catch hangs; no test makes a claim about speed (the machine is shared).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
