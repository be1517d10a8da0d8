// The questionnaire on a terminal. The prompt functions are injected (the real @inquirer ones in
// the CLI, fakes or @inquirer/testing renders in tests), so the flow is testable without a TTY.
import type { Lang } from "../catalog/schema.js";
import { requireValidAnswers, type Answers, type AnswerValue } from "../advisor/answers.js";
import type { Question, Questionnaire } from "../advisor/schema.js";

interface Choice<V> {
  value: V;
  name: string;
}

/** The part of an @inquirer theme we set: the line that explains the keys, in the user's language. */
export interface PromptTheme {
  style: { keysHelpTip: (keys: Array<[key: string, action: string]>) => string };
}

interface PromptConfig {
  message: string;
  choices: Array<Choice<string>>;
  pageSize?: number;
  loop?: boolean;
  theme?: PromptTheme;
}

export interface Prompts {
  select: (config: PromptConfig) => Promise<string>;
  checkbox: (config: PromptConfig & { validate?: (chosen: ReadonlyArray<{ value: string }>) => true | string }) => Promise<string[]>;
}

const KEY_ACTIONS_ZH: Record<string, string> = { navigate: "移动", select: "选择", submit: "提交", all: "全选", invert: "反选" };

/** Chinese words for the keys line; English keeps @inquirer's own. */
export function promptTheme(lang: Lang): PromptTheme | undefined {
  if (lang !== "zh") return undefined;
  return { style: { keysHelpTip: (keys) => keys.map(([key, action]) => `${key} ${KEY_ACTIONS_ZH[action] ?? action}`).join(" • ") } };
}

/** The value a select returns for "skip this question": not a valid option id, so it cannot clash. */
export const SKIP = "\u0000skip";

const WORDS = {
  progress: { zh: (i: number, n: number) => `第 ${i}/${n} 题`, en: (i: number, n: number) => `Question ${i} of ${n}` },
  skip: { zh: "跳过（不计入评分）", en: "Skip (counts as no evidence)" },
  multiHint: { zh: "（可多选；都没有就选最后一项）", en: "(tick any; if none apply, tick the last one)" },
  alone: { zh: (l: string) => `“${l}”不能和其他选项同时选`, en: (l: string) => `"${l}" cannot be ticked with other choices` },
  empty: { zh: (l: string) => `至少选一项；都没有就选“${l}”`, en: (l: string) => `Tick at least one; if none apply, tick "${l}"` },
};

export function promptMessage(q: Question, index: number, total: number, lang: Lang): string {
  const hint = q.kind === "multi" ? ` ${WORDS.multiHint[lang]}` : "";
  const help = q.help ? `\n  ${q.help[lang]}` : "";
  return `${WORDS.progress[lang](index + 1, total)} · ${q.prompt[lang]}${hint}${help}`;
}

async function askOne(prompts: Prompts, q: Question, message: string, lang: Lang): Promise<AnswerValue | undefined> {
  const skip = { value: SKIP, name: WORDS.skip[lang] };
  const theme = promptTheme(lang);
  if (q.kind === "multi") {
    const exclusive = q.options.filter((o) => o.exclusive);
    // "None of these" cannot be ticked with the others (the answers file check says the same),
    // and it is the one way to say none: an empty tick would be a second.
    const validate = (chosen: ReadonlyArray<{ value: string }>) => {
      if (chosen.length === 0 && exclusive[0]) return WORDS.empty[lang](exclusive[0].label[lang]);
      const alone = exclusive.find((o) => chosen.length > 1 && chosen.some((c) => c.value === o.id));
      return alone ? WORDS.alone[lang](alone.label[lang]) : true;
    };
    const choices = q.options.map((o) => ({ value: o.id, name: o.label[lang] }));
    return prompts.checkbox({ message, choices, pageSize: 12, loop: false, validate, ...(theme && { theme }) });
  }
  const choices =
    q.kind === "single"
      ? q.options.map((o) => ({ value: o.id, name: o.label[lang] }))
      : q.levels.map((l) => ({ value: String(l.value), name: `${l.value} — ${l.label[lang]}` }));
  const picked = await prompts.select({ message, choices: [...choices, skip], pageSize: 12, loop: false, ...(theme && { theme }) });
  if (picked === SKIP) return undefined;
  return q.kind === "scale" ? Number(picked) : picked;
}

/**
 * Asks every question in order; returns the answers given (skipped questions are absent), checked
 * by the same gate as an answers file (which also sorts multi-choice answers).
 */
export async function askQuestionnaire(questionnaire: Questionnaire, lang: Lang, prompts: Prompts): Promise<Answers> {
  const raw = Object.create(null) as Record<string, AnswerValue>;
  const total = questionnaire.questions.length;
  for (const [i, q] of questionnaire.questions.entries()) {
    const value = await askOne(prompts, q, promptMessage(q, i, total, lang), lang);
    if (value !== undefined) raw[q.id] = value;
  }
  return requireValidAnswers(questionnaire, { answers: raw }, "the answers given");
}

/** The real prompts, loaded only when a question is about to be shown. */
export async function loadPrompts(): Promise<Prompts> {
  const [{ default: select }, { default: checkbox }] = await Promise.all([import("@inquirer/select"), import("@inquirer/checkbox")]);
  return { select, checkbox } as Prompts;
}
