// The lexicon's phrase index (src/advisor/lexicon-index.ts) and the module the build makes of the
// lexicon (src/advisor/lexicon-module.ts): the order phrases are tried in, on a small lexicon
// written here; the bundle's precomputed index is the one built at run time; and reading with the
// precomputed index gives the same readings as reading with one built from the JSON.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build, transform } from "esbuild";
import { describe, expect, it } from "vitest";
import { readAbout } from "../../src/advisor/about.js";
import { advisorData } from "../../src/advisor/data.js";
import { lexicon } from "../../src/advisor/lexicon.js";
import { buildLexiconIndex, phraseAt, phrasesFrom, registerLexiconIndex, type LexiconIndex } from "../../src/advisor/lexicon-index.js";
import { lexiconModuleCode, lexiconPlugin } from "../../src/advisor/lexicon-module.js";
import type { Lexicon } from "../../src/advisor/lexicon-schema.js";
import { REPO, scratchDir } from "../helpers/scratch.js";

const corpus = (JSON.parse(readFileSync(new URL("../fixtures/about-corpus.json", import.meta.url), "utf8")) as { descriptions: Array<{ id: string; text: string }> }).descriptions;

const questionnaire = advisorData.questionnaire;

/** A lexicon of a few phrases, in the shape of data/advisor/lexicon.json. */
const small = {
  version: 1,
  questions: {},
  entries: [
    { id: "data", kind: "skill", skills: [], phrases: { zh: ["数据"], en: ["data"] }, sets: [], source: "added" },
    { id: "big-data", kind: "skill", skills: [], phrases: { zh: ["大数据"], en: ["big data", "data platforms"] }, sets: [], source: "added" },
    { id: "go", kind: "tool", skills: [], phrases: { zh: ["go 语言"], en: ["go", "golang"] }, cased: ["go"], sets: [], source: "added" },
  ],
  cues: [{ kind: "negation", at: "before", phrases: { zh: ["不"], en: ["not", "data"] } }],
  known: { zh: ["数"], en: ["go", "data"] },
  traditional: {},
} as unknown as Lexicon;

const units = (...texts: string[]) => texts.map((text) => ({ text }));

describe("the phrase index", () => {
  const index = buildLexiconIndex(small);

  it("tries the longest phrase first; at equal length an entry, then a cue, then a known word", () => {
    expect(phrasesFrom(index, "data")).toEqual([
      { units: ["data", "platform"], entry: 1, cue: -1, cased: false },
      { units: ["data"], entry: 0, cue: -1, cased: false },
      { units: ["data"], entry: -1, cue: 0, cased: false },
      { units: ["data"], entry: -1, cue: -1, cased: false },
    ]);
    expect(phrasesFrom(index, "大").map((p) => p.units)).toEqual([["大", "数", "据"]]);
    expect(phrasesFrom(index, "数").map((p) => p.units)).toEqual([["数", "据"], ["数"]]);
  });

  it("finds the longest phrase written at a unit, and says how many units it spans", () => {
    const any = () => true;
    expect(phraseAt(index, units("data", "platform", "team"), 0, any)).toEqual({ entry: 1, cue: -1, length: 2 });
    expect(phraseAt(index, units("data", "platforms"), 0, any)).toEqual({ entry: 0, cue: -1, length: 1 });
    expect(phraseAt(index, units("big", "data"), 0, any)).toEqual({ entry: 1, cue: -1, length: 2 });
    expect(phraseAt(index, units("big"), 0, any)).toBeUndefined();
    expect(phraseAt(index, units("x", "数", "据"), 1, any)).toEqual({ entry: 0, cue: -1, length: 2 });
  });

  it("passes over a phrase the caller refuses (a cased one not written with a capital) to the next one", () => {
    const notCased = (_: number, cased: boolean) => !cased;
    expect(phraseAt(index, units("go"), 0, () => true)).toEqual({ entry: 2, cue: -1, length: 1 });
    expect(phraseAt(index, units("go"), 0, notCased)).toEqual({ entry: -1, cue: -1, length: 1 });
  });

  it("knows nothing of words named like Object.prototype's members", () => {
    for (const word of ["constructor", "tostring", "hasownproperty", "__proto__", "valueof"]) {
      expect(phraseAt(index, units(word), 0, () => true)).toBeUndefined();
      expect(phrasesFrom(index, word)).toEqual([]);
    }
  });

  it("is plain JSON: it survives a round trip unchanged", () => {
    const full = buildLexiconIndex(lexicon);
    expect(JSON.parse(JSON.stringify(full))).toEqual(full);
  });
});

describe("the lexicon as the build bundles it", () => {
  it("registers the index built from the lexicon as the module loads, and exports the lexicon", async () => {
    const { code } = await transform(lexiconModuleCode(lexicon, "lexicon-index"), { format: "cjs", loader: "js" });
    const registered: Array<[unknown, unknown]> = [];
    const fakeRequire = (id: string) => {
      expect(id).toBe("lexicon-index");
      return { registerLexiconIndex: (l: unknown, i: unknown) => registered.push([l, i]) };
    };
    const module = { exports: {} as { default?: unknown } };
    new Function("require", "module", "exports", code)(fakeRequire, module, module.exports);
    expect(module.exports.default).toEqual(lexicon);
    expect(registered).toHaveLength(1);
    expect(registered[0]![0]).toBe(module.exports.default);
    expect(registered[0]![1]).toEqual(buildLexiconIndex(lexicon));
  });

  /** lexicon.ts bundled with the build's plugin, with the index it registered. */
  async function bundled(): Promise<{ lexicon: Lexicon; index: LexiconIndex }> {
    const outfile = path.join(scratchDir("about-index"), "lexicon-bundle.cjs");
    await build({
      stdin: {
        contents: ['export { lexicon } from "./src/advisor/lexicon.ts";', 'export { lexiconIndexOf } from "./src/advisor/lexicon-index.ts";'].join("\n"),
        resolveDir: REPO,
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      format: "cjs",
      outfile,
      plugins: [lexiconPlugin],
      logLevel: "error",
    });
    const b = createRequire(import.meta.url)(outfile) as { lexicon: Lexicon; lexiconIndexOf: (l: Lexicon) => LexiconIndex };
    return { lexicon: b.lexicon, index: b.lexiconIndexOf(b.lexicon) };
  }

  it("gives the lexicon of data/advisor/lexicon.json and the index built from it", async () => {
    const b = await bundled();
    expect(b.lexicon).toEqual(lexicon);
    expect(b.index).toEqual(buildLexiconIndex(lexicon));
  });

  it("reads every corpus description as a reader with an index built at run time does", async () => {
    const b = await bundled();
    // The bundle's lexicon, with the bundle's index, read by this module's reader.
    registerLexiconIndex(b.lexicon, b.index);
    for (const d of corpus) {
      const withPrecomputed = readAbout(questionnaire, b.lexicon, d.text);
      const withBuilt = readAbout(questionnaire, lexicon, d.text);
      expect({ ...withPrecomputed, answers: [...withPrecomputed.answers] }, d.id).toEqual({ ...withBuilt, answers: [...withBuilt.answers] });
    }
  });
});
