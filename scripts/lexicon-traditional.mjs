// Recomputes data/advisor/lexicon.json's `traditional` map (traditional → simplified, per
// character) for every Chinese character the lexicon uses, with OpenCC, after phrases change.
// OpenCC is not a dependency of the CLI, which only reads the map: install it for this run with
//   npm install --no-save opencc-js@1.4.2 && node scripts/lexicon-traditional.mjs
import { readFileSync, writeFileSync } from "node:fs";
import * as OpenCC from "opencc-js";

const file = new URL("../data/advisor/lexicon.json", import.meta.url);
const lexicon = JSON.parse(readFileSync(file, "utf8"));
const zh = [...lexicon.entries.flatMap((e) => e.phrases.zh), ...lexicon.cues.flatMap((c) => c.phrases.zh), ...lexicon.known.zh];
const used = new Set([...zh.join("")].filter((ch) => /\p{Script=Han}/u.test(ch)));
// Taiwan, Hong Kong and OpenCC's standard traditional forms; a form the lexicon itself uses as simplified is left alone.
const converters = ["t", "tw", "hk"].map((to) => OpenCC.Converter({ from: "cn", to }));
const map = {};
for (const ch of [...used].sort()) {
  for (const convert of converters) {
    const t = convert(ch);
    if (t !== ch && [...t].length === 1 && !used.has(t)) map[t] = ch;
  }
}
lexicon.traditional = Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(file, `${JSON.stringify(lexicon, null, 2)}\n`);
console.log(`${Object.keys(map).length} traditional characters`);
