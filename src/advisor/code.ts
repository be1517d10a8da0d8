// Answer codes: a short, shareable string that reproduces a result exactly, such as
// 3-qwk8nfwfphrqfehnz. A code is <code version>-<payload><check>:
//
//   payload  The answers as one number in mixed radix, one digit per question in questionnaire
//            order (the first question the least significant digit), written in Crockford's base
//            32 (digits and lower-case letters without i, l, o, u), with no leading zeros.
//              single: 0 unanswered, i + 1 for option i     scale: 0 unanswered, i + 1 for level i
//              multi:  0 unanswered, 1 + bitmask of the chosen options (bit i for option i)
//   check    One more base-32 symbol. The symbols of <code version><payload><check> (a decimal
//            digit is the base-32 symbol of the same value) are elements of GF(32) =
//            GF(2)[x]/(x^5 + x^2 + 1), and the check makes  Σ α^k · s_k = 0,  where s_k is the
//            k-th symbol from the end (the check itself is k = 0) and α = x. A substituted symbol
//            changes the sum by α^k·(s + s'), which is not 0 since α^k ≠ 0 and s ≠ s'; two
//            different adjacent symbols a, b swapped change it by α^k·(1 + α)·(a + b), not 0 since
//            α ≠ 1; a field has no zero divisors. So EVERY single substitution and EVERY adjacent
//            transposition is caught, at any length, by one check symbol that is an ordinary
//            base-32 symbol: nothing a shell would expand (Crockford's own mod-37 check needs
//            *, ~, $, = and U), and nothing lower-casing changes. (A weighted sum modulo 32 misses
//            some errors, as the first format's did; modulo 31 cannot tell symbols 0 and 31 apart.)
//   version  questionnaire.version + FORMAT_REVISION. The payload means something only for the
//            questionnaire it was made with, and the check only for the format; either changing
//            moves the prefix up by at least one, so prefixes are never reused, and a code with a
//            smaller prefix than this llm-career's is, by name, one from an older version.
//
// Reading a code lower-cases it and reads i and l as 1 and o as 0 (the look-alikes Crockford's
// alphabet leaves out) BEFORE the check, so a code retyped with look-alikes is the same code; the
// encoder writes only the 32 canonical symbols. The decoded answers are a raw answers object that
// goes through checkAnswers like an answers file: a code can say "none" together with another
// option, and is refused for it exactly as a file is.
import { usageError } from "../errors.js";
import { requireValidAnswers, type Answers, type AnswerValue } from "./answers.js";
import { printable } from "../quote.js";
import { localize, type Localized } from "../messages/define.js";
import { CODES as M } from "../messages/answers.js";
import { localizeEach } from "../messages/input.js";
import type { Question, Questionnaire } from "./schema.js";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford: no i, l, o, u
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/**
 * How many times the code format changed while the questionnaire did not. 0: questionnaire
 * version 1 with a weighted mod-32 check character (it let some substitutions and transpositions
 * through); 1: the GF(32) check above. Bump it whenever codes are written differently.
 */
export const FORMAT_REVISION = 1;

/** The number in front of this llm-career's answer codes. */
export const codeVersion = (questionnaire: Questionnaire): number => questionnaire.version + FORMAT_REVISION;

/** α·s in GF(32): shift left, and reduce x^5 to x^2 + 1. */
const timesAlpha = (s: number): number => (s & 0x10 ? (s << 1) ^ 0x25 : s << 1);

/** Σ α^k · v_k over symbol values, v_k the k-th from the end (Horner's rule); 0 for a whole code. */
export function syndrome(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s = timesAlpha(s) ^ v;
  return s;
}

const valuesOf = (symbols: string): number[] => [...symbols].map((c) => VALUE.get(c)!);

function radix(q: Question): bigint {
  if (q.kind === "multi") return (1n << BigInt(q.options.length)) + 1n;
  return BigInt((q.kind === "scale" ? q.levels.length : q.options.length) + 1);
}

/** One answer's digit. A value the question does not have is a bug, never silently "unanswered". */
function digit(q: Question, value: AnswerValue | undefined): bigint {
  if (value === undefined) return 0n;
  let index = -1;
  if (q.kind === "scale") index = q.levels.findIndex((l) => l.value === value);
  else if (q.kind === "single") index = q.options.findIndex((o) => o.id === value);
  else if (Array.isArray(value) && value.every((id) => q.options.some((o) => o.id === id))) {
    return 1n + q.options.reduce((mask, o, i) => (value.includes(o.id) ? mask | (1n << BigInt(i)) : mask), 0n);
  }
  if (index < 0) throw new Error(`cannot write ${JSON.stringify(value)} as an answer to "${q.id}" in an answer code`);
  return BigInt(index + 1);
}

