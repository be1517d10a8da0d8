// The recommendation for people. By default one screen (80×40): the chart, what the numbers mean,
// the lead and how robust it is, and the leader's reasons, missing abilities and first steps.
// With details, the full profiles of the leading directions. Takes the same object that --json
// prints.
import type { Lang } from "../catalog/schema.js";
import type { RecommendationOutput, RankedDirection } from "../advisor/views.js";
import type { RenderContext } from "./browse.js";
import { makeStyle, type Style } from "./style.js";
import { ADVICE, addedMark, answeredNote, articleNote, aside, ifMetNote, list, partlyNote, pointsNote, recommendCommand, wishText } from "./advice-words.js";
import { RESULT } from "../messages/result.js";
import { say } from "../messages/define.js";
import { displayWidth, wrapIndented, wrapText } from "./text.js";

export interface RecommendationRenderOptions {
  /** The full profiles of the leading directions instead of the one-screen summary. */
  details: boolean;
  /** Lines the one-screen summary may take (default SCREEN_LINES). */
  lines?: number;
}

/** A 40-row terminal less the command line above and the prompt below. */
export const SCREEN_LINES = 38;

const BAR = 20;
const MIN_BAR = 10;
export function bar(score: number, style: Style, size = BAR): string {
  const filled = Math.round((score / 100) * size);
  return style.good("█".repeat(filled)) + style.dim("░".repeat(size - filled));
}

/** How many directions --details explains. */
const DETAILED = 3;

interface Layout {
  lang: Lang;
  width: number;
  style: Style;
}

const colon = (lang: Lang) => (lang === "zh" ? "：" : ": ");
const heading = ({ width, style }: Layout, text: string) => wrapText(text, width).map(style.heading);
const bullet = ({ width }: Layout, text: string) => wrapIndented(text, width, "  • ", "    ");
const paragraph = ({ width }: Layout, text: string) => wrapText(text, width);

function directionTitle(r: RankedDirection, { lang, width, style }: Layout): string[] {
  const tag = r.stretch ? `${lang === "zh" ? "" : " "}[${ADVICE.stretch[lang]}]` : "";
  return wrapText(`${r.rank}. ${r.name[lang]} — ${r.nickname[lang]} · ${r.score}${aside(ADVICE.band[lang][r.band], lang)}${tag}`, width).map(style.title);
}

function chart(result: RecommendationOutput, l: Layout): string[] {
  const { lang, width, style } = l;
  const nameWidth = Math.max(...result.ranking.map((r) => displayWidth(r.name[lang])));
  const tagWidth = result.ranking.some((r) => r.stretch) ? displayWidth(` [${ADVICE.stretch[lang]}]`) : 0;
  // "6. " + name + 2 spaces + bar + " 100.0" + tag; the bar shrinks before the line breaks, and
  // when it would be too short the name gets a line of its own.
  const size = Math.min(BAR, width - (3 + nameWidth + 2 + 6 + tagWidth));
  const fitsOnOneLine = size >= MIN_BAR;
  const rows = result.ranking.flatMap((r) => {
    const name = r.name[lang];
    const tag = r.stretch ? ` ${style.warn(`[${ADVICE.stretch[lang]}]`)}` : "";
    const barLine = `${bar(r.score, style, fitsOnOneLine ? size : Math.min(BAR, width - 3 - 6 - tagWidth))} ${r.score.toFixed(1).padStart(5)}${tag}`;
    if (fitsOnOneLine) return [`${r.rank}. ${name}${" ".repeat(nameWidth - displayWidth(name))}  ${barLine}`];
    return [...wrapText(`${r.rank}. ${name}`, width), `   ${barLine}`];
  });
  const title = result.excluded.length ? say(lang, RESULT.titleExcluding, result.ranking.length) : say(lang, RESULT.title);
  return [...wrapText(title, width).map(style.title), ...rows];
}

function notes(result: RecommendationOutput, l: Layout, short: boolean): string[] {
  const { lang, style } = l;
  const out = paragraph(l, short ? say(lang, RESULT.meaningShort) : ADVICE.meaning[lang]);
  if (result.ranking.some((r) => r.stretch)) out.push(...paragraph(l, short ? say(lang, RESULT.stretchShort) : ADVICE.stretchNote[lang]));
  if (result.excluded.length) out.push(...paragraph(l, `${say(lang, RESULT.excluded)}${colon(lang)}${result.excluded.join(", ")}`));
  return out.map(style.dim);
}

