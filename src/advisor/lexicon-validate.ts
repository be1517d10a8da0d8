// Cross-references a schema cannot express: every answer the lexicon sets exists in the
// questionnaire; a reading that is not a strength (weak, negated) sets only a low scale value or a
// "none of these"; every catalog skill an entry names exists. Used by src/validate-data.ts.
import type { Questionnaire } from "./schema.js";
import type { Lexicon, Setting } from "./lexicon-schema.js";

/** The highest scale value a weak or negated reading may set: "a little" is never a strength. */
const MAX_LOW_VALUE = 2;

export function lexiconProblems(lexicon: Lexicon, questionnaire: Questionnaire, skillIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const check = (where: string, s: Setting, low: boolean) => {
    const q = questions.get(s.question);
    if (!q) return problems.push(`${where}: unknown question "${s.question}"`);
    if (q.id === "second-background") problems.push(`${where}: set "background"; the reader fills "second-background" itself`);
    if ("option" in s) {
      if (q.kind === "scale") return problems.push(`${where}: "${q.id}" is a scale; give a value`);
      const option = q.options.find((o) => o.id === s.option);
      if (!option) return problems.push(`${where}: "${q.id}" has no option "${s.option}"`);
      if (s.fallback && q.kind !== "single") problems.push(`${where}: a fallback is for a single choice`);
      if (low && !("exclusive" in option && option.exclusive)) problems.push(`${where}: a weak or negated reading may set only a "none" option`);
    } else {
      if (q.kind !== "scale") return problems.push(`${where}: "${q.id}" is not a scale; give an option`);
      if (!q.levels.some((l) => l.value === s.value)) problems.push(`${where}: "${q.id}" has no value ${s.value}`);
      if (low && s.value > MAX_LOW_VALUE) problems.push(`${where}: a weak or negated reading may set at most ${MAX_LOW_VALUE}`);
    }
    return undefined;
  };
  const ids = new Set<string>();
  for (const e of lexicon.entries) {
    if (ids.has(e.id)) problems.push(`lexicon.entries: "${e.id}" is listed twice`);
    ids.add(e.id);
    for (const reading of ["sets", "strong", "fair", "liked", "wished", "weak", "negated"] as const) {
      for (const s of e[reading] ?? []) check(`lexicon.${e.id}.${reading}`, s, reading === "weak" || reading === "negated");
    }
    for (const skill of e.skills) if (!skillIds.has(skill)) problems.push(`lexicon.${e.id}: unknown catalog skill "${skill}"`);
    const all = new Set([...e.phrases.zh, ...e.phrases.en]);
    for (const c of e.cased ?? []) if (!all.has(c)) problems.push(`lexicon.${e.id}.cased: "${c}" is not one of its phrases`);
    if (!e.phrases.zh.length || !e.phrases.en.length) problems.push(`lexicon.${e.id}: phrases in both languages are needed`);
  }
  // Phrases are stored as the reader normalises text (about.ts tokenises them without normalising).
  const traditional = new Set(Object.keys(lexicon.traditional));
  const phrases = [...lexicon.entries.flatMap((e) => [...e.phrases.zh, ...e.phrases.en]), ...lexicon.cues.flatMap((c) => [...c.phrases.zh, ...c.phrases.en]), ...lexicon.known.zh, ...lexicon.known.en];
  for (const p of phrases) {
    if (p !== p.normalize("NFKC").toLowerCase() || [...p].some((ch) => traditional.has(ch))) problems.push(`lexicon: "${p}" is not normalised (NFKC, lower case, simplified)`);
  }
  for (const q of questionnaire.questions) if (!lexicon.questions[q.id]) problems.push(`lexicon.questions: no short name for "${q.id}"`);
  for (const id of Object.keys(lexicon.questions)) if (!questions.has(id)) problems.push(`lexicon.questions: unknown question "${id}"`);
  for (const [t, s] of Object.entries(lexicon.traditional)) if (t === s) problems.push(`lexicon.traditional: "${t}" maps to itself`);
  return problems;
}
