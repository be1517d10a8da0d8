// The embedded advisor data, trusted without parsing at run time: validated against the zod
// schemas by the build (tsup.config.ts) and the tests. The fit model's citations name catalog
// texts; resolveFitModel turns them into the catalog's words (zh and its one English rendering)
// when the advisor is assembled, so an article sentence is never translated twice.
import traits from "../../data/advisor/traits.json";
import fitModel from "../../data/advisor/fit-model.json";
import questionnaire from "../../data/advisor/questionnaire.json";
import nextSteps from "../../data/advisor/next-steps.json";
import plans from "../../data/advisor/plans.json";
import type { Catalog, DirectionId, LocalizedText } from "../catalog/schema.js";
import type { Citation, CitationRef, CitedSection, FitModel, FitModelData, NextStep, Plans, Questionnaire, Trait } from "./schema.js";

export const rawAdvisorData: { traits: unknown; fitModel: unknown; questionnaire: unknown; nextSteps: unknown; plans: unknown } = {
  traits,
  fitModel,
  questionnaire,
  nextSteps,
  plans,
};

export const advisorData = rawAdvisorData as {
  traits: Trait[];
  fitModel: FitModelData;
  questionnaire: Questionnaire;
  nextSteps: Record<DirectionId, NextStep[]>;
  plans: Plans;
};

/** The catalog texts a criterion may cite, by path, and the section each belongs to. */
const SECTIONS: ReadonlyArray<readonly [RegExp, CitedSection]> = [
  [/^introduction\[\d+\]$/, "introduction"],
  [/^roles\[\d+\]\.(name|summary)$/, "roles"],
  [/^dailyWork\[\d+\]\.(title|detail)$/, "dailyWork"],
  [/^barrier\.(lead|headline|reasons\[\d+\]\.(title|detail))$/, "barrier"],
  [/^fits\[\d+\]\.(title|detail)$/, "fits"],
  [/^verdict$/, "verdict"],
  [/^framing\.diagnosis\.types\[\d+\]\.description$/, "diagnosis"],
  [/^framing\.advice\[\d+\]\.detail$/, "outlook"],
];

/** The section a citable path belongs to, or undefined for a path that may not be cited. */
export const sectionOfPath = (path: string): CitedSection | undefined => SECTIONS.find(([re]) => re.test(path))?.[1];

/** The {zh, en} text at a path ("barrier.reasons[1].detail") under `root`, or undefined. */
function textAt(root: unknown, path: string): LocalizedText | undefined {
  let node: unknown = root;
  for (const part of path.split(".")) {
    const m = /^([a-zA-Z]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[m[1]!];
    if (m[2] !== undefined) node = Array.isArray(node) ? node[Number(m[2])] : undefined;
  }
  const t = node as Partial<LocalizedText> | undefined;
  return t && typeof t.zh === "string" && typeof t.en === "string" ? { zh: t.zh, en: t.en } : undefined;
}

/**
 * A text's sentences: Chinese ends one at 。！？ (and a closing quote after it), English at . ! ?
 * (and a closing quote) followed by a space. Only a text whose two languages have as many
 * sentences may be cited by sentence.
 */
export function sentencesOf(text: LocalizedText): { zh: string[]; en: string[] } {
  const zh = text.zh.split(/(?<=[。！？][”’」』）]?)(?![”’」』）])/u).map((s) => s.trim()).filter(Boolean);
  const en = text.en.split(/(?<=[.!?]['’"”)]?)\s+/u).map((s) => s.trim()).filter(Boolean);
  return { zh, en };
}

/** The citation a reference names in a direction's catalog entry; throws, saying why, if it names none. */
export function resolveCitation(catalog: Catalog, direction: DirectionId, ref: CitationRef): Citation {
  const section = sectionOfPath(ref.text);
  if (!section) throw new Error(`"${ref.text}" is not a text a criterion can cite`);
  const root = ref.text.startsWith("framing.") ? catalog : catalog.directions.find((d) => d.id === direction);
  const text = textAt(root, ref.text);
  if (!text) throw new Error(`the catalog has no text at ${ref.text.startsWith("framing.") ? "" : `${direction}.`}${ref.text}`);
  if (ref.sentence === undefined) return { section, quote: text };
  const { zh, en } = sentencesOf(text);
  if (zh.length !== en.length) {
    throw new Error(`${ref.text} has ${zh.length} Chinese and ${en.length} English sentences, so it can be cited only whole`);
  }
  if (ref.sentence > zh.length) throw new Error(`${ref.text} has ${zh.length} sentence(s), not ${ref.sentence}`);
  if (zh.length === 1) throw new Error(`${ref.text} is one sentence: cite it whole`);
  return { section, quote: { zh: zh[ref.sentence - 1]!, en: en[ref.sentence - 1]! } };
}

/** The fit model with every citation resolved to the catalog's words (a few dozen lookups). */
export function resolveFitModel(catalog: Catalog, data: FitModelData): FitModel {
  const directions = Object.fromEntries(
    (Object.entries(data.directions) as Array<[DirectionId, FitModelData["directions"][DirectionId]]>).map(([id, { criteria }]) => [
      id,
      { criteria: criteria.map((c) => ({ trait: c.trait, weight: c.weight, cite: resolveCitation(catalog, id, c.cite) })) },
    ]),
  ) as FitModel["directions"];
  return { ...data, directions };
}