/** How clear the lead is; at most `flips` of the answers that would change it are named. */
function lead(result: RecommendationOutput, l: Layout, questionPrompt: (id: string) => string, flips: number): string[] {
  const { lang } = l;
  const nameOf = (id: string) => result.ranking.find((r) => r.direction === id)?.name[lang] ?? id;
  const leader = result.ranking[0]!;
  const sentences: string[] = [];
  if (result.lead.runnerUp && result.lead.margin !== null) sentences.push(say(lang, RESULT.lead, leader.name[lang], result.lead.margin, nameOf(result.lead.runnerUp)));
  if (result.lead.robust) sentences.push(say(lang, RESULT.robust));
  if (!result.lead.robust && flips === 0) sentences.push(say(lang, RESULT.fragileCount, result.lead.flips.length));
  const out = paragraph(l, sentences.join(lang === "zh" ? "" : " "));
  if (result.lead.robust || flips === 0) return out;
  out.push(...paragraph(l, say(lang, RESULT.fragile)));
  for (const f of result.lead.flips.slice(0, flips)) out.push(...bullet(l, `${questionPrompt(f.question)} → ${nameOf(f.leader)}`));
  const left = result.lead.flips.length - flips;
  if (left > 0) out.push(...wrapIndented(say(lang, RESULT.moreWithDetails, left), l.width, "    "));
  return out;
}

function confidence(result: RecommendationOutput, l: Layout, short: boolean): string[] {
  const { lang, style } = l;
  if (result.confidence.level !== "low") return [];
  const reasons = result.confidence.reasons.map((x) => x.text[lang]);
  if (short) return paragraph(l, `${say(lang, RESULT.lowConfidence)}${colon(lang)}${reasons.join(lang === "zh" ? "" : " ")}`).map(style.warn);
  return [style.warn(`${say(lang, RESULT.lowConfidence)}${colon(lang).trimEnd()}`), ...reasons.flatMap((text) => bullet(l, text))];
}

function firstStepsHeading(r: RankedDirection, l: Layout): string[] {
  const added = r.firstSteps.some((s) => s.source === "added") ? addedMark(l.lang) : "";
  return heading(l, `${say(l.lang, RESULT.firstSteps)}${added}`);
}

/** A direction's full profile: what --details shows and the follow-up offers for any direction. */
function profile(r: RankedDirection, l: Layout): string[] {
  const { lang, width, style } = l;
  const out = directionTitle(r, l);
  if (r.reasons.length) {
    out.push(...heading(l, ADVICE.why[lang]));
    for (const reason of r.reasons) out.push(...bullet(l, `${reason.name[lang]}${pointsNote(reason.points, lang)}${answeredNote(reason.answers.slice(0, 2).map((a) => a.label[lang]), lang)}`));
  }
  if (r.partly.length) {
    out.push(...heading(l, ADVICE.partly[lang]));
    for (const p of r.partly.slice(0, 3)) out.push(...bullet(l, `${p.name[lang]}${partlyNote(p.points, p.gain, lang)}${answeredNote(p.answers.slice(0, 2).map((a) => a.label[lang]), lang)}`));
  }
  out.push(...heading(l, ADVICE.missing[lang]));
  if (!r.gaps.length) out.push(...wrapIndented(ADVICE.nothingMissing[lang], width, "  "));
  for (const gap of r.gaps.slice(0, 3)) {
    out.push(...bullet(l, `${gap.name[lang]}${ifMetNote(gap.gain, lang)}`));
    out.push(...wrapIndented(articleNote(gap.cite.quote[lang], lang), width, "    ").map(style.dim));
  }
  const wishes = wishText(r.wishes, lang);
  if (wishes.length) out.push(...heading(l, ADVICE.wishes[lang]), ...wishes.flatMap((w) => bullet(l, w)));
  out.push(...heading(l, say(lang, RESULT.verdict)), ...wrapIndented(r.verdict[lang], width, "  "));
  out.push(...heading(l, say(lang, RESULT.roles)), ...wrapIndented(list(r.roles.map((x) => `${x.name[lang]}${aside(x.id, lang)}`), lang), width, "  "));
  out.push(...firstStepsHeading(r, l), ...r.firstSteps.flatMap((s) => bullet(l, s.text[lang])));
  return out;
}

/** How much of each list the one-screen summary shows. */
interface Caps {
  reasons: number;
  partly: number;
  gaps: number;
  steps: number;
  flips: number;
}

