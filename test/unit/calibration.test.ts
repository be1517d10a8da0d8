// Calibration: people the article describes, answering as such a person plausibly would, must be
// advised the direction the article names for them. One persona per background in every
// direction's 适合人群 list (17), the three self-diagnosis types of the closing section, and one
// for every background the questionnaire offers beyond those lists (mobile, game engines and
// graphics, SRE, storage, communications and streaming media, TypeScript and Node, a second
// background...), each expected where the article line it cites puts such a person.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersArb } from "../helpers/arbitraries.js";
import { articleLines } from "../helpers/article.js";
import { advisor } from "../../src/advisor/advisor.js";
import { checkAnswers } from "../../src/advisor/answers.js";
import { rawAdvisorData } from "../../src/advisor/data.js";
import { FitModel, Questionnaire } from "../../src/advisor/schema.js";
import { collectEvidence, MET, rankDirections } from "../../src/advisor/score.js";
import { catalog } from "../../src/catalog/data.js";
import { barrierRankOf, recommend } from "../../src/advisor/recommend.js";
import { DIRECTION_IDS, type DirectionId } from "../../src/catalog/schema.js";
import personasJson from "../fixtures/personas.json";

interface Persona {
  id: string;
  /** "fits": a background of a 适合人群 list; "diagnosis": a self-diagnosis type; "added": a background beyond them. */
  kind: "fits" | "diagnosis" | "added";
  expect: { first: DirectionId } | { topTwo: [DirectionId, DirectionId] };
  cite: { line: number; quote: string };
  answers: Record<string, string | string[] | number>;
}
const personas = personasJson as Persona[];

// The fit model as the CLI assembles it (citations resolved), checked against its schema.
const model = FitModel.parse(advisor.fitModel);
const questionnaire = Questionnaire.parse(rawAdvisorData.questionnaire);

/** The backgrounds the article lists under each direction's 适合人群, by 1-based article line. */
const FIT_LINES: Record<DirectionId, number[]> = {
  algorithms: [76, 77, 78],
  infrastructure: [112, 113, 114],
  inference: [147, 148, 149],
  data: [182, 183],
  applications: [217, 218, 219],
  safety: [253, 254, 255],
};
/** The self-diagnosis: 数学脑, 底层控, 产品控. */
const DIAGNOSIS_LINES = [269, 270, 271];

function rank(p: Persona) {
  const checked = checkAnswers(questionnaire, { answers: p.answers });
  if (!checked.ok) throw new Error(`${p.id}: ${JSON.stringify(checked.problems)}`);
  return rankDirections(model, collectEvidence(questionnaire, checked.answers), barrierRankOf(catalog), DIRECTION_IDS);
}

