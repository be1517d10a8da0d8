// Validates everything under data/ against the zod schemas and the cross-reference checks.
// Used by the build (tsup.config.ts) and the tests; the CLI itself trusts the embedded data.
import { rawCatalog } from "./catalog/data.js";
import { Catalog } from "./catalog/schema.js";
import { catalogProblems } from "./catalog/validate.js";
import { rawAdvisorData, resolveCitation } from "./advisor/data.js";
import { FitModelData, NextSteps, Plans, Questionnaire, TraitList } from "./advisor/schema.js";
import { rawLexicon } from "./advisor/lexicon.js";
import { Lexicon } from "./advisor/lexicon-schema.js";
import { lexiconProblems } from "./advisor/lexicon-validate.js";
import type * as z from "zod";

function issues(name: string, schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${name}.${i.path.join(".")}: ${i.message}`);
}

/**
 * Cross-references: trait ids used by the fit model and the questionnaire that traits.json does
 * not define, citations that name no catalog text, abilities with nothing to learn.
 */
function advisorProblems(catalog: z.infer<typeof Catalog>): string[] {
  const traitList = rawAdvisorData.traits as Array<{ id: string; kind: string }>;
  const traits = new Set(traitList.map((t) => t.id));
  const abilities = traitList.filter((t) => t.kind === "ability").map((t) => t.id);
  const problems: string[] = [];
  const model = rawAdvisorData.fitModel as z.infer<typeof FitModelData>;
  for (const [direction, { criteria }] of Object.entries(model.directions)) {
    for (const c of criteria) {
      if (!traits.has(c.trait)) problems.push(`fit-model.${direction}: unknown trait "${c.trait}"`);
      try {
        resolveCitation(catalog, direction as keyof typeof model.directions, c.cite);
      } catch (e) {
        problems.push(`fit-model.${direction}.${c.trait}: the citation does not resolve: ${(e as Error).message}`);
      }
    }
  }
  const questionnaire = rawAdvisorData.questionnaire as z.infer<typeof Questionnaire>;
  for (const q of questionnaire.questions) {
    const choices = q.kind === "scale" ? q.levels : q.options;
    for (const choice of choices) {
      for (const trait of Object.keys(choice.evidence)) if (!traits.has(trait)) problems.push(`questionnaire.${q.id}: unknown trait "${trait}"`);
    }
  }
  const plans = rawAdvisorData.plans as z.infer<typeof Plans>;
  const skills = new Set((rawCatalog as { skills: Array<{ id: string }> }).skills.map((s) => s.id));
  // A plan teaches abilities only; a wish is never something to acquire, so it needs nothing to learn.
  for (const trait of abilities) if (!plans.learning[trait]) problems.push(`plans.learning: nothing to learn for trait "${trait}"`);
  for (const trait of abilities) if (!plans.effort.weeks[trait]) problems.push(`plans.effort: no estimate for trait "${trait}"`);
  for (const [trait, [low, high]] of Object.entries(plans.effort.weeks)) {
    if (!abilities.includes(trait)) problems.push(`plans.effort: "${trait}" is not an ability`);
    if (low > high) problems.push(`plans.effort.${trait}: ${low} weeks is more than ${high}`);
  }
  for (const [trait, items] of Object.entries(plans.learning)) {
    if (!traits.has(trait)) problems.push(`plans.learning: unknown trait "${trait}"`);
    for (const item of items) for (const s of item.skills) if (!skills.has(s)) problems.push(`plans.learning.${trait}: unknown skill "${s}"`);
  }
  for (const [direction, experiments] of Object.entries(plans.experiments)) {
    const wanted = new Set(model.directions[direction as keyof typeof model.directions].criteria.map((c) => c.trait));
    for (const e of experiments) for (const t of e.traits) if (!wanted.has(t)) problems.push(`plans.experiments.${direction}.${e.id}: "${t}" is not a criterion of ${direction}`);
  }
  return problems;
}

export function dataProblems(): string[] {
  const parsed = Catalog.safeParse(rawCatalog);
  const problems = parsed.success
    ? catalogProblems(parsed.data)
    : parsed.error.issues.map((i) => `catalog.${i.path.join(".")}: ${i.message}`);
  const shapes = [
    ...issues("traits", TraitList, rawAdvisorData.traits),
    ...issues("fit-model", FitModelData, rawAdvisorData.fitModel),
    ...issues("questionnaire", Questionnaire, rawAdvisorData.questionnaire),
    ...issues("next-steps", NextSteps, rawAdvisorData.nextSteps),
    ...issues("plans", Plans, rawAdvisorData.plans),
    ...issues("lexicon", Lexicon, rawLexicon),
  ];
  const crossChecks = shapes.length || !parsed.success ? [] : [...advisorProblems(parsed.data), ...lexiconProblems(rawLexicon as z.infer<typeof Lexicon>, rawAdvisorData.questionnaire as z.infer<typeof Questionnaire>, new Set(parsed.data.skills.map((s) => s.id)))];
  return [...problems, ...shapes, ...crossChecks];
}

export function assertDataValid(): void {
  const problems = dataProblems();
  if (problems.length) throw new Error(`data/ is invalid:\n${problems.map((p) => `  ${p}`).join("\n")}`);
}
