// Answers: what a person said, keyed by question id. This module checks raw answers against the
// questionnaire and reports every problem with its path and what was expected. It is plain code,
// not zod, because the checks depend on the questionnaire's data (which ids, which kinds, which
// values) and because start-up for `recommend --answers` should not pay for zod.
//
// It is the one gate for answers: a file, stdin, a --batch line, an answer code and the prompts
// all hand their raw answers to checkAnswers (through requireValidAnswers, which turns problems
// into the usage error), so the same answers are accepted or refused the same way wherever they
// come from.
import { usageError } from "../errors.js";
import type { Question, Questionnaire } from "./schema.js";

export type AnswerValue = string | string[] | number;
/** Validated answers. A Map, so that ids such as "__proto__" can never reach an object's prototype. */
export type Answers = ReadonlyMap<string, AnswerValue>;

export interface AnswerProblem {
  /** A JSON-path-like location: `answers.background`, `answers.tools[2]`. */
  path: string;
  message: string;
}

export function expectedFor(q: Question): string {
  switch (q.kind) {
    case "single":
      return `one of ${q.options.map((o) => `"${o.id}"`).join(", ")}`;
    case "multi":
      return `an array of distinct option ids from ${q.options.map((o) => `"${o.id}"`).join(", ")}`;
    case "scale":
      return `an integer from ${q.levels[0]!.value} to ${q.levels[q.levels.length - 1]!.value}`;
  }
}

/**
 * Text from outside (a code, an id, a value) made safe to echo in a message: control and
 * formatting characters (escape sequences, bidi overrides, line breaks) shown as escapes, and cut
 * with "…" after `max` characters, so that no input can paint the terminal or flood it.
 */
export function printable(text: string, max = 60): string {
  if (text.length <= max && !UNSAFE.test(text)) return text;
  let out = "";
  let count = 0;
  for (const ch of text) {
    if (count++ === max) return `${out}…`;
    out += UNSAFE.test(ch) ? escapeChar(ch) : ch;
  }
  return out;
}

/** Control, formatting (bidi, zero-width), lone surrogate and line/paragraph separator characters. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

const NAMED_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(ch: string): string {
  const named = NAMED_ESCAPES[ch];
  if (named) return named;
  const cp = ch.codePointAt(0)!;
  return cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\u{${cp.toString(16)}}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `"${printable(value, 40)}"`;
  if (typeof value === "number") return String(value);
  return `a ${typeof value}`;
}

/** Per question: the valid option ids or scale values, computed once per questionnaire. */
interface QuestionIndex {
  question: Question;
  valid: Set<string | number>;
}
const indexes = new WeakMap<Questionnaire, Map<string, QuestionIndex>>();

export function questionIndex(questionnaire: Questionnaire): Map<string, QuestionIndex> {
  let index = indexes.get(questionnaire);
  if (!index) {
    index = new Map(
      questionnaire.questions.map((q) => [
        q.id,
        { question: q, valid: new Set<string | number>(q.kind === "scale" ? q.levels.map((l) => l.value) : q.options.map((o) => o.id)) },
      ]),
    );
    indexes.set(questionnaire, index);
  }
  return index;
}

/** Records a wrong value; `where` is the place under `answers` (`tools[2]`). */
function bad(q: Question, where: string, got: unknown, problems: AnswerProblem[]): undefined {
  problems.push({ path: `answers.${where}`, message: `expected ${expectedFor(q)}, got ${describe(got)}` });
  return undefined;
}

/** Checks one answer; `id` is the question's id, and problems' paths are built only when found. */
function checkOne({ question: q, valid }: QuestionIndex, value: unknown, id: string, problems: AnswerProblem[]): AnswerValue | undefined {
  if (q.kind === "single" || q.kind === "scale") {
    const type = q.kind === "single" ? "string" : "number";
    if (typeof value === type && valid.has(value as string | number)) return value as string | number;
    return bad(q, id, value, problems);
  }
  if (!Array.isArray(value)) return bad(q, id, value, problems);
  const seen = new Set<string>();
  let ok = true;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== "string" || !valid.has(item)) {
      bad(q, `${id}[${i}]`, item, problems);
      ok = false;
    } else if (seen.has(item)) {
      problems.push({ path: `answers.${id}[${i}]`, message: `"${item}" is listed twice` });
      ok = false;
    } else seen.add(item);
  }
  if (ok && value.length > 1) {
    const alone = q.options.find((o) => o.exclusive && value.includes(o.id));
    if (alone) {
      problems.push({ path: `answers.${id}`, message: `"${alone.id}" means none of the others and cannot be combined with them` });
      return undefined;
    }
  }
  return ok ? (value as string[]).slice().sort() : undefined;
}

/**
 * Checks a parsed answers document (`{"answers": {...}}`) against the questionnaire.
 * Returns the answers, normalised (multi-choice sorted), or every problem found.
 */
export function checkAnswers(
  questionnaire: Questionnaire,
  doc: unknown,
): { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] } {
  const problems: AnswerProblem[] = [];
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    return { ok: false, problems: [{ path: "(root)", message: `expected an object {"answers": {...}}, got ${describe(doc)}` }] };
  }
  const root = doc as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (key !== "answers" && key !== "$schema") problems.push({ path: printable(key), message: `unknown key; expected only "answers"` });
  }
  if (!Object.hasOwn(root, "answers")) {
    problems.push({ path: "answers", message: "missing; expected an object of question id → answer" });
    return { ok: false, problems };
  }
  const raw = root.answers;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    problems.push({ path: "answers", message: `expected an object of question id → answer, got ${describe(raw)}` });
    return { ok: false, problems };
  }
  const byId = questionIndex(questionnaire);
  const answers = new Map<string, AnswerValue>();
  for (const id in raw) {
    if (!Object.hasOwn(raw, id)) continue;
    const q = byId.get(id);
    if (!q) {
      problems.push({ path: `answers.${printable(id)}`, message: `unknown question id; see \`llm-career questions --json\`` });
      continue;
    }
    // The path is built only for a problem: most answers have none.
    const checked = checkOne(q, (raw as Record<string, unknown>)[id], id, problems);
    if (checked !== undefined) answers.set(id, checked);
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers };
}

/**
 * checkAnswers for a caller that wants the answers or a usage error: the error says where the
 * answers came from (`what`: `answers file "a.json"`, `line 3`, `answer code "2-…"`) and lists
 * every problem by path, the same for every source.
 */
export function requireValidAnswers(questionnaire: Questionnaire, doc: unknown, what: string): Answers {
  const checked = checkAnswers(questionnaire, doc);
  if (checked.ok) return checked.answers;
  const n = checked.problems.length;
  throw usageError(
    `${what} has ${n} problem${n === 1 ? "" : "s"} (see \`llm-career questions --json\` for the ids):`,
    checked.problems.map((p) => `${p.path}: ${p.message}`),
  );
}

/** Answers as a plain JSON object, in questionnaire order, for results and saved files. */
export function answersToJson(questionnaire: Questionnaire, answers: Answers): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const q of questionnaire.questions) {
    const v = answers.get(q.id);
    if (v !== undefined) out[q.id] = v;
  }
  return out;
}
