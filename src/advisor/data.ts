// The embedded advisor data, trusted without parsing at run time: validated against the zod
// schemas by the build (tsup.config.ts) and the tests.
import traits from "../../data/advisor/traits.json";
import fitModel from "../../data/advisor/fit-model.json";
import questionnaire from "../../data/advisor/questionnaire.json";
import nextSteps from "../../data/advisor/next-steps.json";
import plans from "../../data/advisor/plans.json";
import type { DirectionId } from "../catalog/schema.js";
import type { FitModel, NextStep, Plans, Questionnaire, Trait } from "./schema.js";

export const rawAdvisorData: { traits: unknown; fitModel: unknown; questionnaire: unknown; nextSteps: unknown; plans: unknown } = {
  traits,
  fitModel,
  questionnaire,
  nextSteps,
  plans,
};

export const advisorData = rawAdvisorData as {
  traits: Trait[];
  fitModel: FitModel;
  questionnaire: Questionnaire;
  nextSteps: Record<DirectionId, NextStep[]>;
  plans: Plans;
};
