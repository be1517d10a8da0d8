// The advice's words, shared by the text and markdown renderers of recommend, gap and plan, so
// that a phrase reads the same wherever it appears. Chinese uses full-width punctuation.
import type { Lang } from "../catalog/schema.js";
import type { GapOutput } from "../advisor/views.js";

type Words<T> = Record<Lang, T>;

export const ADVICE = {
  stretch: { zh: "挑战", en: "stretch" },
  stretchNote: {
    zh: "挑战：门槛在中高及以上（排名是本工具对文章门槛的补充解读），你的回答体现出的门槛能力不到一半，而且契合度低于“契合”（30）。",
    en: "Stretch: the barrier is medium-high or above (a ranking this tool adds to the article's barriers), your answers show less than half of the abilities it names, and your fit is under 30.",
  },
  meaning: {
    zh: "分数是文章对这个方向的要求中你的回答体现出的部分（加权），不是考试分数：50 以上很契合，30–50 契合，15–30 部分契合，15 以下契合不多。",
    en: "Each score is the weighted share of what the article asks for in that direction that your answers show, not a grade: 50+ strong, 30–50 good, 15–30 some, under 15 little.",
  },
  band: {
    zh: { strong: "很契合", good: "契合", some: "部分契合", little: "契合不多" },
    en: { strong: "strong match", good: "good match", some: "some match", little: "little match" },
  },
  why: { zh: "为什么", en: "Why" },
  met: { zh: "已具备", en: "Already met" },
  partly: { zh: "已具备一部分", en: "Partly there" },
  missing: { zh: "还缺的能力（最有用的在前）", en: "Abilities still missing (most useful first)" },
  nothingMissing: { zh: "文章提到的能力你都已具备或具备一部分。", en: "You have, at least partly, every ability the article names." },
  wishes: { zh: "与你想要的是否相符", en: "How it matches what you want" },
  smallest: { zh: "让它成为第一名的最少学习", en: "The least to learn or do to make it your first" },
  already: { zh: "它已经是你的第一名。", en: "It already ranks first for you." },
  notMinimal: { zh: "（逐步搜索所得，可能还有更小的组合）", en: "(found step by step; a smaller set may exist)" },
  added: { zh: "（文章之外的补充）", en: "(added beyond the article)" },
} satisfies Record<string, Words<unknown>>;

const isZh = (lang: Lang) => lang === "zh";
/** A name followed by Chinese text: a space after a name that ends in Latin letters or digits ("Agent"). */
export const beforeZh = (name: string) => (/[A-Za-z0-9]$/.test(name) ? `${name} ` : name);
/** The "added beyond the article" mark after a text (no space before a full-width bracket). */
export const addedMark = (lang: Lang) => `${isZh(lang) ? "" : " "}${ADVICE.added[lang]}`;
/** Text in brackets after what it explains: " (x)" in English, "（x）" in Chinese. */
export const aside = (text: string, lang: Lang) => (isZh(lang) ? `（${text}）` : ` (${text})`);
export const quote = (s: string, lang: Lang) => (isZh(lang) ? `“${s}”` : `"${s}"`);
export const list = (items: readonly string[], lang: Lang) => items.join(isZh(lang) ? "、" : ", ");
const pts = (n: number, lang: Lang) => (isZh(lang) ? `+${n} 分` : `+${n} pts`);

/** A met criterion's points. */
export const pointsNote = (points: number, lang: Lang) => aside(pts(points, lang), lang);
/** A partly met criterion: what it gives now, and what completing it would add. */
export const partlyNote = (points: number, gain: number, lang: Lang) =>
  aside(isZh(lang) ? `${pts(points, lang)}；补全后再 ${pts(gain, lang)}` : `${pts(points, lang)}; ${pts(gain, lang)} to complete`, lang);
/** A missing criterion: what having it would add. */
export const ifMetNote = (gain: number, lang: Lang) => aside(isZh(lang) ? `具备后 ${pts(gain, lang)}` : `${pts(gain, lang)} if met`, lang);
/** "— you answered …" after a criterion, from the labels of the answers behind it. */
export const answeredNote = (labels: readonly string[], lang: Lang) =>
  labels.length ? (isZh(lang) ? `——你的回答：${list(labels.map((l) => quote(l, lang)), lang)}` : ` — you answered ${list(labels.map((l) => quote(l, lang)), lang)}`) : "";
