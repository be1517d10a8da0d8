// Batch scoring: one answers document per line in, one compact result per line out. A bad line
// becomes an error object on its own line and the batch goes on.
import { CliError, textIn } from "../errors.js";
import { localize } from "../messages/define.js";
import { INPUT } from "../messages/input.js";
import { parseAnswers } from "./parse-answers.js";
import type { Advisor } from "./recommend.js";
import { rankAnswers } from "./score-table.js";
import type { BatchLine } from "./views.js";

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreLine(advisor: Advisor, text: string, line: number): { ok: boolean; result: BatchLine } {
  try {
    const answers = parseAnswers(advisor.questionnaire, text, localize(INPUT.line, line));
    const ranked = rankAnswers(advisor, answers);
    return {
      ok: true,
      result: {
        schemaVersion: 1,
        kind: "batch-result",
        line,
        ranking: ranked.map((r) => ({ direction: r.direction, score: round1(r.score), stretch: r.stretch })),
        unanswered: advisor.questionnaire.questions.filter((q) => !answers.has(q.id)).map((q) => q.id),
      },
    };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return {
      ok: false,
      result: { schemaVersion: 1, kind: "batch-error", line, error: { message: error.message, problems: error.details.map((d) => textIn("en", d)) } },
    };
  }
}
