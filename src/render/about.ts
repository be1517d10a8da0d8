// What the self-description reader understood, for people: "I read: Go, C++ → backend; …", then
// what was read but not counted (a little Python, 没做过 CUDA), the years said, and the words not
// placed. Plain text, wrapped by display width; the caller colours nothing here.
import type { AboutReading } from "../advisor/about.js";
import type { AboutMatch } from "../advisor/lexicon-schema.js";
import { lexicon } from "../advisor/lexicon.js";
import type { Questionnaire } from "../advisor/schema.js";
import type { Lang } from "../catalog/schema.js";
import { ABOUT } from "../messages/about.js";
import { say } from "../messages/define.js";
import { printable } from "../quote.js";
import { wrapIndented } from "./text.js";

/** An option's label without its parenthesised examples: "Network-stack tuning (such as …)" → "Network-stack tuning". */
const shortLabel = (label: string) => label.replace(/\s*[（(][^（()）]*[)）]\s*$/u, "");

/** What an answer is called in an "I read" line: the option's label, or "question: level" for a scale or a "none". */
function answerName(questionnaire: Questionnaire, m: AboutMatch, lang: Lang): string {
  const q = questionnaire.questions.find((x) => x.id === m.question)!;
  const name = lexicon.questions[q.id]?.name[lang] ?? q.id;
  const colon = lang === "zh" ? "：" : ": ";
  if (q.kind === "scale") return `${name}${colon}${shortLabel(q.levels.find((l) => l.value === m.value)!.label[lang])}`;
  const option = q.options.find((o) => o.id === m.value)!;
  const label = shortLabel(option.label[lang]);
  return "exclusive" in option && option.exclusive ? `${name}${colon}${label}` : label;
}

/** The words as written, on one line and safe to print. */
const said = (phrase: string) => printable(phrase.replace(/\s+/gu, " "), 40);

const WHY: Partial<Record<AboutMatch["reading"], keyof typeof ABOUT>> = {
  weak: "readingWeak",
  negated: "readingNegated",
  wished: "readingWished",
  disliked: "readingDisliked",
};

/** The "I read" lines for a reading, wrapped to `width` columns. */
export function renderAboutReading(reading: Pick<AboutReading, "status" | "matches" | "years" | "unplaced">, questionnaire: Questionnaire, lang: Lang, width: number): string {
  if (reading.status === "unrecognised") return wrapIndented(say(lang, ABOUT.unrecognised), width, "").join("\n");
  const comma = lang === "zh" ? "、" : ", ";
  const semicolon = lang === "zh" ? "；" : "; ";
  const lead = (entry: { en: string; zh: string }) => `${say(lang, entry)}${lang === "zh" ? "" : " "}`;
  const lines: string[] = [];
  // Each answer once, with every phrase it rests on, in the order the text says them.
  const groups = new Map<string, { name: string; phrases: string[] }>();
  for (const m of reading.matches.filter((x) => x.used)) {
    const key = `${m.question}\u0000${String(m.value)}`;
    const group = groups.get(key) ?? { name: answerName(questionnaire, m, lang), phrases: [] };
    if (!group.phrases.includes(said(m.phrase))) group.phrases.push(said(m.phrase));
    groups.set(key, group);
  }
  if (groups.size) {
    // Answers resting on the same words are said together: "Go → backend + Web backends".
    const byPhrases = new Map<string, string[]>();
    for (const g of groups.values()) {
      const key = g.phrases.join(comma);
      byPhrases.set(key, [...(byPhrases.get(key) ?? []), g.name]);
    }
    const text = [...byPhrases].map(([phrases, names]) => `${phrases} → ${names.join(" + ")}`).join(semicolon);
    lines.push(...wrapIndented(text, width, lead(ABOUT.iRead)));
  }
  const notCounted: string[] = [];
  for (const m of reading.matches) {
    const why = WHY[m.reading];
    if (m.used || !why) continue;
    const item = `${said(m.phrase)}${lang === "zh" ? "（" : " ("}${say(lang, ABOUT[why] as { en: string; zh: string })}${lang === "zh" ? "）" : ")"}`;
    if (!notCounted.includes(item)) notCounted.push(item);
  }
  if (notCounted.length) lines.push(...wrapIndented(notCounted.join(semicolon), width, lead(ABOUT.notCounted)));
  if (reading.years !== null) lines.push(...wrapIndented(say(lang, ABOUT.years, reading.years), width, ""));
  if (reading.unplaced.length) lines.push(...wrapIndented(reading.unplaced.map(said).join(comma), width, lead(ABOUT.unplaced)));
  if (reading.status === "no-answers") lines.push(...wrapIndented(say(lang, ABOUT.noAnswers), width, ""));
  return lines.join("\n");
}
