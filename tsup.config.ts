import path from "node:path";
import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";
import { assertDataValid } from "./src/validate-data.js";
import { lexiconPlugin } from "./src/advisor/lexicon-module.js";

// The embedded data is checked here, once per build, instead of at every start of the CLI.
assertDataValid();

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// commander requires node:child_process when it loads, for executable subcommands, which
// llm-career does not have; it pulls in net and the stream machinery. Measured with paired runs
// on Node 24 (30 pairs, the same build with and without it): --version 0.89x, recommend
// --answers --json 0.96x. src/shims/child-process.cjs loads the real module on first use.
const lazyChildProcess: Plugin = {
  name: "lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes("node_modules/commander/") ? { path: path.resolve("src/shims/child-process.cjs") } : undefined,
    );
  },
};

export default defineConfig({
  entry: { main: "src/main.ts" },
  // CommonJS: on Node 20 an empty .cjs starts in about 0.85x the time of an empty .mjs (it skips
  // the ES module loader); on Node 24 the two start alike. tsup splits CommonJS by building split
  // ESM chunks and converting each with sucrase, which keeps import() lazy.
  format: ["cjs"],
  target: "node20",
  platform: "node",
  outDir: "dist",
  clean: true,
  // Split so that each command's heavy modules (tables, colour, zod, prompts) load only when used.
  splitting: true,
  minify: true,
  sourcemap: false,
  // dist/metafile-cjs.json maps each chunk to its sources: the lazy-loading test reads it.
  metafile: true,
  dts: false,
  // Everything is bundled: the published package has no runtime dependencies.
  noExternal: [/.*/],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // esbuild lowers class fields, ?. , ?? and their assignments itself, so sucrase (which tsup runs
  // on each chunk to make it CommonJS) has only imports and exports left to rewrite. Handed
  // minified code with those, sucrase wrote invalid JavaScript: a class field after "super()," in
  // the prompts, and zod's "else(n=e._zod).check??=" became "else_nullishCoalesce(...)".
  // Keep "node:" imports as written, so that the plugin below sees commander's child_process.
  removeNodeProtocol: false,
  // data/advisor/lexicon.json becomes the lexicon and its phrase index, both precomputed here
  // (src/advisor/lexicon-module.ts), so that reading a self-description builds nothing at run time.
  esbuildPlugins: [lazyChildProcess, lexiconPlugin],
  esbuildOptions(options) {
    options.supported = {
      "class-field": false,
      "class-static-field": false,
      "class-private-field": false,
      "class-private-method": false,
      "class-private-static-field": false,
      "class-private-static-method": false,
      "class-static-blocks": false,
      "optional-chain": false,
      "nullish-coalescing": false,
      "logical-assignment": false,
    };
  },
});
