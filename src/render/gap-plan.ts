// `gap` and `plan` for people. Take the same objects that --json prints.
import type { Lang } from "../catalog/schema.js";
import type { GapOutput, PlanOutput } from "../advisor/views.js";
import { ADVICE, addedMark, learnNote, articleNote, effortText, weeksText, aside, ifMetNote, ifYouWantedText, list, partlyNote, planCommand, pointsNote, quote, raisesNote, unreachable, wishText } from "./advice-words.js";
import type { RenderContext } from "./browse.js";
import { makeStyle, type Style } from "./style.js";
import { RESULT } from "../messages/result.js";
import { say } from "../messages/define.js";
import { wrapIndented, wrapText } from "./text.js";

const W = {
  gapTitle: {
    zh: (n: string, s: number, r: number) => `瞄准：${n} · 契合度 ${s.toFixed(1)} · 当前排名第 ${r}`,
    en: (n: string, s: number, r: number) => `Aiming at ${n} · fit ${s.toFixed(1)} · ranked ${r} now`,
  },
  none: { zh: "（无）", en: "(none)" },
  add: { zh: "加上", en: "add" },
  set: { zh: "改为", en: "answer" },
  then: { zh: (s: number) => `之后契合度约为 ${s}。`, en: (s: number) => `Your fit would then be about ${s}.` },
  planTitle: { zh: (n: string) => `90 天计划：${n}`, en: (n: string) => `A 90-day plan: ${n}` },
  days: { zh: (a: number, b: number) => `第 ${a}–${b} 天`, en: (a: number, b: number) => `Days ${a}–${b}` },
  // A phase starts the learning; most abilities take longer than 30 days (the weeks say how long).
  learn: { zh: "开始学：", en: "Start learning:" },
  experiment: { zh: "适配实验：", en: "Fit experiment:" },
  weeks: { zh: (w: number) => `${w} 周`, en: (w: number) => `${w} week${w > 1 ? "s" : ""}` },
  tries: { zh: "体验文章中的日常工作：", en: "tries the article's daily work: " },
  roles: { zh: "可以瞄准的岗位", en: "Roles to aim for" },
  more: { zh: "更多实验", en: "More experiments" },
};

/** A heading wrapped to the width, each line styled (a heading is never wider than the terminal). */
const headingOf = (style: Style, width: number) => (text: string) => wrapText(text, width).map(style.heading);

export function changeText(c: NonNullable<GapOutput["smallestChange"]>["changes"][number], lang: Lang): string {
  const verb = Array.isArray(c.to) ? W.add[lang] : W.set[lang];
  return `${c.prompt[lang]} → ${verb} ${quote(c.label[lang], lang)}${aside(`${c.question}: ${c.choice}`, lang)}`;
}

/** An experiment's title with its length, as text and markdown show it. */
export const experimentTitle = (e: PlanOutput["moreExperiments"][number], lang: Lang) =>
  `${e.title[lang]}${aside(W.weeks[lang](e.weeks), lang)}${e.source === "added" ? addedMark(lang) : ""}`;

