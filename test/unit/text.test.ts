// Wrapping and tables by display width: no line wider than asked, no character lost, on every
// text of the real catalog in both languages and on arbitrary mixed-script text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalog } from "../../src/catalog/data.js";
import { LANGS, type LocalizedText } from "../../src/catalog/schema.js";
import stringWidth from "string-width";
import { displayWidth, longestWord, wrapHanging, wrapText } from "../../src/render/text.js";
import { fitColumns, renderTable, type TableSpec } from "../../src/render/table.js";
import { makeStyle } from "../../src/render/style.js";
import { tally, wordsIn } from "../helpers/texts.js";

/** Every {zh, en} object anywhere in the catalog. */
function localizedTexts(value: unknown, out: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(value)) value.forEach((v) => localizedTexts(v, out));
  else if (value && typeof value === "object") {
    const rec = value as Record<string, unknown>;
    if (typeof rec.zh === "string" && typeof rec.en === "string") out.push(rec as unknown as LocalizedText);
    else Object.values(rec).forEach((v) => localizedTexts(v, out));
  }
  return out;
}

const texts = localizedTexts(catalog);
const allStrings = texts.flatMap((t) => LANGS.map((lang) => t[lang]));
const noSpace = (s: string) => s.replace(/\s/g, "");


/** The characters of `needed` that `have` holds fewer times, for a readable failure. */
function missingChars(needed: string, have: string): string[] {
  const got = tally(have);
  return [...tally(needed)].filter(([ch, n]) => (got.get(ch) ?? 0) < n).map(([ch, n]) => `${ch}×${n - (got.get(ch) ?? 0)}`);
}


function checkWrap(text: string, width: number): void {
  const lines = wrapText(text, width);
  const tooWide = lines.filter((l) => displayWidth(l) > width);
  expect(tooWide, `width ${width}: ${JSON.stringify(text)}`).toEqual([]);
  expect(noSpace(lines.join("")), `width ${width}: ${JSON.stringify(text)}`).toBe(noSpace(text));
}

// The oracle is string-width, which the code under test does not use (it uses fast-string-width).
const SAMPLES: Array<[string, string]> = [
  ["rocket emoji", "🚀"],
  ["ZWJ sequence (technologist)", "👩\u200d💻"],
  ["family ZWJ sequence", "👨\u200d👩\u200d👧\u200d👦"],
  ["skin-tone modifier", "👍🏽"],
  ["flag (regional indicators)", "🇨🇳"],
  ["keycap", "1\ufe0f\u20e3"],
  ["East Asian wide", "大模型推理"],
  ["full-width punctuation", "，。、；：！？（）"],
  ["Hangul and kana", "한국어 ひらがな カタカナ"],
  ["East Asian ambiguous (narrow here)", "±×÷§¶°"],
  ["combining mark", "e\u0301"],
  ["OSC-8 link", "\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007"],
  ["SGR colour", "\u001b[1m粗体\u001b[22m\u001b[36mcyan\u001b[39m"],
  ["mixed", "vLLM 推理引擎 🚀 (SGLang)"],
];

describe("displayWidth", () => {
  for (const [what, text] of SAMPLES) {
    it(`measures ${what} as string-width does`, () => {
      expect(displayWidth(text)).toBe(stringWidth(text));
    });
  }

  it("counts every printable ASCII character as one column", () => {
    for (let cp = 0x20; cp < 0x7f; cp++) expect(displayWidth(String.fromCodePoint(cp)), `U+${cp.toString(16)}`).toBe(1);
  });

  it("agrees with string-width on random mixed-script text", () => {
    // Characters people write (the two libraries differ on rarely used scripts such as Khitan).
    const unit = fc.constantFrom(
      ..."aZ9 ~é—’•±×§大模型，。《》「」한ひカ\uff21\uff61\t\u3000𠀀",
      ...["😀", "🚀", "🤖", "✅", "❤\ufe0f", "👩\u200d💻", "👍🏽", "🇨🇳", "1\ufe0f\u20e3", "e\u0301", "\u001b[1m", "\u001b[39m"],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
    );
  });

  it("measures the catalog's Chinese names at two columns a character", () => {
    for (const d of catalog.directions) {
      const han = [...d.name.zh].filter((c) => /\p{Script=Han}/u.test(c)).length;
      expect(displayWidth(d.name.zh)).toBeGreaterThanOrEqual(2 * han);
    }
  });
});

