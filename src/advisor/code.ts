// Answer codes: a short, shareable string that reproduces a result exactly. The answers are
// packed as one number in mixed radix (one digit per question, in questionnaire order), written in
// Crockford's base 32, prefixed with the questionnaire version and followed by a check character.
//   single: 0 unanswered, i + 1 for option i     scale: 0 unanswered, i + 1 for level i
//   multi:  0 unanswered, 1 + bitmask of the chosen options
import { usageError } from "../errors.js";
import type { AnswerValue, Answers } from "./answers.js";
import type { Question, Questionnaire } from "./schema.js";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford: no i, l, o, u

function radix(q: Question): bigint {
  if (q.kind === "multi") return (1n << BigInt(q.options.length)) + 1n;
  return BigInt((q.kind === "scale" ? q.levels.length : q.options.length) + 1);
}

function digit(q: Question, value: AnswerValue | undefined): bigint {
  if (value === undefined) return 0n;
  if (q.kind === "scale") return BigInt(q.levels.findIndex((l) => l.value === value) + 1);
  if (q.kind === "single") return BigInt(q.options.findIndex((o) => o.id === value) + 1);
  const chosen = value as string[];
  return 1n + q.options.reduce((mask, o, i) => (chosen.includes(o.id) ? mask | (1n << BigInt(i)) : mask), 0n);
}

function checkChar(payload: string): string {
  let sum = 0;
  for (const [i, ch] of [...payload].entries()) sum += (i + 1) * ALPHABET.indexOf(ch);
  return ALPHABET[sum % 32]!;
}

export function encodeAnswers(questionnaire: Questionnaire, answers: Answers): string {
  let n = 0n;
  for (const q of [...questionnaire.questions].reverse()) n = n * radix(q) + digit(q, answers.get(q.id));
  let payload = "";
  do {
    payload = ALPHABET[Number(n % 32n)] + payload;
    n /= 32n;
  } while (n > 0n);
  return `${questionnaire.version}-${payload}${checkChar(payload)}`;
}

export function decodeAnswers(questionnaire: Questionnaire, code: string): Map<string, AnswerValue> {
  const m = /^\s*(\d+)-([0-9a-z]+)\s*$/i.exec(code);
  if (!m) throw usageError(`"${code}" is not an answer code; codes look like ${questionnaire.version}-7k2m9q0c (see the end of a result)`);
  const version = Number(m[1]);
  if (version !== questionnaire.version) {
    throw usageError(
      `answer code "${code}" is from version ${version} of the questionnaire; this llm-career asks version ${questionnaire.version}, so the code cannot be read. Answer the questions again.`,
    );
  }
  const body = m[2]!.toLowerCase().replace(/[ilo]/g, (c) => (c === "o" ? "0" : "1"));
  const payload = body.slice(0, -1);
  if (!payload || [...body].some((c) => !ALPHABET.includes(c)) || checkChar(payload) !== body.slice(-1)) {
    throw usageError(`answer code "${code}" is mistyped (its check character does not match)`);
  }
  let n = 0n;
  for (const ch of payload) n = n * 32n + BigInt(ALPHABET.indexOf(ch));
  const answers = new Map<string, AnswerValue>();
  for (const q of questionnaire.questions) {
    const r = radix(q);
    const d = Number(n % r);
    n /= r;
    if (d === 0) continue;
    if (q.kind === "scale") answers.set(q.id, q.levels[d - 1]!.value);
    else if (q.kind === "single") answers.set(q.id, q.options[d - 1]!.id);
    else answers.set(q.id, q.options.filter((_, i) => ((d - 1) >> i) & 1).map((o) => o.id).sort());
  }
  if (n !== 0n) throw usageError(`answer code "${code}" is mistyped (it is longer than any answers can be)`);
  return answers;
}