describe("calibration personas", () => {
  it("has one persona for every background the article lists (17) and for each self-diagnosis type", () => {
    // Derive the list from the article itself: the bullets under each "适合人群" heading.
    const derived: number[] = [];
    let inFits = false;
    articleLines.forEach((line, i) => {
      if (/^#{2,3} /.test(line)) inFits = line.includes("适合人群");
      else if (inFits && line.startsWith("- ")) derived.push(i + 1);
    });
    const all = Object.values(FIT_LINES).flat();
    expect(derived).toEqual(all);
    expect(all).toHaveLength(17);

    const fits = personas.filter((p) => p.kind === "fits");
    for (const d of DIRECTION_IDS) {
      for (const line of FIT_LINES[d]) {
        const matching = fits.filter((p) => p.cite.line === line);
        expect(matching, `line ${line}`).toHaveLength(1);
        expect(matching[0]!.expect, `line ${line}`).toEqual({ first: d });
      }
    }
    expect(fits).toHaveLength(17);
    const diagnosis = personas.filter((p) => p.kind === "diagnosis");
    for (const line of DIAGNOSIS_LINES) {
      expect(diagnosis.filter((p) => p.cite.line === line), `line ${line}`).toHaveLength(1);
    }
    expect(diagnosis).toHaveLength(3);
    expect(new Set(personas.map((p) => p.id)).size).toBe(personas.length);
  });

  it("has a persona for every background the questionnaire offers, and for a second background", () => {
    const background = questionnaire.questions.find((q) => q.id === "background")!;
    if (background.kind === "scale") throw new Error("background is a choice");
    const used = new Set(personas.map((p) => p.answers.background));
    expect(background.options.map((o) => o.id).filter((id) => !used.has(id))).toEqual([]);
    expect(personas.filter((p) => typeof p.answers["second-background"] === "string" && p.answers["second-background"] !== "none").length).toBeGreaterThanOrEqual(2);
  });

  it("tells a big-data developer that the scale the article asks of data is met (互联网大厂的搜索、推荐系统背后的数据开发)", () => {
    // Whatever the largest system they name, the background is the article's "almost seamless" fit.
    const bigData = personas.filter((p) => p.answers.background === "big-data");
    expect(bigData.length).toBeGreaterThanOrEqual(2);
    expect(bigData.some((p) => p.answers.scale !== "petabyte-data")).toBe(true);
    for (const p of bigData) {
      const checked = checkAnswers(questionnaire, { answers: p.answers });
      if (!checked.ok) throw new Error(p.id);
      expect(collectEvidence(questionnaire, checked.answers).get("large-scale-experience")?.value ?? 0, p.id).toBeGreaterThanOrEqual(MET);
    }
  });

  it.each(personas.map((p) => [p.id, p] as const))("%s", (_id, p) => {
    // The cite: the article's line says what the persona is.
    expect(articleLines[p.cite.line - 1], `article line ${p.cite.line}`).toContain(p.cite.quote);

    // Realistic, not maximal: most questions answered, and not every option of a multi choice.
    expect(Object.keys(p.answers).length).toBeGreaterThanOrEqual(10);
    for (const q of questionnaire.questions) {
      const a = p.answers[q.id];
      if (q.kind === "multi" && Array.isArray(a)) expect(a.length, q.id).toBeLessThan(q.options.length - 1);
    }
    const ranked = rank(p);
    const order = ranked.map((r) => r.direction);
    const summary = ranked.map((r) => `${r.direction} ${r.score.toFixed(1)}`).join(", ");

    if ("first" in p.expect) {
      expect(order[0], summary).toBe(p.expect.first);
      // Clear winner: a good fit scores well, and is not a coin toss against the runner-up.
      expect(ranked[0]!.score, summary).toBeGreaterThanOrEqual(30);
      expect(ranked[0]!.score - ranked[1]!.score, summary).toBeGreaterThanOrEqual(3);
    } else {
      expect([...order.slice(0, 2)].sort(), summary).toEqual([...p.expect.topTwo].sort());
      expect(ranked[1]!.score - ranked[2]!.score, summary).toBeGreaterThanOrEqual(3);
    }
    // Whatever the fit, the directions far from the person stay low.
    expect(ranked[ranked.length - 1]!.score, summary).toBeLessThan(35);
  });
});

// The stretch label, checked against the article's own people and an oracle that restates the rule
// here from the fit model's data (using score.ts's evidence and scores, which other tests check):
// a stretch is a barrier rank ≥ the fit model's minRank, of whose ability criteria (the barrier
// section's, weighted) the answers show less than minBarrierCoverage, with a fit under 30.
describe("stretch", () => {
  const abilities = new Set((rawAdvisorData.traits as Array<{ id: string; kind: string }>).filter((t) => t.kind === "ability").map((t) => t.id));
  const stretchOracle = (answers: Record<string, unknown>) => {
    const checked = checkAnswers(questionnaire, { answers });
    if (!checked.ok) throw new Error("invalid answers");
    const evidence = collectEvidence(questionnaire, checked.answers);
    const ranked = rankDirections(advisor.fitModel, evidence, barrierRankOf(catalog), DIRECTION_IDS);
    return new Map(
      ranked.map((r) => {
        const barrier = advisor.fitModel.directions[r.direction].criteria.filter((c) => c.cite.section === "barrier" && abilities.has(c.trait));
        const total = barrier.reduce((sum, c) => sum + c.weight, 0);
        const shown = barrier.reduce((sum, c) => sum + c.weight * (evidence.get(c.trait)?.value ?? 0), 0);
        const rankOf = catalog.directions.find((d) => d.id === r.direction)!.barrier.rank;
        const flag = rankOf >= advisor.fitModel.stretch.minRank && (total === 0 ? 1 : shown / total) < advisor.fitModel.stretch.minBarrierCoverage && Math.round(r.score * 10) / 10 < 30;
        return [r.direction, flag] as const;
      }),
    );
  };
  const shownStretch = (answers: Record<string, unknown>) => {
    const checked = checkAnswers(questionnaire, { answers });
    if (!checked.ok) throw new Error("invalid answers");
    return new Map(recommend(advisor, checked.answers).ranking.map((r) => [r.direction, r.stretch] as const));
  };

  it("never marks the direction the article sends a person to", () => {
    for (const p of personas) {
      const shown = shownStretch(p.answers);
      const named = "first" in p.expect ? [p.expect.first] : p.expect.topTwo;
      for (const d of named) expect(shown.get(d), `${p.id}: ${d}`).toBe(false);
      expect(shown, p.id).toEqual(stretchOracle(p.answers));
    }
  });

  it("agrees with the oracle on random answers, and at the boundaries (coverage exactly 0.5)", () => {
    fc.assert(
      fc.property(answersArb(3), (answers) => {
        const raw = Object.fromEntries(answers);
        expect(shownStretch(raw)).toEqual(stretchOracle(raw));
      }),
      { numRuns: 300 },
    );
    // Found by search: algorithms' barrier abilities at exactly half, its fit under 30 — not a
    // stretch, since "less than half" is what the rule says.
    const half = {
      interests: ["derive-formulas", "tune-network", "bug-hunting"],
      "systems-skills": ["rdma", "network-stack", "parallel", "distributed-services"],
      tools: ["etl", "security-tools"],
      research: [],
      scale: "large",
      goal: "not-sure",
      barrier: 1,
      performance: 3,
      "data-care": 2,
      "learning-speed": 4,
    };
    const checked = checkAnswers(questionnaire, { answers: half });
    if (!checked.ok) throw new Error("invalid");
    const algorithms = recommend(advisor, checked.answers).ranking.find((r) => r.direction === "algorithms")!;
    expect(algorithms.barrierCoverage).toBe(0.5);
    expect(algorithms.score).toBeLessThan(30);
    expect(algorithms.stretch).toBe(false);
    expect(stretchOracle(half).get("algorithms")).toBe(false);
  });

  it("marks a high barrier whose abilities are missing, even when another direction's barrier is met", () => {
    // Good maths meets the algorithms barrier; it says nothing of the kernel, networks or CUDA.
    const shown = shownStretch({ math: 4 });
    expect(shown.get("algorithms")).toBe(false);
    for (const d of ["infrastructure", "inference"] as const) expect(shown.get(d), d).toBe(true);
    // A low barrier is never a stretch, whatever is missing.
    expect(shown.get("applications")).toBe(false);
    expect(shown.get("safety")).toBe(false);
  });
});