/** The leader in brief: reasons and missing abilities by name and points, and the first steps. */
function summary(r: RankedDirection, l: Layout, caps: Caps): string[] {
  const { lang, width } = l;
  const out = directionTitle(r, l);
  const reasons = r.reasons.slice(0, caps.reasons);
  if (reasons.length) out.push(...heading(l, ADVICE.why[lang]), ...reasons.flatMap((x) => bullet(l, `${x.name[lang]}${pointsNote(x.points, lang)}`)));
  const partly = r.partly.slice(0, caps.partly);
  if (partly.length) out.push(...heading(l, ADVICE.partly[lang]), ...partly.flatMap((x) => bullet(l, `${x.name[lang]}${partlyNote(x.points, x.gain, lang)}`)));
  out.push(...heading(l, ADVICE.missing[lang]));
  if (!r.gaps.length) out.push(...wrapIndented(ADVICE.nothingMissing[lang], width, "  "));
  out.push(...r.gaps.slice(0, caps.gaps).flatMap((x) => bullet(l, `${x.name[lang]}${ifMetNote(x.gain, lang)}`)));
  if (r.firstSteps.length) {
    out.push(...firstStepsHeading(r, l), ...r.firstSteps.slice(0, caps.steps).flatMap((s) => bullet(l, s.text[lang])));
    const left = r.firstSteps.length - caps.steps;
    if (left > 0) out.push(...wrapIndented(say(lang, RESULT.moreWithDetails, left), width, "    "));
  }
  return out;
}

/**
 * The summary's lists from the fullest down: first steps go first (down to two), then one of the
 * answers that would change the leader, then partial abilities, steps down to one, and so on.
 */
function* shrinking(r: RankedDirection): Generator<Caps> {
  const caps: Caps = { reasons: 3, partly: 2, gaps: 3, steps: r.firstSteps.length, flips: 2 };
  yield { ...caps };
  while (caps.steps > 2) {
    caps.steps--;
    yield { ...caps };
  }
  const cuts: Array<Partial<Caps>> = [{ flips: 1 }, { partly: 1 }, { steps: 1 }, { partly: 0 }, { gaps: 2 }, { reasons: 2 }, { flips: 0 }, { gaps: 1 }, { reasons: 1 }];
  for (const cut of cuts) {
    Object.assign(caps, cut);
    yield { ...caps };
  }
}

function ending(result: RecommendationOutput, l: Layout, details: boolean, questionPrompt: (id: string) => string): string[] {
  const { lang, width, style } = l;
  const out: string[] = [];
  if (result.unanswered.length) {
    if (details) out.push(...heading(l, say(lang, RESULT.unanswered)), ...result.unanswered.flatMap((id) => bullet(l, `${questionPrompt(id)}${aside(id, lang)}`)), "");
    else out.push(...paragraph(l, say(lang, RESULT.unansweredCount, result.unanswered.length)).map(style.dim));
  }
  out.push(...paragraph(l, say(lang, RESULT.code, result.code)), ...wrapIndented(recommendCommand(result), width, "  "));
  out.push(...paragraph(l, say(lang, details ? RESULT.more : RESULT.moreShort)).map(style.dim));
  return out;
}

export function renderRecommendation(
  result: RecommendationOutput,
  ctx: RenderContext,
  questionPrompt: (id: string) => string,
  options: RecommendationRenderOptions = { details: false },
): string {
  const l: Layout = { lang: ctx.lang, width: ctx.width, style: makeStyle(ctx.colorLevel) };
  const leader = result.ranking[0]!;
  const top = [...chart(result, l), "", ...notes(result, l, !options.details), ""];
  if (options.details) {
    const low = confidence(result, l, false);
    const profiles = result.ranking.slice(0, DETAILED).flatMap((r) => [...profile(r, l), ""]);
    const flips = result.lead.flips.length;
    return [...top, ...lead(result, l, questionPrompt, flips), "", ...(low.length ? [...low, ""] : []), ...profiles, ...ending(result, l, true, questionPrompt)].join("\n");
  }
  const low = confidence(result, l, true);
  const budget = options.lines ?? SCREEN_LINES;
  let text = "";
  for (const caps of shrinking(leader)) {
    const parts = [...top, ...lead(result, l, questionPrompt, caps.flips), ...low, "", ...summary(leader, l, caps), "", ...ending(result, l, false, questionPrompt)];
    text = parts.join("\n");
    if (parts.length <= budget) break;
  }
  return text;
}

/** One direction's full profile, for the follow-up. */
export function renderProfile(r: RankedDirection, ctx: RenderContext): string {
  return profile(r, { lang: ctx.lang, width: ctx.width, style: makeStyle(ctx.colorLevel) }).join("\n");
}
