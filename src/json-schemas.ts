// JSON Schemas generated from the zod schemas, so the documented shapes cannot drift from the code.
import * as z from "zod";
import { CompareOutput, ListOutput, ShowOutput } from "./catalog/views.js";
import { BatchLine, GapOutput, PlanOutput, QuestionsOutput, RecommendationOutput } from "./advisor/views.js";
import { advisorData } from "./advisor/data.js";
import type { Question, Questionnaire } from "./advisor/schema.js";
import type { SCHEMA_NAMES } from "./commands/schema.js";

/** What an answer to this question may be, as the questionnaire defines it. */
function answerSchema(q: Question): z.ZodType {
  const description = `${q.prompt.en}\n${q.prompt.zh}`;
  switch (q.kind) {
    case "single":
      return z.enum(q.options.map((o) => o.id)).meta({ description });
    case "scale": {
      const values = q.levels.map((l) => l.value);
      const [low, high] = [Math.min(...values), Math.max(...values)];
      // A range when the levels have no gaps (an editor shows it as such), else the values.
      const range = values.length === high - low + 1 ? z.number().int().min(low).max(high) : z.literal(values);
      return range.meta({ description });
    }
    case "multi": {
      const unique = (ids: string[]) =>
        z
          .array(z.enum(ids))
          .refine((v) => new Set(v).size === v.length, "each option at most once")
          .meta({ uniqueItems: true });
      const combinable = q.options.filter((o) => !o.exclusive).map((o) => o.id);
      const alone = q.options.filter((o) => o.exclusive).map((o) => o.id);
      // An exclusive option ("none of these") is chosen alone: an array of just it.
      if (!alone.length) return unique(combinable).meta({ description });
      return z.xor([unique(combinable), z.array(z.enum(alone)).length(1)]).meta({ description });
    }
  }
}

/**
 * The answers file for this questionnaire: each question id, optional, with its options, its
 * range or its choices; nothing else. What `recommend --answers` accepts (src/advisor/answers.ts
 * is the gate; the tests hold the two together), for editors to check and complete.
 */
export function answersFileSchema(questionnaire: Questionnaire) {
  return z.strictObject({
    $schema: z.string().optional(),
    answers: z.strictObject(Object.fromEntries(questionnaire.questions.map((q) => [q.id, answerSchema(q).optional()]))),
  });
}

const SCHEMAS: Record<(typeof SCHEMA_NAMES)[number], { schema: z.ZodType; io: "input" | "output"; title: string }> = {
  answers: { schema: answersFileSchema(advisorData.questionnaire), io: "input", title: "llm-career answers file" },
  list: { schema: ListOutput, io: "output", title: "llm-career list --json" },
  show: { schema: ShowOutput, io: "output", title: "llm-career show --json" },
  compare: { schema: CompareOutput, io: "output", title: "llm-career compare --json" },
  questions: { schema: QuestionsOutput, io: "output", title: "llm-career questions --json" },
  recommendation: { schema: RecommendationOutput, io: "output", title: "llm-career recommend --json" },
  batch: { schema: BatchLine, io: "output", title: "llm-career recommend --batch (one line)" },
  gap: { schema: GapOutput, io: "output", title: "llm-career gap --json" },
  plan: { schema: PlanOutput, io: "output", title: "llm-career plan --json" },
};

export function jsonSchemaOf(name: keyof typeof SCHEMAS): unknown {
  const { schema, io, title } = SCHEMAS[name];
  return { title, ...z.toJSONSchema(schema, { io, unrepresentable: "any" }) };
}
