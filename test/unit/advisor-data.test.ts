// The advisor's data: the trait vocabulary, the fit model, the questionnaire and the next steps.
// Parsed through the zod schemas, then checked against each other and against the article the
// model cites, so that every weight can be traced to the article's own words.
import { describe, expect, it } from "vitest";
import { articlePlain as article } from "../helpers/article.js";
import { localizedTexts } from "../helpers/texts.js";
import { advisor } from "../../src/advisor/advisor.js";
import { rawAdvisorData, resolveCitation, resolveFitModel, sentencesOf } from "../../src/advisor/data.js";
import { dataProblems } from "../../src/validate-data.js";
import { FitModel, FitModelData, NextSteps, Questionnaire, TraitList } from "../../src/advisor/schema.js";
import { rawCatalog } from "../../src/catalog/data.js";
import { Catalog, DIRECTION_IDS } from "../../src/catalog/schema.js";

const traits = TraitList.parse(rawAdvisorData.traits);
const catalog = Catalog.parse(rawCatalog);
const modelData = FitModelData.parse(rawAdvisorData.fitModel);
/** The fit model as the advisor uses it: each citation resolved to the catalog's words. */
const model = FitModel.parse(resolveFitModel(catalog, modelData));
const questionnaire = Questionnaire.parse(rawAdvisorData.questionnaire);
const nextSteps = NextSteps.parse(rawAdvisorData.nextSteps);

const traitIds = new Set(traits.map((t) => t.id));
const criteria = DIRECTION_IDS.flatMap((d) => model.directions[d].criteria.map((c) => ({ direction: d, ...c })));
/** Every answer's evidence: options of single/multi questions and levels of scales. */
const answerEvidence = questionnaire.questions.flatMap((q) =>
  (q.kind === "scale" ? q.levels.map((l) => ({ id: String(l.value), evidence: l.evidence })) : q.options).map((a) => ({
    question: q.id,
    choice: a.id,
    evidence: a.evidence,
  })),
);


