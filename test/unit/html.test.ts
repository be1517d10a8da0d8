// The HTML reports (--format html), from the core's real results for the personas: a
// self-contained page that can load nothing, every text escaped (hostile strings in every text
// field and in the question prompts), both languages, and the same facts as the JSON and the
// markdown report. Rendering in a real browser is test/e2e/html-chromium.test.ts.
import { describe, expect, it } from "vitest";
import { advisor } from "../../src/advisor/advisor.js";
import { requireValidAnswers } from "../../src/advisor/answers.js";
import { gapReport } from "../../src/advisor/gap.js";
import { buildPlan } from "../../src/advisor/plan.js";
import { recommend } from "../../src/advisor/recommend.js";
import type { GapOutput, PlanOutput, RecommendationOutput } from "../../src/advisor/views.js";
import type { DirectionId, Lang } from "../../src/catalog/schema.js";
import { gapHtml, planHtml, recommendationHtml } from "../../src/render/html.js";
import { gapMarkdown, planMarkdown, recommendationMarkdown } from "../../src/render/markdown.js";
import personasJson from "../fixtures/personas.json";

interface Persona {
  id: string;
  answers: Record<string, unknown>;
}
const personas = personasJson as Persona[];
const LANGS: Lang[] = ["en", "zh"];
const answersOf = (p: Persona) => requireValidAnswers(advisor.questionnaire, { answers: p.answers }, p.id);
const promptIn = (lang: Lang) => (id: string) => advisor.questionnaire.questions.find((q) => q.id === id)!.prompt[lang];

