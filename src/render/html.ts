// HTML reports for `--format html`: the same results as the markdown reports, as one
// self-contained page to keep, open on a phone or print to PDF. Nothing is loaded: the styles are
// inline, fonts are the system's, the chart is inline SVG, and a Content-Security-Policy forbids
// every request. Every text goes through `html`, which escapes whatever it interpolates.
import type { Lang } from "../catalog/schema.js";
import type { GapOutput, PlanOutput, RankedDirection, RecommendationOutput } from "../advisor/views.js";
import { say } from "../messages/define.js";
import { HTML_WORDS as M } from "../messages/html.js";
import { RESULT } from "../messages/result.js";
import { ADVICE, addedMark, answeredNote, aside, effortText, ifMetNote, ifYouWantedText, learnNote, list, partlyNote, planCommand, pointsNote, quote, raisesNote, recommendCommand, unreachable, weeksText, wishText } from "./advice-words.js";
import { changeText, experimentTitle } from "./gap-plan.js";

/** Markup whose texts are escaped. Only `html` (and the page's own constants) make one. */
class Markup {
  constructor(readonly text: string) {}
}
type Part = string | number | Markup | null | undefined | false | readonly Part[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Control characters (but tab and newline) and lone surrogates are not allowed in HTML text: shown as "�". */
const UNREPRESENTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escapeHtml = (text: string) => text.replace(UNREPRESENTABLE, "\ufffd").replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const render = (part: Part): string =>
  part === null || part === undefined || part === false ? "" : part instanceof Markup ? part.text : Array.isArray(part) ? part.map(render).join("") : escapeHtml(String(part));

function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < parts.length ? render(parts[i]) : ""), ""));
}

const SVG_NS = "http://www.w3.org/2000/svg";

const STYLE = new Markup(`
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0969da; --track: #e8edf2; --warn: #9a6700; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.6; overflow-wrap: anywhere;
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
main { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 1rem; }
h2 { font-size: 1.25rem; line-height: 1.35; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
p, ul, ol { margin: .4rem 0; }
ul, ol { padding-left: 1.4rem; }
li { margin: .2rem 0; }
blockquote { margin: .2rem 0 .5rem; padding: 0 .75rem; border-left: 3px solid var(--line); color: var(--muted); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
.note { color: var(--muted); font-size: .92rem; }
.warn { border-left: 4px solid var(--warn); padding: .25rem .9rem; margin-top: 1.5rem; }
.warn h2 { border: 0; margin-top: .5rem; }
figure.chart { margin: .75rem 0; }
.chart svg { display: block; overflow: visible; }
.chart text { fill: var(--ink); font-size: 15px; }
.chart .score { font-variant-numeric: tabular-nums; font-weight: 600; }
.chart .track { fill: var(--track); }
.chart .bar { fill: var(--accent); }
.chart .stretch .bar { fill: var(--warn); }
.chart .tag { fill: var(--warn); font-size: 12px; font-weight: 600; }
footer { margin: 2.5rem auto 2rem; padding-top: .75rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .92rem; }
@media (max-width: 420px) { body { font-size: 15px; } h1 { font-size: 1.4rem; } .chart text { font-size: 13px; } .chart .tag { font-size: 11px; } }
@media print {
  @page { margin: 16mm 14mm; }
  body { font-size: 11pt; background: none; }
  main, footer { max-width: none; padding: 0; }
  section, li, blockquote, figure { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
}
`);

const htmlLang = (lang: Lang) => (lang === "zh" ? "zh-CN" : "en");
const colon = (lang: Lang) => (lang === "zh" ? "：" : ": ");

function page(lang: Lang, title: string, body: Markup, footer: Markup): string {
  // The policy comes first, before anything that could make a request.
  return `<!doctype html>\n${
    html`<html lang="${htmlLang(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="llm-career">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
<footer>
${footer}
<p>${say(lang, M.madeBy)}</p>
</footer>
</body>
</html>
`.text
  }`;
}