describe("wrapText on the catalog", () => {
  it(`has the catalog's texts to wrap (${texts.length} in two languages)`, () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(allStrings.some((s) => /\p{Script=Han}/u.test(s))).toBe(true);
  });

  it("never makes a line wider than the width, for widths from 2 to 120, and loses no character", () => {
    for (const width of [...Array(19).keys()].map((i) => i + 2).concat([24, 30, 33, 40, 47, 50, 60, 72, 80, 100, 120])) {
      for (const text of allStrings) checkWrap(text, width);
    }
  });

  it("never ends a line with an opening bracket or quote (（“《 and the like), at widths from 8", () => {
    for (const width of [8, 12, 20, 33, 40, 47, 60, 80]) {
      for (const text of allStrings) {
        for (const line of wrapText(text, width)) expect(/[（《「『【“‘([{]$/.test(line), `width ${width}: ${JSON.stringify(line)}`).toBe(false);
      }
    }
  });

  it("keeps a text that fits on one line as it is", () => {
    for (const text of allStrings) {
      if (text.includes("\n")) continue;
      const w = displayWidth(text);
      if (w > 120) continue;
      expect(wrapText(text, w)).toEqual([text.trimEnd()]);
    }
  });

  it("does not break an English word that fits on a line", () => {
    const en = texts.map((t) => t.en);
    for (const width of [20, 40, 80]) {
      for (const text of en) {
        const words = new Set(text.split(/\s+/).filter((w) => w && displayWidth(w) <= width));
        const tokens = new Set(wrapText(text, width).flatMap((l) => l.split(/\s+/)));
        for (const word of words) expect(tokens.has(word), `"${word}" at width ${width}`).toBe(true);
      }
    }
  });
});

describe("wrapText on arbitrary mixed text", () => {
  const chars = [
    ..."大模型推理算法安全数据工程师训练",
    ..."abcdefxyzABCZ0123456789",
    ..."，。、；：！？（）“”《》「」…—",
    ...",.;:!?()[]'\"-/&",
    ..."    ",
    "\u3000", // ideographic space
    "\t",
    "\n",
    "𠀀", // outside the BMP, wide
    "🚀",
    "👩\u200d💻",
    "é",
    "•",
  ];
  const mixed = fc.string({ unit: fc.constantFrom(...chars), maxLength: 200 });
  const longWord = fc.string({ unit: fc.constantFrom(..."abcdefghij"), minLength: 1, maxLength: 60 });

  it("never exceeds the width and keeps every non-space character", () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 2, max: 120 }), (text, width) => checkWrap(text, width)),
      { numRuns: 2000 },
    );
  });

  it("splits words longer than the line without losing letters", () => {
    fc.assert(
      fc.property(fc.array(longWord, { minLength: 1, maxLength: 8 }), fc.integer({ min: 2, max: 30 }), (words, width) =>
        checkWrap(words.join(" "), width),
      ),
    );
  });

  it("keeps the text's own line breaks", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(..."大模型ab "), minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 5 }), (paras) => {
        const text = paras.join("\n");
        const lines = wrapText(text, 200);
        expect(lines).toEqual(paras.map((p) => p.trimEnd()));
      }),
    );
  });
});

describe("longestWord", () => {
  it("is the widest piece wrapText keeps whole: a word or an id, a wide character with its punctuation", () => {
    expect(longestWord("Medium-high engineering")).toBe(11);
    expect(longestWord("see compute-scheduling-architect")).toBe(28);
    expect(longestWord("大模型")).toBe(2);
    // An opening bracket stays with what follows and closing punctuation with what precedes.
    expect(longestWord("（排名）")).toBe(4);
    expect(longestWord("熟悉PyTorch、CUDA")).toBe(9);
    expect(longestWord("a\nlonger\nb")).toBe(6);
    expect(longestWord("")).toBe(0);
  });

  it("is the width below which wrapText must break a word, on the catalog's texts", () => {
    for (const text of allStrings) {
      const w = Math.max(2, longestWord(text));
      const words = new Set(text.split(/\s+/).filter(Boolean).flatMap(wordsIn));
      const lineWords = new Set(wrapText(text, w).flatMap(wordsIn));
      expect([...words].filter((word) => !lineWords.has(word)), `${text} at ${w}`).toEqual([]);
    }
  });
});

