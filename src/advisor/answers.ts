// Answers: what a person said, keyed by question id. This module checks raw answers against the
// questionnaire and reports every problem with its path and what was expected. It is plain code,
// not zod, because the checks depend on the questionnaire's data (which ids, which kinds, which
// values) and because start-up for `recommend --answers` should not pay for zod.
//
// It is the one gate for answers: a file, stdin, a --batch line, an answer code and the prompts
// all hand their raw answers to checkAnswers (through requireValidAnswers, which turns problems
// into the usage error), so the same answers are accepted or refused the same way wherever they
// come from.
import { textIn, usageError, type ErrorText } from "../errors.js";
import type { Localized } from "../messages/define.js";
import { localize } from "../messages/define.js";
import { ANSWERS as M } from "../messages/answers.js";
import { localizeEach, quoteIn } from "../messages/input.js";
import type { Question, Questionnaire } from "./schema.js";
import { printable } from "../quote.js";

export type AnswerValue = string | string[] | number;
/** Validated answers. A Map, so that ids such as "__proto__" can never reach an object's prototype. */
export type Answers = ReadonlyMap<string, AnswerValue>;

export interface AnswerProblem {
  /** A JSON-path-like location: `answers.background`, `answers.tools[2]`. */
  path: string;
  message: Localized;
}

/** At most this many problems are listed; the rest are counted ("and 3 more problems"). */
export const MAX_LISTED_PROBLEMS = 10;

const expected = new WeakMap<Question, Localized>();

/** What a question accepts, in words; built once per question (a file may break it 100,000 times). */
export function expectedFor(q: Question): Localized {
  let words = expected.get(q);
  if (!words) expected.set(q, (words = describeExpected(q)));
  return words;
}

const idList = (options: ReadonlyArray<{ id: string }>, lang: "en" | "zh") => options.map((o) => `"${o.id}"`).join(lang === "zh" ? "、" : ", ");

function describeExpected(q: Question): Localized {
  switch (q.kind) {
    case "single":
      return localizeEach(M.oneOf, (lang) => [idList(q.options, lang)]);
    case "multi":
      return localizeEach(M.arrayOf, (lang) => [idList(q.options, lang)]);
    case "scale":
      return localize(M.integer, q.levels[0]!.value, q.levels[q.levels.length - 1]!.value);
  }
}

function describe(value: unknown): Localized {
  if (value === null) return localize(M.gotNull);
  if (Array.isArray(value)) return localize(M.gotArray);
  if (typeof value === "string") return localize(M.gotString, printable(value, 40));
  if (typeof value === "number") return localize(M.gotNumber, printable(String(value), 40));
  if (typeof value === "boolean") return localize(M.gotBoolean);
  return localize(M.gotObject);
}

const expectedGot = (expected: Localized, got: Localized) => localizeEach(M.expectedGot, (lang) => [expected[lang], got[lang]]);

/** Names longer than this get no did-you-mean: no id is anywhere near as long. */
const MAX_SUGGESTED_LENGTH = 200;

/**
 * The known name closest to `name` (at most a third of its length in edits, at least 1), if any.
 * Bounded: a candidate whose length differs by more than the allowed edits is skipped unmeasured,
 * and names over MAX_SUGGESTED_LENGTH are not searched, so no input makes this slow.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (name.length === 0 || name.length > MAX_SUGGESTED_LENGTH) return undefined;
  const allowed = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const d = boundedDistance(name.toLowerCase(), candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance over UTF-16 units, or max + 1 once it is sure to exceed `max`. */
function boundedDistance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]!);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The closest known name, searched for the first few problems only (the ones listed), so that
 * thousands of unknown keys cost no more than ten.
 */
function nearName(name: string, known: () => readonly string[], problems: readonly AnswerProblem[]): string | undefined {
  return problems.length < MAX_LISTED_PROBLEMS ? closestName(name, known()) : undefined;
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
  const near = q.kind !== "scale" && typeof got === "string" ? nearName(got, () => q.options.map((o) => o.id), problems) : undefined;
  // Worded only when read: a file can hold 100,000 bad values, and only ten are listed.
  let message: Localized | undefined;
  const word = () => {
    const said = expectedGot(expectedFor(q), describe(got));
    return near === undefined ? said : localizeEach(M.didYouMean, (lang) => [said[lang], near]);
  };
  problems.push({
    path: `answers.${where}`,
    get message() {
      return (message ??= word());
    },
  });
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
      problems.push({ path: `answers.${id}[${i}]`, message: localize(M.listedTwice, item) });
      ok = false;
    } else seen.add(item);
  }
  if (ok && value.length > 1) {
    const alone = q.options.find((o) => o.exclusive && value.includes(o.id));
    if (alone) {
      problems.push({ path: `answers.${id}`, message: localize(M.exclusive, alone.id) });
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
    return { ok: false, problems: [{ path: "(root)", message: localizeEach(M.notRootObject, (lang) => [describe(doc)[lang]]) }] };
  }
  const root = doc as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (key !== "answers" && key !== "$schema") problems.push({ path: printable(key), message: localize(M.unknownKey) });
  }
  if (!Object.hasOwn(root, "answers")) {
    problems.push({ path: "answers", message: localize(M.answersMissing) });
    return { ok: false, problems };
  }
  const raw = root.answers;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    problems.push({ path: "answers", message: localizeEach(M.answersNotObject, (lang) => [describe(raw)[lang]]) });
    return { ok: false, problems };
  }
  const byId = questionIndex(questionnaire);
  const answers = new Map<string, AnswerValue>();
  for (const id in raw) {
    if (!Object.hasOwn(raw, id)) continue;
    const q = byId.get(id);
    if (!q) {
      const near = nearName(id, () => questionnaire.questions.map((x) => x.id), problems);
      problems.push({ path: `answers.${printable(id)}`, message: near === undefined ? localize(M.unknownQuestion) : localize(M.unknownQuestionNear, near) });
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
export function requireValidAnswers(questionnaire: Questionnaire, doc: unknown, what: ErrorText): Answers {
  const checked = checkAnswers(questionnaire, doc);
  if (checked.ok) return checked.answers;
  const { problems } = checked;
  const listed = problems.slice(0, problems.length > MAX_LISTED_PROBLEMS ? MAX_LISTED_PROBLEMS - 1 : MAX_LISTED_PROBLEMS);
  const details: ErrorText[] = listed.map((p) => localizeEach(PROBLEM_LINE, (lang) => [p.path, p.message[lang]]));
  if (listed.length < problems.length) details.push(localize(M.more, problems.length - listed.length));
  throw usageError(localizeEach(M.hasProblems, (lang) => [textIn(lang, what), problems.length]), details);
}

/** One problem as a detail line: the same in both languages but for the message. */
const PROBLEM_LINE = { en: (path: string, message: string) => `${path}: ${message}`, zh: (path: string, message: string) => `${path}：${message}` };

/** Answers as a plain JSON object, in questionnaire order, for results and saved files. */
export function answersToJson(questionnaire: Questionnaire, answers: Answers): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const q of questionnaire.questions) {
    const v = answers.get(q.id);
    if (v !== undefined) out[q.id] = v;
  }
  return out;
}
