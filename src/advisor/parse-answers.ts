// Answers text → validated answers, or a usage error listing every problem by path.
import { usageError } from "../errors.js";
import { parseJson } from "../io/json-input.js";
import { checkAnswers, type Answers } from "./answers.js";
import type { Questionnaire } from "./schema.js";

export function parseAnswers(questionnaire: Questionnaire, text: string, what: string): Answers {
  const checked = checkAnswers(questionnaire, parseJson(text, what));
  if (checked.ok) return checked.answers;
  const n = checked.problems.length;
  throw usageError(
    `${what} has ${n} problem${n === 1 ? "" : "s"} (see \`llm-career questions --json\` for the ids):`,
    checked.problems.map((p) => `${p.path}: ${p.message}`),
  );
}
