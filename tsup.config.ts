import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "tsup";
import { transform, type Plugin } from "esbuild";
import { assertDataValid } from "./src/validate-data.js";

// The embedded data is checked here, once per build, instead of at every start of the CLI.
assertDataValid();

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Stand-ins for modules that libraries load at start-up but llm-career never uses: see each shim.
const startupShims: Plugin = {
  name: "startup-shims",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes("node_modules/commander/") ? { path: path.resolve("src/shims/child-process.cjs") } : undefined,
    );
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes("node_modules/chalk/") ? { path: path.resolve("src/shims/supports-color.ts") } : undefined,
    );
  },
};

// Node starts a CommonJS entry about 3 ms sooner than an ES module (it skips the ESM loader), and
// commander alone then costs 1.06x bare Node instead of 1.25x. esbuild splits only ESM, so the
// split ESM build is converted chunk by chunk to CommonJS after it is written; dynamic import()
// becomes require() inside a promise, so lazy chunks stay lazy.
async function convertChunksToCommonJs(): Promise<void> {
  for (const file of chunkFiles()) {
    const esm = readFileSync(`dist/${file}`, "utf8");
    const { code } = await transform(esm, {
      format: "cjs",
      platform: "node",
      target: "node20",
      minify: true,
      supported: { "dynamic-import": false },
      // ES modules are strict; the CommonJS they become must stay so.
      banner: '"use strict";',
    });
    writeFileSync(`dist/${file}`, code);
  }
}

const chunkFiles = () => readdirSync("dist").filter((f) => f.endsWith(".cjs")).sort();

// The compile cache (src/startup/compile-cache.ts) keys its folder by this build: a hash of every
// file in dist/ (compile-cache.cjs with its placeholder), written in place of the placeholder.
function stampBuildId(): void {
  const hash = createHash("sha256");
  for (const file of chunkFiles()) hash.update(`${file}\0${readFileSync(`dist/${file}`, "utf8")}\0`);
  const text = readFileSync("dist/compile-cache.cjs", "utf8");
  if (!text.includes("__LLMC_BUILD_ID__")) throw new Error("dist/compile-cache.cjs has no build id placeholder");
  writeFileSync("dist/compile-cache.cjs", text.replaceAll("__LLMC_BUILD_ID__", hash.digest("hex").slice(0, 16)));
}

export default defineConfig({
  entry: { main: "src/main.ts", "compile-cache": "src/startup/compile-cache.ts" },
  format: ["esm"],
  // Written as ESM, converted to CommonJS by onSuccess below.
  outExtension: () => ({ js: ".cjs" }),
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
  // Keep "node:" imports as written (Node 20 has them all); tsup would otherwise strip the prefix
  // and claim them before the shims below can see them.
  removeNodeProtocol: false,
  esbuildPlugins: [startupShims],
  esbuildOptions(options) {
    options.alias = { "string-width": "./src/shims/string-width.cjs" };
  },
  onSuccess: async () => {
    await convertChunksToCommonJs();
    stampBuildId();
  },
});