describe("wrapHanging", () => {
  it("uses the whole width on the first line and indents the rest, within the width", () => {
    expect(wrapHanging("Verdict: a track for geniuses and scientists", 20)).toEqual(["Verdict: a track for", "  geniuses and", "  scientists"]);
    expect(wrapHanging("一句话总结：这是一条属于天才和科学家的赛道", 20)).toEqual(["一句话总结：这是一条", "  属于天才和科学家的", "  赛道"]);
  });

  it("never exceeds the width and keeps every character, on the catalog's texts", () => {
    for (const width of [12, 20, 40, 80]) {
      for (const text of allStrings) {
        const lines = wrapHanging(text, width);
        expect(lines.filter((l) => stringWidth(l) > width), `${text} at ${width}`).toEqual([]);
        expect(noSpace(lines.join(""))).toBe(noSpace(text));
      }
    }
  });
});

describe("renderTable", () => {
  const style = makeStyle(0);

  /** Table specs made of the catalog's own texts, shaped like the CLI's tables. */
  function specs(): Array<{ name: string; spec: TableSpec }> {
    const out: Array<{ name: string; spec: TableSpec }> = [];
    for (const lang of LANGS) {
      out.push({
        name: `directions (${lang})`,
        spec: {
          head: ["#", "ID", "Name", "Barrier", "Verdict"],
          rows: catalog.directions.map((d) => [String(d.number), d.id, `${d.name[lang]}\n${d.nickname[lang]}`, d.barrier.wording[lang], d.verdict[lang]]),
          maxWidths: [2, 14, 22, 10, Infinity],
        },
      });
      for (const d of catalog.directions) {
        out.push({
          name: `roles of ${d.id} (${lang})`,
          spec: {
            head: ["ID", lang === "zh" ? "岗位" : "Role", lang === "zh" ? "做什么" : "What they do"],
            rows: d.roles.map((r) => [r.id, r.name[lang], r.summary[lang]]),
            maxWidths: [30, 20, Infinity],
          },
        });
      }
      const ds = catalog.directions;
      out.push({
        name: `all six side by side (${lang})`,
        spec: {
          head: ["Facet", ...ds.map((d) => `${d.number}. ${d.name[lang]}`)],
          rows: [
            ["Barrier", ...ds.map((d) => d.barrier.wording[lang])],
            ["Roles", ...ds.map((d) => d.roles.map((r) => `• ${r.name[lang]}`).join("\n"))],
            ["Fits", ...ds.map((d) => d.fits.map((f) => `• ${f.title[lang]}`).join("\n"))],
            ["Market", ...ds.map((d) => d.marketNotes.map((m) => `• ${m[lang]}`).join("\n"))],
            ["Verdict", ...ds.map((d) => d.verdict[lang])],
          ],
          maxWidths: [12, ...ds.map(() => Infinity)],
        },
      });
      out.push({
        name: `two side by side, no limits (${lang})`,
        spec: {
          head: [ds[0]!.name[lang], ds[1]!.name[lang]],
          rows: ds[0]!.introduction.map((p, i) => [p[lang], ds[1]!.introduction[i]?.[lang] ?? ""]),
        },
      });
    }
    return out;
  }

  /**
   * What the output must show: every cell and heading. As records, each row's first cell heads its
   * block, so the first column's heading is not shown, nor the label of a column with no value.
   */
  const shownCells = (spec: TableSpec, width: number) => [
    ...(fitColumns(spec, width) ? spec.head : spec.head.filter((_, i) => i > 0 && spec.rows.some((r) => r[i]))),
    ...spec.rows.flat(),
  ];
  const cellText = (spec: TableSpec, width: number) => shownCells(spec, width).join("");
  const isTable = (out: string) => out.includes("│");

  for (const width of [40, 80, 200]) {
    it(`fits every line in ${width} columns and shows every character of every cell`, () => {
      for (const { name, spec } of specs()) {
        const out = renderTable(spec, width, style);
        const tooWide = out.split("\n").filter((l) => displayWidth(l) > width);
        expect(tooWide, `${name} at ${width}`).toEqual([]);
        expect(missingChars(noSpace(cellText(spec, width)), noSpace(out)), `${name} at ${width}`).toEqual([]);
        expect(out, name).not.toContain("…");
        expect(out, name).not.toMatch(/\u001b\[/);
      }
    });

    it(`breaks no word or id of the catalog's tables at ${width} columns`, () => {
      for (const { name, spec } of specs()) {
        const out = renderTable(spec, width, style);
        const have = tally(out.split("\n").flatMap(wordsIn));
        const broken = [...tally(shownCells(spec, width).flatMap(wordsIn))].filter(([w, n]) => (have.get(w) ?? 0) < n).map(([w]) => w);
        expect(broken, `${name} at ${width}`).toEqual([]);
      }
    });
  }

  it("lays a table out as records when a column cannot hold its longest word, and as a table when all can", () => {
    const spec: TableSpec = { head: ["ID", "Summary"], rows: [["compute-scheduling-architect", "Builds the system that schedules compute across a cluster."]] };
    // 28 for the id, 16 at least for the text, 7 of borders and padding: 51 columns.
    expect(isTable(renderTable(spec, 51, style))).toBe(true);
    const records = renderTable(spec, 50, style);
    expect(isTable(records)).toBe(false);
    expect(records.split("\n")).toEqual(["compute-scheduling-architect", "Summary: Builds the system that schedules compute", "  across a cluster."]);
  });

  it("records: a heading for each row, then Label: value lines, lists indented, a blank line between rows", () => {
    const spec: TableSpec = {
      head: ["#", "Name", "Roles", "Verdict"],
      rows: [
        ["1", "Core algorithms", "• Pre-training engineer\n• Fine-tuning engineer", "For researchers."],
        ["2", "Infrastructure", "• HPC engineer", "For systems people."],
      ],
      record: { title: (row) => `${row[0]}. ${row[1]}`, fields: [2, 3] },
    };
    expect(renderTable(spec, 20, style).split("\n")).toEqual([
      "1. Core algorithms",
      "Roles:",
      "  • Pre-training",
      "    engineer",
      "  • Fine-tuning",
      "    engineer",
      "Verdict: For",
      "  researchers.",
      "",
      "2. Infrastructure",
      "Roles:",
      "  • HPC engineer",
      "Verdict: For systems",
      "  people.",
    ]);
    expect(renderTable({ ...spec, labelSep: "：", rows: [["1", "核心算法", "• 预训练", "顶尖学霸。"]] }, 20, style).split("\n")).toEqual([
      "1. 核心算法",
      "Roles：",
      "  • 预训练",
      "Verdict：顶尖学霸。",
    ]);
  });

  it("breaks no word of arbitrary tables of words in any width from 20 to 200", () => {
    const word = fc.oneof(fc.string({ unit: fc.constantFrom(..."abcdefgh-"), minLength: 1, maxLength: 12 }), fc.constantFrom("大", "模型", "推理，", "（算法）"));
    const cell = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.record({
            head: fc.array(cell.filter((c) => c.length > 0), { minLength: n, maxLength: n }),
            rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 }),
          }),
        ),
        fc.integer({ min: 20, max: 200 }),
        (spec, width) => {
          const out = renderTable(spec, width, style);
          expect(out.split("\n").filter((l) => displayWidth(l) > width)).toEqual([]);
          const have = tally(out.split("\n").flatMap(wordsIn));
          const broken = [...tally(shownCells(spec, width).flatMap(wordsIn))].filter(([w, n]) => (have.get(w) ?? 0) < n);
          expect(broken).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("fits arbitrary tables of mixed text in any width from 20 to 200", () => {
    const cell = fc.string({ unit: fc.constantFrom(..."大模型推理算法ab cdefgh，。“”-"), maxLength: 80 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.record({
            head: fc.array(fc.string({ unit: fc.constantFrom(..."头名abc"), minLength: 1, maxLength: 8 }), { minLength: n, maxLength: n }),
            rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 }),
          }),
        ),
        fc.integer({ min: 20, max: 200 }),
        (spec, width) => {
          const out = renderTable(spec, width, style);
          const tooWide = out.split("\n").filter((l) => displayWidth(l) > width);
          expect(tooWide).toEqual([]);
          expect(missingChars(noSpace(cellText(spec, width)), noSpace(out))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("widths known without the tables agree with string-width", () => {
  // src/render/width.ts answers these ranges without get-east-asian-width: every code point in
  // them, alone, must measure as the oracle measures it.
  const RANGES: Array<[number, number]> = [[0x20, 0x10ff], [0x2010, 0x2027], [0x2030, 0x205e], [0x2190, 0x2193], [0x2500, 0x259f], [0x3001, 0x303e], [0x3041, 0x3096], [0x3099, 0x30ff], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xff01, 0xff60]];
  it.each(RANGES)("code points %i to %i", (from, to) => {
    const wrong: string[] = [];
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u.test(ch)) continue; // escaped before it is ever drawn
      if (displayWidth(ch) !== stringWidth(ch)) wrong.push(`U+${cp.toString(16)}: ${displayWidth(ch)} vs ${stringWidth(ch)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
