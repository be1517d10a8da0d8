// Answers text → validated answers, or a usage error listing every problem by path. The checking
// itself is requireValidAnswers, the one gate every source of answers goes through.
import { parseJson } from "../io/json-input.js";
import type { ErrorText } from "../errors.js";
import { requireValidAnswers, type Answers } from "./answers.js";
import type { Questionnaire } from "./schema.js";

export function parseAnswers(questionnaire: Questionnaire, text: string, what: ErrorText): Answers {
  return requireValidAnswers(questionnaire, parseJson(text, what), what);
}
