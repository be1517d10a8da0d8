// Batch scoring: one answers document per line in, one compact result per line out. A bad line
// becomes an error object on its own line and the batch goes on.
import { CliError } from "../errors.js";
import { collectEvidence, rankScores } from "./score.js";
import { parseAnswers } from "./parse-answers.js";
import { barrierRankOf, isStretch, type Advisor } from "./recommend.js";
import type { BatchLine } from "./views.js";

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreLine(advisor: Advisor, text: string, line: number): { ok: boolean; result: BatchLine } {
  try {
    const answers = parseAnswers(advisor.questionnaire, text, `line ${line}`);
    const evidence = collectEvidence(advisor.questionnaire, answers, { sources: false });
    const order = advisor.catalog.directions.map((d) => d.id);
    const ranked = rankScores(advisor.fitModel, evidence, barrierRankOf(advisor.catalog), order);
    return {
      ok: true,
      result: {
        schemaVersion: 1,
        kind: "batch-result",
        line,
        ranking: ranked.map((r) => ({ direction: r.direction, score: round1(r.score), stretch: isStretch(advisor, r.direction, evidence) })),
        unanswered: advisor.questionnaire.questions.filter((q) => !answers.has(q.id)).map((q) => q.id),
      },
    };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return {
      ok: false,
      result: { schemaVersion: 1, kind: "batch-error", line, error: { message: error.message, problems: [...error.details] } },
    };
  }
}
