// Validates everything under data/ against the zod schemas and the cross-reference checks.
// Used by the build (tsup.config.ts) and the tests; the CLI itself trusts the embedded data.
import { rawCatalog } from "./catalog/data.js";
import { Catalog } from "./catalog/schema.js";
import { catalogProblems } from "./catalog/validate.js";
import { rawAdvisorData } from "./advisor/data.js";
import { FitModel, NextSteps, Questionnaire, TraitList } from "./advisor/schema.js";
import type * as z from "zod";

function issues(name: string, schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${name}.${i.path.join(".")}: ${i.message}`);
}

/** Trait ids used by the fit model and the questionnaire that traits.json does not define. */
function advisorProblems(): string[] {
  const traits = new Set((rawAdvisorData.traits as Array<{ id: string }>).map((t) => t.id));
  const problems: string[] = [];
  const model = rawAdvisorData.fitModel as z.infer<typeof FitModel>;
  for (const [direction, { criteria }] of Object.entries(model.directions)) {
    for (const c of criteria) if (!traits.has(c.trait)) problems.push(`fit-model.${direction}: unknown trait "${c.trait}"`);
  }
  const questionnaire = rawAdvisorData.questionnaire as z.infer<typeof Questionnaire>;
  for (const q of questionnaire.questions) {
    const choices = q.kind === "scale" ? q.levels : q.options;
    for (const choice of choices) {
      for (const trait of Object.keys(choice.evidence)) if (!traits.has(trait)) problems.push(`questionnaire.${q.id}: unknown trait "${trait}"`);
    }
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
    ...issues("fit-model", FitModel, rawAdvisorData.fitModel),
    ...issues("questionnaire", Questionnaire, rawAdvisorData.questionnaire),
    ...issues("next-steps", NextSteps, rawAdvisorData.nextSteps),
  ];
  return [...problems, ...shapes, ...(shapes.length ? [] : advisorProblems())];
}

export function assertDataValid(): void {
  const problems = dataProblems();
  if (problems.length) throw new Error(`data/ is invalid:\n${problems.map((p) => `  ${p}`).join("\n")}`);
}