const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe("advisor data", () => {
  it("gives every text in both languages, English without Chinese characters", () => {
    const texts = localizedTexts([traits, model, questionnaire, nextSteps]);
    expect(texts.length).toBeGreaterThan(200);
    for (const t of texts) {
      expect(t.en, JSON.stringify(t)).not.toMatch(CJK);
      if (t.zh.length > 12) expect(t.zh, JSON.stringify(t)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  describe("traits", () => {
    it("has a vocabulary of 20-28 unique traits", () => {
      expect(traits.length).toBeGreaterThanOrEqual(20);
      expect(traits.length).toBeLessThanOrEqual(28);
      expect(traitIds.size).toBe(traits.length);
    });

    it("covers what the article says decides fit", () => {
      for (const id of [
        "math-intuition", "paper-reading", "research-lab", "distributed-systems", "kernel-cpp", "gpu-cuda",
        "network-rdma", "compiler-cache", "performance-squeezing", "hpc-parallel", "big-data-pipelines",
        "data-tidiness", "backend-fullstack", "llm-app-frameworks", "product-sense", "fast-learning",
        "adversarial-mindset", "test-qa", "regulation-ethics", "large-scale-experience",
        "goal-fast-job", "goal-deep-moat", "goal-research", "goal-own-product", "goal-on-device", "barrier-appetite",
      ]) {
        expect(traitIds.has(id), id).toBe(true);
      }
    });

    it("uses only known traits in criteria and evidence", () => {
      for (const c of criteria) expect(traitIds.has(c.trait), `${c.direction}: ${c.trait}`).toBe(true);
      for (const a of answerEvidence) {
        for (const t of Object.keys(a.evidence)) expect(traitIds.has(t), `${a.question}.${a.choice}: ${t}`).toBe(true);
      }
    });

    it("has every trait wanted by some criterion and given by some answer", () => {
      const wanted = new Set(criteria.map((c) => c.trait));
      const given = new Set(answerEvidence.flatMap((a) => Object.keys(a.evidence)));
      for (const id of traitIds) {
        expect(wanted.has(id), `no criterion wants ${id}`).toBe(true);
        expect(given.has(id), `no answer gives ${id}`).toBe(true);
      }
    });
  });

  describe("fit model", () => {
    it.each(DIRECTION_IDS)("%s has 4-10 criteria, one per trait, weights 1-5", (d) => {
      const cs = model.directions[d].criteria;
      expect(cs.length).toBeGreaterThanOrEqual(4);
      expect(cs.length).toBeLessThanOrEqual(10);
      expect(new Set(cs.map((c) => c.trait)).size).toBe(cs.length);
      for (const c of cs) {
        expect(c.weight).toBeGreaterThanOrEqual(1);
        expect(c.weight).toBeLessThanOrEqual(5);
      }
    });

    it.each(DIRECTION_IDS)("%s cites the article's barrier and its fits", (d) => {
      const sections = model.directions[d].criteria.map((c) => c.cite.section);
      expect(sections).toContain("barrier");
      expect(sections).toContain("fits");
    });

    it("quotes the article verbatim in every citation", () => {
      for (const c of criteria) expect(article.includes(c.cite.quote.zh), `${c.direction}/${c.trait}: ${c.cite.quote.zh}`).toBe(true);
    });

    it("quotes the catalog's texts, so that each article sentence has the catalog's one English rendering", () => {
      // Every {zh, en} of the catalog, and each sentence of one whose two languages have as many.
      const catalogTexts = localizedTexts(rawCatalog);
      const quotable = new Set<string>();
      for (const t of catalogTexts) {
        quotable.add(JSON.stringify([t.zh, t.en]));
        const { zh, en } = sentencesOf(t);
        if (zh.length === en.length) zh.forEach((s, i) => quotable.add(JSON.stringify([s, en[i]])));
      }
      for (const c of criteria) expect(quotable.has(JSON.stringify([c.cite.quote.zh, c.cite.quote.en])), `${c.direction}/${c.trait}: ${c.cite.quote.en}`).toBe(true);
      // The data names the text; it never carries a translation of its own.
      for (const d of DIRECTION_IDS) for (const c of modelData.directions[d].criteria) expect(Object.keys(c.cite).sort(), `${d}/${c.trait}`).not.toContain("quote");
      // And the advisor the CLI assembles cites exactly these.
      expect(advisor.fitModel).toEqual(model);
    });

    it("refuses, at build time, a citation that names no catalog text or a sentence the catalog does not split alike", () => {
      expect(dataProblems()).toEqual([]);
      const cite = (text: string, sentence?: number) => () => resolveCitation(catalog, "algorithms", sentence ? { text, sentence } : { text });
      expect(cite("barrier.reasons[9].detail")).toThrow(/no text at algorithms\.barrier\.reasons\[9\]\.detail/);
      expect(cite("aliases[0]")).toThrow(/not a text a criterion can cite/);
      expect(cite("marketNotes[0]")).toThrow(/not a text a criterion can cite/);
      // A text whose two languages split into different numbers of sentences is cited whole only.
      const uneven = { directions: [{ id: "algorithms", verdict: { zh: "第一句。第二句。", en: "One. Two. Three." } }] } as unknown as typeof catalog;
      expect(() => resolveCitation(uneven, "algorithms", { text: "verdict", sentence: 1 })).toThrow(/2 Chinese and 3 English sentences/);
      expect(resolveCitation(uneven, "algorithms", { text: "verdict" }).quote.en).toBe("One. Two. Three.");
      expect(sentencesOf({ zh: "他说：“好吗？”然后走了。", en: "He said: 'Fine?' Then he left." })).toEqual({ zh: ["他说：“好吗？”", "然后走了。"], en: ["He said: 'Fine?'", "Then he left."] });
      expect(cite("fits[0].detail", 1)).toThrow(/one sentence: cite it whole/);
      expect(cite("verdict", 4)).toThrow(/not 4/);
      expect(cite("framing.diagnosis.types[1].description", 1)().section).toBe("diagnosis");
    });

    it("cites, for each criterion, the passage that says it", () => {
      const quote = (d: (typeof DIRECTION_IDS)[number], trait: string) => model.directions[d].criteria.find((c) => c.trait === trait)?.cite;
      // The barrier line that names CUDA, not a line about splitting models over GPUs.
      expect(quote("infrastructure", "gpu-cuda")?.quote.zh).toContain("CUDA");
      expect(quote("infrastructure", "gpu-cuda")?.section).toBe("barrier");
      expect(quote("inference", "gpu-cuda")?.quote.zh).toContain("CUDA");
      // Data engineering is the steadiest path for someone with big-data experience, not a quick job.
      expect(quote("data", "goal-fast-job")).toBeUndefined();
      for (const c of criteria) expect(c.cite.quote.zh, `${c.direction}/${c.trait}`).not.toContain("最稳、最顺滑");
      // What the article supports: HPC for infrastructure (its role), performance as the verdicts say,
      // running models on phones and PCs for inference (跨平台部署).
      expect(quote("infrastructure", "hpc-parallel")?.quote.zh).toContain("高性能计算");
      expect(quote("infrastructure", "performance-squeezing")?.quote.zh).toContain("迷恋性能优化");
      expect(quote("inference", "performance-squeezing")?.quote.zh).toContain("慢了 0.1 秒");
      expect(quote("inference", "goal-on-device")?.quote.zh).toContain("智能手机上流畅运行");
      expect(quote("data", "large-scale-experience")?.quote.zh).toContain("互联网大厂的搜索、推荐系统背后的数据开发");
    });

    it("has sensible stretch and confidence thresholds", () => {
      expect(model.version).toBe(2);
      expect(model.stretch).toEqual({ minRank: 3, minBarrierCoverage: 0.5 });
      expect(model.confidence.minAnswered).toBeLessThanOrEqual(questionnaire.questions.length);
      expect(model.confidence.minTopScore).toBeLessThan(50);
    });
  });

  describe("questionnaire", () => {
    const questions = questionnaire.questions;
    const byId = new Map(questions.map((q) => [q.id, q]));

    it("has 12-20 questions with unique ids and known topics", () => {
      expect(questions.length).toBeGreaterThanOrEqual(12);
      expect(questions.length).toBeLessThanOrEqual(20);
      expect(byId.size).toBe(questions.length);
      const topics = new Set(questions.map((q) => q.topic));
      expect([...topics].sort()).toEqual(["background", "barrier", "education", "goal", "interests", "scale", "skills"]);
    });

    it("has unique option ids within each question", () => {
      for (const q of questions) {
        if (q.kind === "scale") continue;
        expect(new Set(q.options.map((o) => o.id)).size, q.id).toBe(q.options.length);
      }
    });

    it("asks for the background as one choice, with student and other", () => {
      const q = byId.get("background");
      expect(q?.kind).toBe("single");
      const ids = q && q.kind !== "scale" ? q.options.map((o) => o.id) : [];
      expect(ids).toContain("student");
      expect(ids).toContain("other");
      // One option for each background the article's 适合人群 lists name (17), plus student and other.
      expect(ids.length).toBeGreaterThanOrEqual(17);
    });

    it("asks what excites the person, with the article's self-diagnosis among the choices, one thing per option", () => {
      const q = byId.get("interests");
      expect(q?.kind).toBe("multi");
      const ids = q && q.kind !== "scale" ? q.options.map((o) => o.id) : [];
      for (const id of ["derive-formulas", "study-papers", "tinker-kernel", "tune-network", "squeeze-hardware", "users-praise", "tidy-data", "bug-hunting", "break-systems"]) {
        expect(ids, id).toContain(id);
      }
    });

    it("offers the backgrounds beyond the article's lists, and a second background that counts for less", () => {
      const first = byId.get("background")!;
      const second = byId.get("second-background")!;
      if (first.kind !== "single" || second.kind !== "single") throw new Error("backgrounds are single choices");
      for (const id of ["mobile", "game-graphics", "sre-ops", "storage", "comms-streaming", "backend-fullstack"]) expect(first.options.map((o) => o.id), id).toContain(id);
      expect(first.options.find((o) => o.id === "backend-fullstack")!.label.en).toMatch(/TypeScript\/Node\.js/);
      expect(second.measures).toBe("background");
      // The same options in the same order, plus "none"; each strength 0.6 of the first's.
      expect(second.options.map((o) => [o.id, o.label])).toEqual([...first.options.map((o) => [o.id, o.label]), ["none", second.options.at(-1)!.label]]);
      expect(second.options.at(-1)!.evidence).toEqual({});
      first.options.forEach((o, i) => {
        const weaker = Object.fromEntries(Object.entries(o.evidence).map(([t, v]) => [t, Math.round(v * 60) / 100]));
        expect(second.options[i]!.evidence, o.id).toEqual(weaker);
      });
    });

    it("asks one thing per question: papers read apart from papers reproduced, a degree apart from publishing", () => {
      for (const id of ["paper-habit", "paper-repro", "education", "research"]) expect(byId.has(id), id).toBe(true);
      const education = byId.get("education")!;
      if (education.kind === "scale") throw new Error("education is a choice");
      expect(education.options.map((o) => o.id)).toEqual(["no-degree", "bachelor", "master", "phd"]);
      for (const q of questions) {
        const labels = q.kind === "scale" ? q.levels.map((l) => l.label) : q.options.map((o) => o.label);
        for (const l of labels) expect(l.zh, `${q.id}: ${l.zh}`).not.toMatch(/或发表|或面向缓存|、调优网络协议|SQL 与 ETL/);
      }
    });

    it("lets every multiple choice say \"none\" in one way: an exclusive \"None of these\", last", () => {
      const multis = questions.filter((q) => q.kind === "multi");
      expect(multis.length).toBeGreaterThanOrEqual(4);
      for (const q of multis) {
        expect(q.options.filter((o) => o.exclusive).map((o) => o.id), q.id).toEqual(["none"]);
        expect(q.options.at(-1)!.id, q.id).toBe("none");
        expect(q.options.at(-1)!.label.en, q.id).toBe("None of these");
        expect(q.options.at(-1)!.evidence, q.id).toEqual({});
      }
    });

    it("writes Chinese the Chinese way: full-width punctuation, Latin spaced apart, 跨过 a 门槛", () => {
      const texts = localizedTexts([traits, questionnaire]);
      const HALF = /\p{Script=Han}[:;,!?()]|[()]\p{Script=Han}/u;
      const TIGHT = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;
      expect(texts.filter((t) => HALF.test(t.zh)).map((t) => t.zh)).toEqual([]);
      expect(texts.filter((t) => TIGHT.test(t.zh)).map((t) => t.zh)).toEqual([]);
      expect(texts.filter((t) => /攀登/.test(t.zh) || /\bclimb/i.test(t.en)).map((t) => t.zh)).toEqual([]);
      // The article's words keep the catalog's English: 探索人类智能边界.
      for (const t of texts.filter((x) => x.zh.includes("人类智能"))) expect(t.en).toContain("frontiers of human intelligence");
    });

    it("asks for the goal and for the barrier the person will take on", () => {
      expect(byId.get("goal")?.kind).toBe("single");
      expect(byId.get("barrier")?.kind).toBe("scale");
    });

    it("gives every scale the levels 1 to 5, each labelled", () => {
      const scales = questions.filter((q) => q.kind === "scale");
      expect(scales.length).toBeGreaterThanOrEqual(5);
      for (const q of scales) {
        expect(q.levels.map((l) => l.value), q.id).toEqual([1, 2, 3, 4, 5]);
      }
    });

    it("never lets a higher scale level give less evidence than a lower one", () => {
      for (const q of questions) {
        if (q.kind !== "scale") continue;
        const traitsHere = new Set(q.levels.flatMap((l) => Object.keys(l.evidence)));
        for (const t of traitsHere) {
          if (t === "goal-fast-job") continue; // the barrier scale's lowest level signals a wish for a quick way in
          const values = q.levels.map((l) => l.evidence[t] ?? 0);
          expect(values, `${q.id}/${t}`).toEqual([...values].sort((a, b) => a - b));
        }
      }
    });
  });

  describe("next steps", () => {
    it.each(DIRECTION_IDS)("%s has 2-4 first steps", (d) => {
      expect(nextSteps[d].length).toBeGreaterThanOrEqual(2);
      expect(nextSteps[d].length).toBeLessThanOrEqual(4);
    });
  });
});
