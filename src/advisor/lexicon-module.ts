// Build time only (tsup.config.ts): what the bundle gets in place of data/advisor/lexicon.json.
// The lexicon, and its phrase index built here once (lexicon-index.ts), each as JSON.parse of a
// string, which V8 reads faster than the same data written as an object literal; the index is
// registered for the lexicon as the module loads, so a reading only looks phrases up. A reading
// never looks at the phrase lists themselves (the index has them), so they are a third string,
// parsed only when something reads a `phrases` or `known` (the lexicon is the same Lexicon, all
// of it readable): the CLI does not pay for two thirds of the lexicon it never reads. The lexicon
// is validated by its zod schema before this runs (src/validate-data.ts, called by the build).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "esbuild";
import { buildLexiconIndex } from "./lexicon-index.js";
import type { Lexicon } from "./lexicon-schema.js";

/** The module's code: `lexiconIndexModule` is how it imports lexicon-index.ts. */
export function lexiconModuleCode(lexicon: Lexicon, lexiconIndexModule: string): string {
  const literal = (value: unknown) => JSON.stringify(JSON.stringify(value));
  const { known, ...rest } = lexicon;
  const withoutPhrases = {
    ...rest,
    entries: lexicon.entries.map(({ phrases: _, ...e }) => e),
    cues: lexicon.cues.map(({ phrases: _, ...c }) => c),
  };
  const phrases = { entries: lexicon.entries.map((e) => e.phrases), cues: lexicon.cues.map((c) => c.phrases), known };
  return [
    `import { registerLexiconIndex } from ${JSON.stringify(lexiconIndexModule)};`,
    `const lexicon = JSON.parse(${literal(withoutPhrases)});`,
    `let phrases;`,
    `const phrasesOf = () => phrases || (phrases = JSON.parse(${literal(phrases)}));`,
    // Own, enumerable properties, so the lexicon compares and serialises like the JSON it came from.
    `const lazy = (o, key, get) => Object.defineProperty(o, key, { get, enumerable: true, configurable: true });`,
    `lexicon.entries.forEach((e, i) => lazy(e, "phrases", () => phrasesOf().entries[i]));`,
    `lexicon.cues.forEach((c, i) => lazy(c, "phrases", () => phrasesOf().cues[i]));`,
    `lazy(lexicon, "known", () => phrasesOf().known);`,
    `registerLexiconIndex(lexicon, JSON.parse(${literal(buildLexiconIndex(lexicon))}));`,
    "export default lexicon;",
    "",
  ].join("\n");
}

/** The esbuild plugin that loads data/advisor/lexicon.json as lexiconModuleCode. */
export const lexiconPlugin: Plugin = {
  name: "lexicon-index",
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/]advisor[\\/]lexicon\.json$/ }, (args) => ({
      contents: lexiconModuleCode(JSON.parse(readFileSync(args.path, "utf8")) as Lexicon, path.resolve(path.dirname(args.path), "../../src/advisor/lexicon-index.ts")),
      loader: "js",
      resolveDir: path.dirname(args.path),
    }));
  },
};