interface ChartBar {
  label: string;
  score: number;
  stretch: boolean;
}

/** Pixels per direction: the name on its own line, then the bar with the score after it. */
const ROW = 48;
/** Share of the width the bar takes at 100, leaving room for the score. */
const TRACK = 80;

/**
 * The scores as a bar chart. Widths are percentages, so the bars follow the page's width while
 * the text keeps its size; each name has a line of its own to stay readable on a phone. A stretch
 * is marked inside the empty end of its track: a stretch always scores under 30.
 */
function chart(id: string, title: string, bars: readonly ChartBar[], lang: Lang): Markup {
  const desc = bars.map((b) => `${b.label}${colon(lang)}${b.score}`).join(lang === "zh" ? "；" : "; ");
  const rows = bars.map((b, i) => {
    const y = i * ROW;
    const width = Math.round(b.score * TRACK) / 100;
    return html`<g class="row${b.stretch ? " stretch" : ""}">
<text class="name" x="0" y="${y + 17}">${b.label}</text>
<rect class="track" x="0" y="${y + 25}" width="${TRACK}%" height="14" rx="3"/>
<rect class="bar" x="0" y="${y + 25}" width="${width}%" height="14" rx="3"/>
${b.stretch && html`<text class="tag" x="${TRACK - 1}%" y="${y + 36}" text-anchor="end">${ADVICE.stretch[lang]}</text>`}
<text class="score" x="${TRACK + 2}%" y="${y + 37}">${b.score.toFixed(1)}</text>
</g>`;
  });
  return html`<figure class="chart">
<svg xmlns="${SVG_NS}" width="100%" height="${bars.length * ROW}" role="img" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">${title}</title>
<desc id="${id}-desc">${desc}</desc>
${rows}
</svg>
</figure>`;
}

