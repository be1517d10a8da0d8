// The advisor's data: the trait vocabulary, the fit model, the questionnaire and the next steps.
// Parsed through the zod schemas, then checked against each other and against the article the
// model cites, so that every weight can be traced to the article's own words.
import { describe, expect, it } from "vitest";
import { articlePlain as article } from "../helpers/article.js";
import { localizedTexts } from "../helpers/texts.js";
import { rawAdvisorData } from "../../src/advisor/data.js";
import { FitModel, NextSteps, Questionnaire, TraitList } from "../../src/advisor/schema.js";
import { DIRECTION_IDS } from "../../src/catalog/schema.js";

const traits = TraitList.parse(rawAdvisorData.traits);
const model = FitModel.parse(rawAdvisorData.fitModel);
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
    it("has a vocabulary of 20-27 unique traits", () => {
      expect(traits.length).toBeGreaterThanOrEqual(20);
      expect(traits.length).toBeLessThanOrEqual(27);
      expect(traitIds.size).toBe(traits.length);
    });

    it("covers what the article says decides fit", () => {
      for (const id of [
        "math-intuition", "paper-reading", "research-lab", "distributed-systems", "kernel-cpp", "gpu-cuda",
        "network-rdma", "compiler-cache", "performance-squeezing", "hpc-parallel", "big-data-pipelines",
        "data-tidiness", "backend-fullstack", "llm-app-frameworks", "product-sense", "fast-learning",
        "adversarial-mindset", "test-qa", "regulation-ethics", "large-scale-experience",
        "goal-fast-job", "goal-deep-moat", "goal-research", "goal-own-product", "barrier-appetite",
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
    it.each(DIRECTION_IDS)("%s has 4-9 criteria, one per trait, weights 1-5", (d) => {
      const cs = model.directions[d].criteria;
      expect(cs.length).toBeGreaterThanOrEqual(4);
      expect(cs.length).toBeLessThanOrEqual(9);
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

    it("has sensible stretch and confidence thresholds", () => {
      expect(model.version).toBe(1);
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

    it("asks what excites the person, with the article's self-diagnosis among the choices", () => {
      const q = byId.get("interests");
      expect(q?.kind).toBe("multi");
      const ids = q && q.kind !== "scale" ? q.options.map((o) => o.id) : [];
      for (const id of ["derive-formulas", "kernel-network", "squeeze-hardware", "users-praise", "tidy-data", "bug-hunting"]) {
        expect(ids, id).toContain(id);
      }
    });

    it("asks for the goal and for the barrier the person will climb", () => {
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