export const articleNote = (text: string, lang: Lang) => `${isZh(lang) ? "文章：" : "article: "}${quote(text, lang)}`;
export const raisesNote = (names: readonly string[], lang: Lang) => `${isZh(lang) ? "提升：" : "raises: "}${list(names, lang)}`;
/** Roughly how long learning takes, from the plans' added estimates. */
export const weeksText = ([low, high]: readonly [number, number], lang: Lang) =>
  isZh(lang) ? `约 ${low}–${high} 周` : `about ${low}–${high} weeks`;
/** A learning step: what having the ability would add (when known) and roughly how long it takes. */
export const learnNote = (gain: number, weeks: readonly [number, number], lang: Lang) => {
  const ifMet = isZh(lang) ? `具备后 ${pts(gain, lang)}` : `${pts(gain, lang)} if met`;
  return aside([...(gain ? [ifMet] : []), weeksText(weeks, lang)].join(isZh(lang) ? "，" : "; "), lang);
};
/** The note that says what the week estimates assume, marked as added. */
export const effortText = (note: { zh: string; en: string }, lang: Lang) => `${note[lang]}${addedMark(lang)}`;

export const unreachable = (leader: string, lang: Lang) =>
  isZh(lang)
    ? `在这套问卷里，只靠学习新技能、工具和知识，它还超不过你现在的第一名（${leader}）；上面缺的能力仍会提高你在这个方向的契合度。`
    : `Learning new skills, tools and knowledge alone does not put it ahead of your first direction now (${leader}) in this questionnaire; the abilities above still raise your fit for it.`;

/** The separate line for a different wish that alone would put the direction first. */
export function ifYouWantedText(w: NonNullable<GapOutput["ifYouWanted"]>, direction: string, lang: Lang): string {
  const to = w.label[lang];
  const from = w.fromLabel?.[lang];
  if (isZh(lang)) return from ? `如果你想要的是“${to}”而不是“${from}”，${beforeZh(direction)}会排在第一。` : `如果你想要的是“${to}”，${beforeZh(direction)}会排在第一。`;
  return from ? `If you wanted "${to}" rather than "${from}", ${direction} would lead.` : `If you wanted "${to}", ${direction} would lead.`;
}

const WISH = {
  yes: { zh: "相符：", en: "matches: " },
  partly: { zh: "部分相符：", en: "partly matches: " },
  higherBarrier: { zh: "它的门槛比你说愿意跨过的更高", en: "it asks for a higher barrier than you said you would take on" },
};

/** The wish trait that stands for the barrier a person will take on (the fit model's name for it). */
const BARRIER_WISH = "barrier-appetite";

/**
 * Wishes in words: the ones the direction rewards that the answers match, and a barrier higher
 * than the person said they would take on (only when they answered that). An unmatched goal is not
 * listed: it is not a gap.
 */
export function wishText(wishes: ReadonlyArray<Pick<GapOutput["wishes"][number], "trait" | "name" | "match" | "said">>, lang: Lang): string[] {
  const lines: string[] = [];
  for (const w of wishes) {
    if (w.trait === BARRIER_WISH) {
      if (w.match !== "yes" && w.said) lines.push(WISH.higherBarrier[lang]);
    } else if (w.match !== "no") lines.push(`${WISH[w.match][lang]}${w.name[lang]}`);
  }
  return lines;
}

/**
 * The command that shows a recommendation again: the code alone ranks all six directions, so a
 * result with directions left out names the --exclude it needs too.
 */
export const recommendCommand = (r: { code: string; excluded: readonly string[] }) =>
  `llm-career recommend --code ${r.code}${r.excluded.length ? ` --exclude ${r.excluded.join(",")}` : ""}`;
/** The command that makes a plan again from its answer code. */
export const planCommand = (direction: string, code: string) => `llm-career plan ${direction} --code ${code}`;
