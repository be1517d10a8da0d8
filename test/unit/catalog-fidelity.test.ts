// The catalog says what the article says (issue 10, section 4): every Chinese text that claims to
// be the article's is the article's words verbatim, every text beyond it is marked as added, one
// article sentence has one English rendering everywhere, English carries no Chinese, and the 1–5
// barrier rank (which the article does not give) is marked as added wherever it is shown.
import { articlePlain as article, articleSource, isVerbatim } from "../helpers/article.js";
import { CJK, HALF_WIDTH_AFTER_HAN, LATIN_TOUCHING_HAN, sourcedTexts, type SourcedText } from "../helpers/texts.js";
import { describe, expect, it } from "vitest";
import { rawCatalog } from "../../src/catalog/data.js";
import { Catalog, type Lang } from "../../src/catalog/schema.js";
import { compareDirections, listDirections, showEntry } from "../../src/catalog/queries.js";
import { renderCompare, renderList, renderShow } from "../../src/render/browse.js";

const catalog = Catalog.parse(rawCatalog);

const all = sourcedTexts(rawCatalog);
const claimed = all.filter((t) => t.source !== "added");
const added = all.filter((t) => t.source === "added");
const show = (t: SourcedText) => `${t.where}: ${t.zh}`;

describe("catalog fidelity to the article", () => {
  it("reads the texts of the whole catalog", () => {
    expect(all.length).toBeGreaterThan(250);
    expect(added.length).toBeGreaterThan(0);
  });

  it("quotes the article verbatim in every zh text that does not say it is added", () => {
    expect(claimed.filter((t) => !isVerbatim(t.zh)).map(show)).toEqual([]);
  });

  it("marks as added only texts that are not the article's words (a verbatim quote is the article's)", () => {
    expect(added.filter((t) => isVerbatim(t.zh)).map(show)).toEqual([]);
  });

  it("marks every 1–5 barrier rank as added: the article ranks nothing", () => {
    for (const d of catalog.directions) expect(d.barrier.rankSource, d.id).toBe("added");
  });

  it("gives each barrier the article's wording whole, a part of the section's lead sentence", () => {
    for (const d of catalog.directions) {
      const b = d.barrier;
      // The lead opens the article's barrier section and is followed by its list.
      expect(article, d.id).toContain(`${b.lead.zh}：`);
      expect(`${b.lead.zh}${b.headline.zh}`, d.id).toContain(b.wording.zh);
      expect(`${b.lead.en} ${b.headline.en}`, d.id).toContain(b.wording.en);
    }
    const wording = (id: string) => catalog.directions.find((d) => d.id === id)!.barrier.wording.zh;
    expect(wording("applications")).toBe("相对“亲民”，但上限很高");
    expect(wording("safety")).toBe("相对适中，但需要一种非常特殊的敏感度");
    expect(wording("inference")).toContain("“中高”");
    expect(wording("inference")).toContain("因为它要求你做个双面手");
    expect(wording("data")).toBe("相对于前几个方向，这个方向对 AI 算法的要求没那么“变态”，但对工程经验要求极高");
    // 同样很高: "likewise high", after direction 1's 极高.
    const infra = catalog.directions.find((d) => d.id === "infrastructure")!;
    expect(infra.barrier.wording.zh).toContain("同样很高");
    expect(infra.barrier.sameAs).toBe("algorithms");
  });

  it("keeps each section's headline and the daily-work lead sentence as the article writes them", () => {
    for (const d of catalog.directions) {
      const { roles, dailyWork, fits } = d.sections;
      expect(article, d.id).toMatch(new RegExp(`### 1\\. 岗位画像：${escape(roles.headline.zh)}\\n`));
      expect(article, d.id).toMatch(new RegExp(`### 2\\. 做什么：${escape(dailyWork.headline.zh)}\\n`));
      expect(article, d.id).toMatch(new RegExp(`### 3\\. 门槛：${escape(d.barrier.headline.zh)}\\n`));
      expect(article, d.id).toMatch(new RegExp(`### 4\\. 适合人群：${escape(fits.headline.zh)}\\n`));
      expect(dailyWork.lead, d.id).not.toBeNull();
      expect(article, d.id).toContain(`${dailyWork.lead!.zh}：`);
    }
  });

  it("names the roles as the article heads them, parentheticals included", () => {
    const names = catalog.directions.flatMap((d) => d.roles.map((r) => r.name.zh));
    for (const name of [
      "预训练算法工程师 (Pre-training)",
      "微调工程师 (SFT - Supervised Fine-Tuning)",
      "强化学习工程师 (RLHF - 人类反馈强化学习)",
      "高性能计算（HPC）工程师",
      "提示词红队测试（Red Teaming）",
    ]) {
      expect(names).toContain(name);
    }
    // Each is the bold heading of its bullet: "- **<name>：**".
    for (const name of names) expect(articleSource, name).toContain(`- **${name}：**`);
  });

  it("gives one article sentence one English rendering: the same zh has the same en everywhere", () => {
    const byZh = new Map<string, Set<string>>();
    for (const t of all) byZh.set(t.zh, (byZh.get(t.zh) ?? new Set()).add(t.en));
    const split = [...byZh].filter(([, ens]) => ens.size > 1).map(([zh, ens]) => `${zh} → ${[...ens].join(" | ")}`);
    expect(split).toEqual([]);
  });

  it("renders a quoted sentence inside a longer text with the same English as on its own", () => {
    // A note that repeats a sentence of the verdict, a wording that is a clause of the lead…
    const sentences = claimed.filter((t) => [...t.zh].length >= 10);
    const problems: string[] = [];
    const bare = (s: string) => s.replace(/[。．.]$/u, "");
    for (const part of sentences) {
      for (const whole of claimed) {
        if (whole.zh === part.zh || !whole.zh.includes(bare(part.zh))) continue;
        const en = bare(part.en);
        const inWhole = whole.en.includes(en) || whole.en.includes(en[0]!.toLowerCase() + en.slice(1));
        if (!inWhole) problems.push(`${part.where} "${part.en}" is not in ${whole.where} "${whole.en}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has no Chinese in any English text: no Han, no CJK punctuation, no full-width forms", () => {
    expect(all.filter((t) => CJK.test(t.en)).map((t) => `${t.where}: ${t.en}`)).toEqual([]);
  });

  it("uses the agreed English for the article's figures of speech", () => {
    const rules: Array<[zh: string, en: RegExp]> = [
      ["天花板", /the pinnacle/],
      ["显卡", /GPU/],
      ["算子开发工程师", /^Kernel \(operator\) developer$/],
      ["断点续传", /checkpoint-and-resume/i],
      ["探索人类智能边界", /the frontiers of human intelligence/],
      ["黑科技", /clever tricks|advanced techniques/],
      ["降维打击", /an unfair advantage/],
      ["主战场", /where the action is|home turf/],
      ["包场", /almost entirely taken by/],
      ["钉钉", /DingTalk/],
      ["飞书", /Feishu/],
    ];
    const problems: string[] = [];
    for (const t of all) for (const [zh, en] of rules) if (t.zh.includes(zh) && !en.test(t.en)) problems.push(`${t.where}: ${zh} → ${t.en}`);
    expect(problems).toEqual([]);
    const banned = /black tech|higher dimension|main battlefield|booked out|graphics card|\bceiling\b.*pinnacle|casters? of/i;
    expect(all.filter((t) => banned.test(t.en)).map((t) => `${t.where}: ${t.en}`)).toEqual([]);
  });

  it("punctuates Chinese the Chinese way: no half-width : ; , ! ? right after a Chinese character", () => {
    expect(all.filter((t) => HALF_WIDTH_AFTER_HAN.test(t.zh)).map(show)).toEqual([]);
  });

  it("spaces Latin and Chinese apart in added texts, as the article does", () => {
    expect(added.filter((t) => LATIN_TOUCHING_HAN.test(t.zh)).map(show)).toEqual([]);
    const aliases = catalog.directions.flatMap((d) => [...d.aliases, ...d.roles.flatMap((r) => r.aliases)]);
    expect(aliases.filter((a) => LATIN_TOUCHING_HAN.test(a))).toEqual([]);
  });
});

describe("the browse views show what is added as added", () => {
  const ctx = (lang: Lang) => ({ lang, width: 200, colorLevel: 0 as const });
  const MARK = { zh: "（排名为", en: "(rank added" };

  it("puts the rank's mark next to every rank in list, show and compare, and rankSource in the JSON", () => {
    const list = listDirections(catalog);
    const compare = compareDirections(catalog, catalog.directions);
    for (const d of [...list.directions, ...compare.directions]) expect(d.barrier.rankSource, d.id).toBe("added");
    for (const lang of ["zh", "en"] as const) {
      const outputs = [
        renderList(list, ctx(lang)),
        renderCompare(compare, ctx(lang)),
        ...catalog.directions.map((direction) => renderShow(showEntry(catalog, { kind: "direction", direction }), ctx(lang))),
      ];
      for (const out of outputs) {
        const ranks = out.match(/\d\/5[^\n]{0,14}/gu) ?? [];
        expect(ranks.length, lang).toBeGreaterThan(0);
        for (const r of ranks) expect(r, lang).toContain(MARK[lang]);
      }
    }
  });

  it("shows infrastructure's 同样很高 with the direction it is like", () => {
    const infra = catalog.directions.find((d) => d.id === "infrastructure")!;
    const shown = showEntry(catalog, { kind: "direction", direction: infra });
    if (shown.kind !== "direction") throw new Error("not a direction");
    expect(shown.direction.barrier.sameAs?.id).toBe("algorithms");
    expect(renderShow(shown, ctx("zh"))).toContain("方向 1");
    expect(renderShow(shown, ctx("en"))).toContain("direction 1");
    const algorithms = catalog.directions.find((d) => d.id === "algorithms")!;
    expect(renderCompare(compareDirections(catalog, [algorithms, infra]), ctx("en"))).toContain("(like direction 1)");
    expect(renderCompare(compareDirections(catalog, [algorithms, infra]), ctx("zh"))).toContain("（同方向 1）");
  });

  it("shows the sections' headlines and leads, and marks added market notes and skill names", () => {
    for (const direction of catalog.directions) {
      const shown = showEntry(catalog, { kind: "direction", direction });
      for (const lang of ["zh", "en"] as const) {
        const out = renderShow(shown, ctx(lang)).replace(/\s+/g, "");
        const s = direction.sections;
        for (const text of [s.roles.headline, s.dailyWork.headline, s.fits.headline, direction.barrier.headline, direction.barrier.lead]) {
          expect(out, `${direction.id} ${lang}`).toContain(text[lang].replace(/\s+/g, ""));
        }
        for (const lead of [s.roles.lead, s.dailyWork.lead, s.fits.lead]) if (lead) expect(out).toContain(lead[lang].replace(/\s+/g, ""));
        for (const note of direction.marketNotes.filter((n) => n.source === "added")) {
          expect(out, `${direction.id} ${lang}`).toContain(`${note[lang]}${lang === "zh" ? "（文章之外的补充）" : " (added beyond the article)"}`.replace(/\s+/g, ""));
        }
      }
    }
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