export function renderGap(r: GapOutput, ctx: RenderContext): string {
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const heading = headingOf(style, width);
  const out = [...wrapText(W.gapTitle[lang](`${r.direction.number}. ${r.direction.name[lang]}`, r.score, r.rank), width).map(style.title), ""];
  out.push(...heading(ADVICE.met[lang]));
  if (!r.met.length) out.push(`  ${W.none[lang]}`);
  for (const c of r.met) out.push(...wrapIndented(`${c.name[lang]}${pointsNote(c.points, lang)}`, width, "  ✓ ", "    "));
  if (r.partly.length) {
    out.push("", ...heading(ADVICE.partly[lang]));
    for (const c of r.partly) out.push(...wrapIndented(`${c.name[lang]}${partlyNote(c.points, c.gain, lang)}`, width, "  ◐ ", "    "));
  }
  out.push("", ...heading(ADVICE.missing[lang]));
  if (!r.missing.length) out.push(`  ${W.none[lang]}`);
  for (const c of r.missing) {
    out.push(...wrapIndented(`${c.name[lang]}${ifMetNote(c.gain, lang)}`, width, "  • ", "    "));
    out.push(...wrapIndented(articleNote(c.cite.quote[lang], lang), width, "    ").map(style.dim));
  }
  const wishLines = wishText(r.wishes, lang);
  if (wishLines.length) {
    out.push("", ...heading(ADVICE.wishes[lang]));
    for (const line of wishLines) out.push(...wrapIndented(line, width, "  • ", "    "));
  }
  out.push("", ...heading(ADVICE.smallest[lang]));
  const sc = r.smallestChange;
  if (!sc) out.push(...wrapIndented(unreachable(r.leader.name[lang], lang), width, "  "));
  else if (!sc.changes.length) out.push(...wrapIndented(ADVICE.already[lang], width, "  "));
  else {
    for (const c of sc.changes) {
      out.push(...wrapIndented(changeText(c, lang), width, "  → ", "    "));
      const raises = c.raises.length ? [raisesNote(c.raises.map((x) => x.name[lang]), lang)] : [];
      const detail = [...raises, ...(c.weeks ? [weeksText(c.weeks, lang)] : [])].join(" · ");
      if (detail) out.push(...wrapIndented(detail, width, "    ").map(style.dim));
    }
    out.push(...wrapIndented(`${W.then[lang](sc.score)}${sc.minimal ? "" : ` ${ADVICE.notMinimal[lang]}`}`, width, "  "));
    if (sc.changes.some((c) => c.weeks)) out.push(...wrapIndented(effortText(sc.effortNote, lang), width, "  ").map(style.dim));
  }
  if (r.ifYouWanted) out.push("", ...wrapText(ifYouWantedText(r.ifYouWanted, r.direction.name[lang], lang), width));
  return out.join("\n");
}

export function renderPlan(p: PlanOutput, ctx: RenderContext): string {
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const heading = headingOf(style, width);
  const out = wrapText(W.planTitle[lang](`${p.direction.number}. ${p.direction.name[lang]} — ${p.direction.nickname[lang]}`), width).map(style.title);
  if (!p.basedOnAnswers) out.push(...wrapText(say(lang, RESULT.planNoAnswers), width).map(style.dim));
  out.push(...wrapText(effortText(p.effortNote, lang), width).map(style.dim));
  out.push("");
  const steps = (list: PlanOutput["phases"][number]["learn"]) => {
    for (const s of list) {
      out.push(...wrapIndented(`${s.name[lang]}${learnNote(s.gain, s.weeks, lang)}`, width, "  • ", "    "));
      for (const item of s.items) out.push(...wrapIndented(`${item.text[lang]}${item.source === "added" ? addedMark(lang) : ""}`, width, "    – ", "      "));
    }
  };
  const experiment = (e: PlanOutput["moreExperiments"][number]) => {
    out.push(...wrapIndented(experimentTitle(e, lang), width, "  ▸ ", "    "));
    out.push(...wrapIndented(e.detail[lang], width, "    "));
    if (e.tries) out.push(...wrapIndented(`${W.tries[lang]}${quote(e.tries[lang], lang)}`, width, "    ").map(style.dim));
  };
  for (const phase of p.phases) {
    out.push(...heading(`${W.days[lang](phase.from, phase.to)} — ${phase.focus[lang]}`));
    if (phase.learn.length) {
      out.push(`  ${W.learn[lang]}`);
      steps(phase.learn);
    }
    for (const e of phase.experiments) {
      out.push(`  ${W.experiment[lang]}`);
      experiment(e);
    }
    out.push("");
  }
  if (p.moreExperiments.length) {
    out.push(...heading(W.more[lang]));
    p.moreExperiments.forEach(experiment);
    out.push("");
  }
  out.push(...heading(W.roles[lang]), ...wrapIndented(list(p.roles.map((r) => `${r.name[lang]}${aside(r.id, lang)}`), lang), width, "  "));
  if (p.code) out.push("", ...wrapText(say(lang, RESULT.planCode, p.code), width), ...wrapIndented(planCommand(p.direction.id, p.code), width, "  "));
  return out.join("\n");
}