const bulleted = (items: readonly Part[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
const section = (heading: string, ...content: Part[]) => html`<h3>${heading}</h3>${content}`;

function directionDetail(d: RankedDirection, lang: Lang): Markup {
  const labels = (answers: RankedDirection["reasons"][number]["answers"]) => answers.slice(0, 2).map((a) => a.label[lang]);
  const wishes = wishText(d.wishes, lang);
  const added = d.firstSteps.some((s) => s.source === "added") ? addedMark(lang) : "";
  const gaps = d.gaps.slice(0, 3);
  return html`<section class="direction" id="direction-${d.direction}">
<h2>${d.rank}. ${d.name[lang]} — ${d.nickname[lang]} · ${d.score}${aside(ADVICE.band[lang][d.band], lang)}${d.stretch ? aside(ADVICE.stretch[lang], lang) : ""}</h2>
${d.reasons.length > 0 && section(ADVICE.why[lang], bulleted(d.reasons.map((x) => html`<strong>${x.name[lang]}</strong>${pointsNote(x.points, lang)}${answeredNote(labels(x.answers), lang)}`)))}
${d.partly.length > 0 && section(ADVICE.partly[lang], bulleted(d.partly.map((x) => html`<strong>${x.name[lang]}</strong>${partlyNote(x.points, x.gain, lang)}${answeredNote(labels(x.answers), lang)}`)))}
${section(ADVICE.missing[lang], gaps.length ? bulleted(gaps.map((g) => html`<strong>${g.name[lang]}</strong>${ifMetNote(g.gain, lang)}<blockquote>${g.cite.quote[lang]}</blockquote>`)) : html`<p>${ADVICE.nothingMissing[lang]}</p>`)}
${wishes.length > 0 && section(ADVICE.wishes[lang], bulleted(wishes))}
${section(say(lang, RESULT.verdict), html`<blockquote>${d.verdict[lang]}</blockquote>`)}
${section(say(lang, RESULT.roles), html`<p>${list(d.roles.map((x) => `${x.name[lang]}${aside(x.id, lang)}`), lang)}</p>`)}
${section(`${say(lang, RESULT.firstSteps)}${added}`, bulleted(d.firstSteps.map((s) => s.text[lang])))}
</section>`;
}

/** How many directions are explained in detail, as in the text and markdown reports. */
const DETAILED = 3;

/** The answer code and the command that shows the result again. */
const again = (line: string, command: string) => html`<p>${line} <code>${command}</code></p>`;

export function recommendationHtml(r: RecommendationOutput, lang: Lang, prompt: (questionId: string) => string): string {
  const title = say(lang, M.recommendationTitle);
  const chartTitle = r.excluded.length ? say(lang, RESULT.titleExcluding, r.ranking.length) : say(lang, RESULT.title);
  const bars = r.ranking.map((d) => ({ label: `${d.rank}. ${d.name[lang]}`, score: d.score, stretch: d.stretch }));
  const leader = r.ranking[0]!;
  const runnerUp = r.ranking.find((d) => d.direction === r.lead.runnerUp);
  const nameOf = (id: string) => r.ranking.find((d) => d.direction === id)?.name[lang] ?? id;
  const body = html`<h1>${title}</h1>
<section class="ranking">
<h2>${chartTitle}</h2>
${chart("ranking", chartTitle, bars, lang)}
<p class="note">${ADVICE.meaning[lang]}</p>
${r.ranking.some((d) => d.stretch) && html`<p class="note">${ADVICE.stretchNote[lang]}</p>`}
${r.excluded.length > 0 && html`<p class="note">${say(lang, RESULT.excluded)}${colon(lang)}${r.excluded.join(", ")}</p>`}
</section>
${r.confidence.level === "low" && html`<section class="warn"><h2>${say(lang, RESULT.lowConfidence)}</h2>${bulleted(r.confidence.reasons.map((x) => x.text[lang]))}</section>`}
<section class="lead">
<h2>${say(lang, M.lead)}</h2>
${runnerUp && r.lead.margin !== null && html`<p>${say(lang, RESULT.lead, leader.name[lang], r.lead.margin, runnerUp.name[lang])}</p>`}
${r.lead.robust ? html`<p>${say(lang, RESULT.robust)}</p>` : html`<p>${say(lang, RESULT.fragile)}</p>${bulleted(r.lead.flips.map((f) => `${prompt(f.question)} → ${nameOf(f.leader)}`))}`}
</section>
${r.ranking.slice(0, DETAILED).map((d) => directionDetail(d, lang))}
${r.unanswered.length > 0 && html`<section class="unanswered"><h2>${say(lang, RESULT.unanswered)}</h2>${bulleted(r.unanswered.map((id) => `${prompt(id)}${aside(id, lang)}`))}</section>`}`;
  return page(lang, title, body, again(say(lang, RESULT.code, r.code), recommendCommand(r)));
}

export function gapHtml(r: GapOutput, lang: Lang): string {
  const title = say(lang, M.gapTitle, `${r.direction.number}. ${r.direction.name[lang]}`);
  const first = r.leader.direction === r.direction.id;
  const bars = [{ label: `${r.rank}. ${r.direction.name[lang]}`, score: r.score, stretch: false }];
  if (!first) bars.push({ label: `1. ${r.leader.name[lang]}`, score: r.leader.score, stretch: false });
  const chartTitle = say(lang, first ? M.gapChartFirst : M.gapChart);
  const none = html`<p>${say(lang, M.none)}</p>`;
  const wishes = wishText(r.wishes, lang);
  const sc = r.smallestChange;
  const changes = (changes: NonNullable<GapOutput["smallestChange"]>["changes"]) =>
    html`<ol>${changes.map((c) => {
      const detail = [...(c.raises.length ? [raisesNote(c.raises.map((x) => x.name[lang]), lang)] : []), ...(c.weeks ? [weeksText(c.weeks, lang)] : [])];
      return html`<li>${changeText(c, lang)}${detail.length > 0 && html`<br><span class="note">${detail.join(" · ")}</span>`}</li>`;
    })}</ol>`;
  const smallest = !sc
    ? html`<p>${unreachable(r.leader.name[lang], lang)}</p>`
    : !sc.changes.length
      ? html`<p>${ADVICE.already[lang]}</p>`
      : html`${changes(sc.changes)}<p>${say(lang, M.then, sc.score)}${sc.minimal ? "" : ` ${ADVICE.notMinimal[lang]}`}</p>
${sc.changes.some((c) => c.weeks) && html`<p class="note">${effortText(sc.effortNote, lang)}</p>`}`;
  const body = html`<h1>${title}</h1>
<p>${say(lang, M.fitAndRank, r.score.toFixed(1), r.rank)}</p>
<p class="note">${chartTitle}</p>
${chart("gap", chartTitle, bars, lang)}
<section><h2>${ADVICE.met[lang]}</h2>${r.met.length ? bulleted(r.met.map((c) => `${c.name[lang]}${pointsNote(c.points, lang)}`)) : none}</section>
${r.partly.length > 0 && html`<section><h2>${ADVICE.partly[lang]}</h2>${bulleted(r.partly.map((c) => `${c.name[lang]}${partlyNote(c.points, c.gain, lang)}`))}</section>`}
<section><h2>${ADVICE.missing[lang]}</h2>${
    r.missing.length
      ? bulleted(r.missing.map((c) => html`<strong>${c.name[lang]}</strong>${ifMetNote(c.gain, lang)} — ${c.description[lang]}<blockquote>${c.cite.quote[lang]}</blockquote>`))
      : none
  }</section>
${wishes.length > 0 && html`<section><h2>${ADVICE.wishes[lang]}</h2>${bulleted(wishes)}</section>`}
<section><h2>${ADVICE.smallest[lang]}</h2>${smallest}</section>
${r.ifYouWanted && html`<p>${ifYouWantedText(r.ifYouWanted, r.direction.name[lang], lang)}</p>`}`;
  return page(lang, title, body, html``);
}

export function planHtml(p: PlanOutput, lang: Lang): string {
  const title = say(lang, M.planTitle, `${p.direction.number}. ${p.direction.name[lang]}`);
  type Step = PlanOutput["phases"][number]["learn"][number];
  type Experiment = PlanOutput["moreExperiments"][number];
  const step = (s: Step) =>
    html`<strong>${s.name[lang]}</strong>${learnNote(s.gain, s.weeks, lang)}${s.items.length > 0 && bulleted(s.items.map((i) => `${i.text[lang]}${i.source === "added" ? addedMark(lang) : ""}`))}`;
  const tries = (e: Experiment) => e.tries && html`<p class="note">${say(lang, M.tries)}${quote(e.tries[lang], lang)}</p>`;
  const phases = p.phases.map(
    (phase) => html`<section class="phase">
<h2>${say(lang, M.days, phase.from, phase.to)}</h2>
<p><em>${phase.focus[lang]}</em></p>
${phase.learn.length > 0 && section(say(lang, M.learn), bulleted(phase.learn.map(step)))}
${phase.experiments.map((e) => section(`${say(lang, M.experiment)}${colon(lang)}${experimentTitle(e, lang)}`, html`<p>${e.detail[lang]}</p>`, tries(e)))}
</section>`,
  );
  const body = html`<h1>${title} — ${p.direction.nickname[lang]}</h1>
${!p.basedOnAnswers && html`<p class="note">${say(lang, RESULT.planNoAnswers)}</p>`}
<p class="note">${effortText(p.effortNote, lang)}</p>
${phases}
${p.moreExperiments.length > 0 && html`<section><h2>${say(lang, M.more)}</h2>${p.moreExperiments.map((e) => section(experimentTitle(e, lang), html`<p>${e.detail[lang]}</p>`, tries(e)))}</section>`}
<section><h2>${say(lang, RESULT.roles)}</h2><p>${list(p.roles.map((x) => `${x.name[lang]}${aside(x.id, lang)}`), lang)}</p></section>`;
  return page(lang, title, body, p.code ? again(say(lang, RESULT.planCode, p.code), planCommand(p.direction.id, p.code)) : html``);
}