/** The text a reader sees: inline tags dropped, block tags as spaces, the five entities decoded. */
function visibleText(html: string): string {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<title>[\s\S]*?<\/title>/, "");
  return body
    .replace(/<\/?(strong|em|code|span)>/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!)
    .replace(/\s+/g, " ");
}
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Elements and attributes a report may contain: nothing that runs, loads or submits. */
const TAGS = new Set(["html", "head", "meta", "link", "title", "style", "body", "main", "footer", "section", "h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "blockquote", "code", "br", "span", "figure", "svg", "desc", "g", "text", "rect"]);

const ATTRIBUTES = new Set(["lang", "charset", "http-equiv", "content", "name", "rel", "href", "class", "id", "xmlns", "width", "height", "role", "aria-labelledby", "x", "y", "rx", "text-anchor"]);

function checkPage(html: string, lang: Lang, textMayHaveUrls = false): void {
  expect(html.startsWith("<!doctype html>\n")).toBe(true);
  expect(html).toContain(`<html lang="${lang === "zh" ? "zh-CN" : "en"}">`);
  expect(html).toContain('<meta charset="utf-8">');
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  // The policy is the first thing after the charset: nothing before it could load.
  expect(html).toMatch(/<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
  expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
  const tags = new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
  expect([...tags].filter((t) => !TAGS.has(t))).toEqual([]);
  // No event handlers, no URL but the SVG namespace and the empty data: icon.
  // Attributes: a value is quoted and holds no raw quote, so this reads every name.
  const attributes = new Set([...html.matchAll(/<[a-zA-Z][^>]*>/g)].flatMap((tag) => [...tag[0].matchAll(/\s([^\s="'/>]+)(?:="[^"]*")?/g)].map((m) => m[1]!)));
  expect([...attributes].filter((a) => !ATTRIBUTES.has(a))).toEqual([]);
  // A report's own text has no URL at all (a hostile one is checked to stay text instead).
  if (!textMayHaveUrls) for (const m of html.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]*/gi)) expect(m[0]).toBe("http://www.w3.org/2000/svg");
  for (const m of html.matchAll(/\s(?:src|href|action|srcset|poster|xlink:href|xmlns)\s*=\s*"([^"]*)"/gi)) expect(["data:,", "http://www.w3.org/2000/svg"]).toContain(m[1]);
  expect(html.match(/<link [^>]*>/g)).toEqual(['<link rel="icon" href="data:,">']);
  expect(html).not.toMatch(/url\s*\(|@import|@font-face/i);
}

/** The SVG chart's rows: the label and the score each shows. */
function chartRows(html: string): Array<{ label: string; score: string }> {
  const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
  return [...svg.matchAll(/<text class="name"[^>]*>([^<]*)<\/text>[\s\S]*?<text class="score"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    label: visibleText(m[1]!).trim(),
    score: m[2]!,
  }));
}

describe("recommendationHtml", () => {
  const results = personas.map((p) => ({ persona: p, result: recommend(advisor, answersOf(p)) }));

  it.each(LANGS)("every persona in %s: a self-contained page with every direction's name and score in the chart", (lang) => {
    for (const { persona, result } of results) {
      const html = recommendationHtml(result, lang, promptIn(lang));
      checkPage(html, lang);
      const rows = chartRows(html);
      expect(rows, persona.id).toEqual(result.ranking.map((d) => ({ label: `${d.rank}. ${d.name[lang]}`, score: d.score.toFixed(1) })));
      const text = visibleText(html);
      expect(text).toContain(result.code);
      for (const d of result.ranking.slice(0, 3)) {
        expect(text).toContain(d.verdict[lang]);
        for (const r of d.reasons) expect(text).toContain(r.name[lang]);
        for (const g of d.gaps.slice(0, 3)) expect(text).toContain(squash(g.cite.quote[lang]));
        for (const role of d.roles) expect(text).toContain(role.id);
      }
    }
  });

  it("the chart is labelled for screen readers, with every score in its description", () => {
    const { result } = results[0]!;
    const html = recommendationHtml(result, "en", promptIn("en"));
    expect(html).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img" aria-labelledby="ranking-title ranking-desc">/);
    const desc = html.match(/<desc id="ranking-desc">([^<]*)<\/desc>/)![1]!;
    for (const d of result.ranking) expect(desc).toContain(`${d.name.en}: ${d.score}`);
    expect(html).toMatch(/<title id="ranking-title">How well you fit the six directions \(0–100\)<\/title>/);
  });

  it.each(LANGS)("says in %s what the markdown report says", (lang) => {
    for (const { result } of results.slice(0, 8)) {
      const text = visibleText(recommendationHtml(result, lang, promptIn(lang)));
      for (const line of markdownStatements(recommendationMarkdown(result, lang, promptIn(lang)))) expect(says(text, line), line).toBe(true);
      const runnerUp = result.ranking.find((d) => d.direction === result.lead.runnerUp)!;
      expect(text).toContain(`${runnerUp.name[lang]}${lang === "zh" ? "）" : ")"}`);
      expect(text).toContain(`${result.lead.margin} ${lang === "zh" ? "分" : "points"}`);
      for (const f of result.lead.flips) expect(text).toContain(`${promptIn(lang)(f.question)} → ${result.ranking.find((d) => d.direction === f.leader)!.name[lang]}`);
    }
  });

  it("an --exclude result names the flag that reproduces it, and titles the chart for the others", () => {
    const answers = answersOf(personas[0]!);
    const result = recommend(advisor, answers, { exclude: ["algorithms", "safety"] });
    const html = recommendationHtml(result, "en", promptIn("en"));
    expect(visibleText(html)).toContain(`llm-career recommend --code ${result.code} --exclude algorithms,safety`);
    expect(html).toContain("How well you fit the other 4 directions (0–100)");
    expect(chartRows(html)).toHaveLength(4);
    expect(visibleText(recommendationHtml(result, "zh", promptIn("zh")))).toContain("你与其余 4 个方向的契合度（0–100）");
  });

  it("a Chinese page has Chinese headings and no English ones", () => {
    const { result } = results[0]!;
    const zh = visibleText(recommendationHtml(result, "zh", promptIn("zh")));
    expect(zh).toContain("我的大模型职业方向契合度");
    expect(zh).toContain("领先程度");
    expect(zh).toContain("答案代码");
    for (const english of ["How clear the lead is", "Answer code", "Roles to aim for", "First steps", "Why"]) expect(zh).not.toContain(english);
  });
});

/**
 * The markdown report's statements, without markdown: headings, list items, quotes and
 * paragraphs. The table is the chart in HTML, and the lead is said as the text report says it
 * (naming the leader): both are checked as facts instead.
 */
function markdownStatements(md: string): string[] {
  return md
    .replace(/\n## (How clear the lead is|领先程度)\n[\s\S]*?(?=\n## )/, "")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("|") && !/`[█░]+`/.test(line) && line !== "---")
    // "**Roles to aim for**: a, b" is a heading and a paragraph in HTML.
    .flatMap((line) => line.match(/^\*\*([^*]+?)(?:[:：]\s*)?\*\*(?:[:：]\s*)?(.*)$/)?.slice(1) ?? [line])
    .map((line) =>
      squash(
        line
          .replace(/^\s*(#+|[-*]|\d+\.|>)\s+/, "")
          .replace(/^>\s*/, "")
          .replace(/^✅ /, "")
          .replace(/\*\*|`/g, "")
          .replace(/^_(.*)_$/, "$1")
          .replace(/ _(.*)_$/, " $1"),
      ),
    )
    .filter((line) => line && line !== "-" && !line.startsWith("→"));
}

/** Whether the page's text says a statement (a sentence may start in lower case after a name). */
const says = (text: string, statement: string) => brackets(text).toLowerCase().includes(brackets(statement).toLowerCase());
/** Markdown writes some asides in half-width brackets in Chinese too. */
const brackets = (s: string) => squash(s.replace(/（/g, " (").replace(/）/g, ") "));

describe("gapHtml and planHtml", () => {
  const cases = personas.slice(0, 10).flatMap((p) => {
    const answers = answersOf(p);
    const ranking = recommend(advisor, answers).ranking;
    return [ranking[0]!.direction, ranking[ranking.length - 1]!.direction].map((target) => ({ id: `${p.id} → ${target}`, answers, target }));
  });

  it.each(LANGS)("gap in %s: the page, the score chart, and what the markdown says", (lang) => {
    for (const { id, answers, target } of cases) {
      const gap = gapReport(advisor, answers, target);
      const html = gapHtml(gap, lang);
      checkPage(html, lang);
      const rows = chartRows(html);
      expect(rows[0], id).toEqual({ label: `${gap.rank}. ${gap.direction.name[lang]}`, score: gap.score.toFixed(1) });
      if (gap.rank > 1) expect(rows[1], id).toEqual({ label: `1. ${gap.leader.name[lang]}`, score: gap.leader.score.toFixed(1) });
      else expect(rows, id).toHaveLength(1);
      const text = visibleText(html);
      for (const c of [...gap.met, ...gap.partly, ...gap.missing]) expect(text, id).toContain(c.name[lang]);
      for (const line of markdownStatements(gapMarkdown(gap, lang)).filter((l) => !/^(Fit|契合度)/.test(l))) expect(says(text, line), `${id}: ${line}`).toBe(true);
    }
  });

  it.each(LANGS)("plan in %s: every phase, step, experiment and role, with and without answers", (lang) => {
    const plans: PlanOutput[] = [...cases.map((c) => buildPlan(advisor, c.target, c.answers)), buildPlan(advisor, "inference", undefined)];
    for (const plan of plans) {
      const html = planHtml(plan, lang);
      checkPage(html, lang);
      const text = visibleText(html);
      for (const line of markdownStatements(planMarkdown(plan, lang))) expect(says(text, line), line).toBe(true);
      for (const role of plan.roles) expect(text).toContain(role.id);
      if (plan.code) expect(text).toContain(`llm-career plan ${plan.direction.id} --code ${plan.code}`);
    }
    expect(visibleText(planHtml(buildPlan(advisor, "inference", undefined), lang))).toContain(lang === "zh" ? "没有提供答案" : "No answers given");
  });
});

describe("escaping", () => {
  const HOSTILE = [
    `<script>alert(1)</script>`,
    `"><img src=x onerror=alert(1)>`,
    `'><svg onload=alert(1)>`,
    `</style><link rel=stylesheet href=https://evil.example/x.css>`,
    `</text></svg><iframe src="javascript:alert(1)">`,
    `&amp; &lt; ]]> <!-- -->`,
  ];
  const evil = HOSTILE.join(" ");
  /** The same text as a correct escaper writes it (by hand: & < > " ' as entities). */
  const escaped = evil.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

  /** Fields that hold ids or codes; the others are enums the renderer branches on (band, match, source, trait). */
  const ID_FIELDS = new Set(["code", "id", "choice", "question", "direction", "runnerUp", "leader", "excluded"]);
  /** Every text (each language of a catalog text) and every id in the result, with the hostile text in front. */
  function poison<T>(value: T, key = ""): T {
    if (typeof value === "string") return (ID_FIELDS.has(key) ? `${evil}${value}` : value) as T;
    if (Array.isArray(value)) return value.map((v) => poison(v, key)) as T;
    if (value && typeof value === "object") {
      const text = Object.keys(value).sort().join() === "en,zh";
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, text ? `${evil}${String(v)}` : poison(v, k)])) as T;
    }
    return value;
  }
  const answers = answersOf(personas[0]!);
  const base = recommend(advisor, answers, { exclude: ["data"] });
  // Dropping an answer changes the leader here, so the page lists the flips with their prompts.
  const fragile: RecommendationOutput = { ...base, lead: { ...base.lead, robust: false, flips: [{ question: "math", leader: base.ranking[1]!.direction }] } };
  const targets: DirectionId[] = ["inference", base.ranking[0]!.direction];
  const pages = LANGS.flatMap((lang) => [
    { lang, chart: true, html: recommendationHtml(poison(fragile), lang, (id) => `${evil}${id}`) },
    ...targets.map((t) => ({ lang, chart: true, html: gapHtml(poison(gapReport(advisor, answers, t)) as GapOutput, lang) })),
    { lang, chart: false, html: planHtml(poison(buildPlan(advisor, "inference", answers)), lang) },
  ]);

  it("hostile text in every field stays text: no element, attribute or URL comes from it", () => {
    for (const { lang, chart, html } of pages) {
      checkPage(html, lang, true);
      for (const h of HOSTILE) expect(html).not.toContain(h);
      expect(html).toContain(escaped);
      // Inside the SVG too: the chart's labels and its title.
      if (chart) expect(html.match(/<svg[\s\S]*?<\/svg>/)![0]).toContain(escaped);
    }
  });

  it("control characters and lone surrogates become U+FFFD; tabs and newlines stay", () => {
    const result = { ...base, code: "a\u0000b\u001b[31mc\u0085d\ud800e\tf\ng😀" };
    const html = recommendationHtml(result, "en", promptIn("en"));
    expect(html).toContain("a\ufffdb\ufffd[31mc\ufffdd\ufffde\tf\ng😀");
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });
});
