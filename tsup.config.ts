import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { assertDataValid } from "./src/validate-data.js";

// The embedded data is checked here, once per build, instead of at every start of the CLI.
assertDataValid();

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  entry: { main: "src/main.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  outDir: "dist",
  clean: true,
  // Split so that each command's heavy modules (tables, colour, zod, prompts) load only when used.
  splitting: true,
  minify: true,
  sourcemap: false,
  // dist/metafile-esm.json maps each chunk to its sources: the lazy-loading test reads it.
  metafile: true,
  dts: false,
  // Everything is bundled: the published package has no runtime dependencies.
  noExternal: [/.*/],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  esbuildOptions(options) {
    options.alias = { "string-width": "./src/render/string-width-shim.cjs" };
  },
  // commander and cli-table3 are CommonJS and call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
});
