// What the plans (data/advisor/plans.json) and the first steps (data/advisor/next-steps.json) say
// (issue 10): a text that claims the article's words is the article's words verbatim, with the
// catalog's English for them; everything else is marked added and quotes the article only in the
// open, as 文章说：“…” / the article says: "…"; the English is English; the Chinese is punctuated and
// spaced the Chinese way; and the tools named are the ones people use now.
import { CJK, HALF_WIDTH_AFTER_HAN, LATIN_TOUCHING_HAN, sourcedTexts, type SourcedText } from "../helpers/texts.js";
import { describe, expect, it } from "vitest";
import { articlePlain as article, isVerbatim } from "../helpers/article.js";
import { rawAdvisorData } from "../../src/advisor/data.js";
import { NextSteps, Plans, TraitList } from "../../src/advisor/schema.js";
import { rawCatalog } from "../../src/catalog/data.js";
import { Catalog, DIRECTION_IDS } from "../../src/catalog/schema.js";

const traits = TraitList.parse(rawAdvisorData.traits);
const plans = Plans.parse(rawAdvisorData.plans);
const nextSteps = NextSteps.parse(rawAdvisorData.nextSteps);
const catalog = Catalog.parse(rawCatalog);

/** Every text of the plans and the next steps, with the provenance its item gives it. */
const ours: SourcedText[] = [
  ...Object.entries(plans.learning).flatMap(([trait, items]) =>
    items.map((item, i) => ({ where: `learning.${trait}[${i}]`, ...item.text, source: item.source })),
  ),
  ...DIRECTION_IDS.flatMap((d) =>
    plans.experiments[d].flatMap((e) => [
      { where: `experiments.${d}.${e.id}.title`, ...e.title, source: e.source },
      { where: `experiments.${d}.${e.id}.detail`, ...e.detail, source: e.source },
    ]),
  ),
  ...DIRECTION_IDS.flatMap((d) => nextSteps[d].map((s, i) => ({ where: `next-steps.${d}[${i}]`, ...s.text, source: s.source }))),
];
const claimedByUs = ours.filter((t) => t.source !== "added");
const addedByUs = ours.filter((t) => t.source === "added");

/** The catalog's renderings of the article's words: the reference English. */
const reference = sourcedTexts(rawCatalog, "catalog.").filter((t) => t.source !== "added");

const show = (t: SourcedText) => `${t.where}: ${t.zh}`;
/** A sentence without its final full stop: a quote may end a sentence or stop short of it. */
const bare = (s: string) => s.trim().replace(/[。．.！!？?]$/u, "");
const ciIncludes = (hay: string, needle: string) => hay.toLowerCase().includes(needle.toLowerCase());

/** The outermost “…” spans of a Chinese text (the article nests “” inside its own quotes). */
function outerQuotes(zh: string): Array<{ start: number; end: number; text: string }> {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < zh.length; i++) {
    if (zh[i] === "“") {
      if (depth++ === 0) start = i;
    } else if (zh[i] === "”" && depth > 0 && --depth === 0) {
      spans.push({ start, end: i + 1, text: zh.slice(start + 1, i) });
    }
  }
  return spans;
}
/** A Chinese text with its quotes taken out: what it says in its own words. */
const ownWords = (zh: string) => outerQuotes(zh).reduceRight((s, q) => s.slice(0, q.start) + "“”" + s.slice(q.end), zh);

const ZH_ATTRIBUTION = "文章说：“";
const EN_ATTRIBUTION = /the article says: "([^"]*)"/gi;
/** The article's words quoted in a text, zh and en in order: 文章说：“…” and the article says: "…". */
function attributions(t: SourcedText): Array<{ zh: string; en: string | undefined }> {
  const zh = outerQuotes(t.zh)
    .filter((q) => t.zh.slice(0, q.start + 1).endsWith(ZH_ATTRIBUTION))
    .map((q) => q.text);
  const en = [...t.en.matchAll(EN_ATTRIBUTION)].map((m) => m[1]!);
  return zh.map((z, i) => ({ zh: z, en: en[i] }));
}

/**
 * Why the English for the article's words `zh` is not the catalog's, or null when it is: the
 * catalog text with the same words gives the English whole; a sentence inside a longer catalog
 * text has its English inside that text's English.
 */
function notTheCatalogs(zh: string, en: string): string | null {
  const same = reference.filter((r) => bare(r.zh) === bare(zh));
  if (same.length) {
    const wrong = same.filter((r) => bare(r.en) !== bare(en));
    return wrong.length ? `"${en}" is not the catalog's "${wrong[0]!.en}" (${wrong[0]!.where})` : null;
  }
  const within = reference.filter((r) => r.zh.includes(bare(zh)));
  if (!within.length) return `no catalog text renders ${zh}`;
  const wrong = within.filter((r) => !ciIncludes(r.en, bare(en)));
  return wrong.length ? `"${en}" is not in the catalog's "${wrong[0]!.en}" (${wrong[0]!.where})` : null;
}

