// JSON Schemas generated from the zod schemas, so the documented shapes cannot drift from the code.
import * as z from "zod";
import { CompareOutput, ListOutput, ShowOutput } from "./catalog/views.js";
import { AnswersFile, BatchLine, GapOutput, PlanOutput, QuestionsOutput, RecommendationOutput } from "./advisor/views.js";
import type { SCHEMA_NAMES } from "./commands/schema.js";

const SCHEMAS: Record<(typeof SCHEMA_NAMES)[number], { schema: z.ZodType; io: "input" | "output"; title: string }> = {
  answers: { schema: AnswersFile, io: "input", title: "llm-career answers file" },
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