/**
 * The code for one digit per question (see the top of this file). encodeAnswers is this over the
 * answers' digits; tests use it to write codes for answers that the checks must refuse.
 */
export function codeOfDigits(questionnaire: Questionnaire, digits: readonly bigint[]): string {
  const { questions } = questionnaire;
  if (digits.length !== questions.length) throw new Error(`expected ${questions.length} digits, got ${digits.length}`);
  let n = 0n;
  for (let i = questions.length - 1; i >= 0; i--) {
    const r = radix(questions[i]!);
    const d = digits[i]!;
    if (d < 0n || d >= r) throw new Error(`digit ${d} for "${questions[i]!.id}" is outside 0..${r - 1n}`);
    n = n * r + d;
  }
  let payload = "";
  do {
    payload = ALPHABET[Number(n % 32n)] + payload;
    n /= 32n;
  } while (n > 0n);
  const head = String(codeVersion(questionnaire));
  return `${head}-${payload}${ALPHABET[timesAlpha(syndrome(valuesOf(head + payload)))]}`;
}

export function encodeAnswers(questionnaire: Questionnaire, answers: Answers): string {
  return codeOfDigits(
    questionnaire,
    questionnaire.questions.map((q) => digit(q, answers.get(q.id))),
  );
}

const maxLengths = new WeakMap<Questionnaire, number>();

/** The most payload symbols any answers need: the largest number, in base 32. */
function maxPayloadLength(questionnaire: Questionnaire): number {
  let length = maxLengths.get(questionnaire);
  if (length === undefined) {
    length = (questionnaire.questions.reduce((n, q) => n * radix(q), 1n) - 1n).toString(32).length;
    maxLengths.set(questionnaire, length);
  }
  return length;
}

const CODE_SHAPE = /^\s*(\d+)-([0-9a-z]+)\s*$/i;
/** More digits than any code version will have: such a number is not echoed as a version. */
const MAX_VERSION_DIGITS = 6;

export function decodeAnswers(questionnaire: Questionnaire, code: string): Answers {
  const version = codeVersion(questionnaire);
  const shown = printable(code.trim());
  const what = localizeEach(M.answerCode, () => [shown]);
  const example = localize(M.example, version);
  const m = CODE_SHAPE.exec(code);
  if (!m) throw usageError(localizeEach(M.notACode, (lang) => [shown, example[lang]]));
  const head = m[1]!;
  const mistyped = (why: Localized) => usageError(localizeEach(M.mistyped, (lang) => [what[lang], why[lang]]));
  // Checked before it is echoed as a number: 99999999999999999999 would read as 1e20.
  if (head.length > MAX_VERSION_DIGITS || head.startsWith("0")) {
    throw usageError(localizeEach(M.mistypedVersion, (lang) => [what[lang], example[lang]]));
  }
  const given = Number(head);
  if (given !== version) throw usageError(localizeEach(given < version ? M.older : M.newer, (lang) => [what[lang], given, version]));
  const body = m[2]!.toLowerCase().replace(/[ilo]/g, (c) => (c === "o" ? "0" : "1"));
  if (body.includes("u")) throw mistyped(localize(M.noU));
  if (body.length < 2) throw mistyped(localize(M.tooShort));
  if (body.length > maxPayloadLength(questionnaire) + 1) throw mistyped(localize(M.tooLong));
  if (syndrome(valuesOf(head + body)) !== 0) throw mistyped(localize(M.checkMismatch));
  const payload = body.slice(0, -1);
  if (payload.length > 1 && payload.startsWith("0")) throw mistyped(localize(M.zeroAfterDash));
  let n = 0n;
  for (const ch of payload) n = n * 32n + BigInt(VALUE.get(ch)!);
  // The raw answers object, as a file would give it (no prototype: ids are only ever own keys).
  const raw = Object.create(null) as Record<string, AnswerValue>;
  for (const q of questionnaire.questions) {
    const r = radix(q);
    const d = n % r;
    n /= r;
    if (d === 0n) continue;
    const i = Number(d) - 1;
    if (q.kind === "scale") raw[q.id] = q.levels[i]!.value;
    else if (q.kind === "single") raw[q.id] = q.options[i]!.id;
    else raw[q.id] = q.options.filter((_, bit) => ((d - 1n) >> BigInt(bit)) & 1n).map((o) => o.id);
  }
  if (n !== 0n) throw mistyped(localize(M.tooLong));
  return requireValidAnswers(questionnaire, { answers: raw }, what);
}