/** A term's English as the catalog gives it, without the article's quote marks and a leading "the". */
const core = (en: string) => bare(en).replace(/^the /i, "").replace(/^'(.*)'$/u, "$1");

describe("plans and next steps say what the article says", () => {
  it("reads every text of the plans and the next steps, and the catalog's", () => {
    expect(ours.length).toBeGreaterThan(100);
    expect(claimedByUs.length).toBeGreaterThan(0);
    expect(reference.length).toBeGreaterThan(250);
    expect(traits.length).toBeGreaterThan(0);
  });

  it("quotes the article verbatim in every text marked as the article's, and everywhere in “”", () => {
    expect(claimedByUs.filter((t) => !isVerbatim(t.zh)).map(show)).toEqual([]);
    const quotes = ours.flatMap((t) => outerQuotes(t.zh).map((q) => ({ where: t.where, quote: q.text })));
    expect(quotes.length).toBeGreaterThan(20);
    expect(quotes.filter((q) => !article.includes(q.quote)).map((q) => `${q.where}: “${q.quote}”`)).toEqual([]);
  });

  it("marks as added every text that is not the article's words, and only those", () => {
    expect(addedByUs.filter((t) => isVerbatim(t.zh)).map(show)).toEqual([]);
    // A text marked as the article's is its words alone, with no "the article says" around them.
    expect(claimedByUs.filter((t) => t.zh.includes("文章") || /the article/i.test(t.en)).map(show)).toEqual([]);
  });

  it("says what the article says only as an open quote: 文章说：“…” / the article says: \"…\"", () => {
    const problems: string[] = [];
    for (const t of ours) {
      const zhMentions = t.zh.split("文章").length - 1;
      const zhQuotes = t.zh.split(ZH_ATTRIBUTION).length - 1;
      const enMentions = t.en.match(/\bthe article\b/gi)?.length ?? 0;
      const enQuotes = t.en.match(EN_ATTRIBUTION)?.length ?? 0;
      if (zhMentions !== zhQuotes) problems.push(`${t.where}: zh names the article without quoting it: ${t.zh}`);
      if (enMentions !== enQuotes) problems.push(`${t.where}: en names the article without quoting it: ${t.en}`);
      if (zhQuotes !== enQuotes) problems.push(`${t.where}: ${zhQuotes} quotes in zh, ${enQuotes} in en`);
    }
    expect(problems).toEqual([]);
  });

  it("never copies an article sentence without quoting it", () => {
    // The article's sentences and the clauses its colons and semicolons set apart.
    const sentences = article
      .split(/[。！？：；\n]/u)
      .map((s) => s.replace(/^[-#\d.\s]+/u, "").trim())
      .filter((s) => [...s].length >= 15);
    const problems = addedByUs.flatMap((t) => sentences.filter((s) => ownWords(t.zh).includes(s)).map((s) => `${t.where}: ${s}`));
    expect(problems).toEqual([]);
  });

  it("gives the article's words the catalog's English, in texts of their own and in quotes", () => {
    const problems: string[] = [];
    for (const t of claimedByUs) {
      const why = notTheCatalogs(t.zh, t.en);
      if (why) problems.push(`${t.where}: ${why}`);
    }
    const pairs = ours.flatMap((t) => attributions(t).map((a) => ({ where: t.where, ...a })));
    expect(pairs.length).toBeGreaterThan(10);
    for (const p of pairs) {
      const why = p.en === undefined ? "no English quote" : notTheCatalogs(p.zh, p.en);
      if (why) problems.push(`${p.where}: ${why}`);
    }
    // A quoted term the catalog renders on its own (读论文, “钟表匠”) keeps the catalog's English.
    for (const t of ours) {
      for (const q of outerQuotes(t.zh)) {
        for (const r of reference.filter((r) => bare(r.zh).replace(/^“(.*)”$/u, "$1") === bare(q.text))) {
          if (!ciIncludes(t.en, core(r.en))) problems.push(`${t.where}: “${q.text}” is not rendered "${core(r.en)}" (${r.where})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives the same zh one English across plans, next steps and the catalog", () => {
    const quoted = ours.flatMap((t) => attributions(t).map((a) => ({ where: `${t.where} (quote)`, zh: a.zh, en: a.en ?? "", source: undefined })));
    const byZh = new Map<string, Map<string, string>>();
    for (const t of [...reference, ...ours, ...quoted]) {
      const ens = byZh.get(bare(t.zh)) ?? new Map<string, string>();
      ens.set(bare(t.en), ens.get(bare(t.en)) ?? t.where);
      byZh.set(bare(t.zh), ens);
    }
    const split = [...byZh].filter(([, ens]) => ens.size > 1).map(([zh, ens]) => `${zh} → ${[...ens].map(([en, where]) => `${en} (${where})`).join(" | ")}`);
    expect(split).toEqual([]);
  });

  it("keeps the catalog's English for the article's figures of speech and product names", () => {
    const rules: Array<[zh: string, en: RegExp]> = [
      ["天花板", /the pinnacle/],
      ["钉钉", /DingTalk/],
      ["飞书", /Feishu/],
      ["显卡", /GPU/],
      ["断点续传", /checkpoint-and-resume/i],
      ["包场", /almost entirely taken by/],
      ["降维打击", /an unfair advantage/],
    ];
    const problems: string[] = [];
    for (const t of ours) for (const [zh, en] of rules) if (t.zh.includes(zh) && !en.test(t.en)) problems.push(`${t.where}: ${zh} → ${t.en}`);
    expect(problems).toEqual([]);
    // A barrier is crossed (跨过, 迈过), not climbed.
    expect(ours.filter((t) => /攀登/u.test(t.zh) || /\bclimb/i.test(t.en)).map(show)).toEqual([]);
  });

  it("points every experiment at one of its direction's daily-work items, or at none", () => {
    for (const d of catalog.directions) {
      const titles = d.dailyWork.map((w) => w.title.zh);
      for (const e of plans.experiments[d.id]) if (e.tries !== null) expect(titles, `${d.id}/${e.id}`).toContain(e.tries);
    }
  });
});

describe("plans and next steps read well in both languages", () => {
  it("has no Chinese in any English text: no Han, no CJK punctuation, no full-width forms", () => {
    expect(ours.filter((t) => CJK.test(t.en)).map((t) => `${t.where}: ${t.en}`)).toEqual([]);
  });

  it("punctuates Chinese the Chinese way: no half-width : ; , ! ? right after a Chinese character", () => {
    expect(ours.filter((t) => HALF_WIDTH_AFTER_HAN.test(t.zh)).map(show)).toEqual([]);
  });

  it("spaces Latin and Chinese apart in its own words (vLLM 推理, not vLLM推理)", () => {
    expect(addedByUs.filter((t) => LATIN_TOUCHING_HAN.test(ownWords(t.zh))).map(show)).toEqual([]);
  });

  it("asks the person to learn or do something, never to decide what to want", () => {
    const DECIDE_EN = /^(decide|make up your mind|be honest about|face the)\b/i;
    const DECIDE_ZH = /^(想清楚|先正视|诚实评估)|下定决心/u;
    const learning = Object.entries(plans.learning).flatMap(([trait, items]) => items.map((item, i) => ({ where: `learning.${trait}[${i}]`, ...item.text, source: item.source })));
    const steps = ours.filter((t) => t.where.startsWith("next-steps."));
    expect([...learning, ...steps].filter((t) => DECIDE_EN.test(t.en) || DECIDE_ZH.test(t.zh)).map(show)).toEqual([]);
  });
});

describe("plans and next steps name the tools people use now", () => {
  const both = (t: SourcedText) => `${t.zh}\n${t.en}`;

  it("does not recommend the unmaintained AutoGPTQ or AutoAWQ (llm-compressor and GPTQModel replace them)", () => {
    const OLD = /AutoGPTQ|AutoAWQ/i;
    const SAID_OLD = /unmaintained|no longer maintained|deprecated|不再维护|停止维护/iu;
    expect(ours.filter((t) => OLD.test(both(t)) && !SAID_OLD.test(both(t))).map(show)).toEqual([]);
  });

  it("does not offer TVM as the deep-learning compiler to learn (Triton, torch.compile)", () => {
    expect(ours.filter((t) => /\bTVM\b/.test(both(t))).map(show)).toEqual([]);
  });

  it("does not tell people to turn on what vLLM already does by default", () => {
    const EN = /\b(enable|enabling|turn on|turning on|switch on|activate)\b[^.;]{0,40}\b(prefix caching|chunked prefill)/i;
    const ZH = /(?<!默认)(开启|打开|启用)[^。；，]{0,10}(前缀缓存|分块预填充)/u;
    expect(ours.filter((t) => EN.test(t.en) || ZH.test(t.zh)).map(show)).toEqual([]);
    // Where prefix caching comes up, it is as a default.
    const named = ours.filter((t) => /prefix caching/i.test(t.en));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((t) => !/by default/i.test(t.en) || !t.zh.includes("默认")).map(show)).toEqual([]);
  });

  it("names SGLang beside vLLM, and the current baselines for JSON output, agents and evaluation", () => {
    expect(ours.filter((t) => /vLLM/.test(both(t)) && !/SGLang/.test(both(t))).map(show)).toEqual([]);
    const all = ours.map(both).join("\n");
    for (const name of ["structured output", "function calling", "MCP", "lm-evaluation-harness", "OpenCompass", "Inspect", "promptfoo", "garak", "PyRIT", "RAGAS", "Triton", "torch.compile", "llm-compressor", "GPTQModel"]) {
      expect(all, name).toContain(name);
    }
  });
});
