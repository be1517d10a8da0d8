// How the browse results look to a person. Takes the same objects that --json prints.
import type { Lang, LocalizedText, Section, SourcedText } from "../catalog/schema.js";
import type { BarrierView, CompareOutput, ListOutput, ShowOutput } from "../catalog/views.js";
import { label, t } from "./labels.js";
import { makeStyle, type Style } from "./style.js";
import { renderTable } from "./table.js";
import { wrapIndented, wrapText } from "./text.js";
import { say } from "../messages/define.js";
import { M as BROWSE } from "../messages/browse.js";

export interface RenderContext {
  lang: Lang;
  width: number;
  colorLevel: 0 | 1 | 2 | 3;
}

type Profile = Extract<ShowOutput, { kind: "direction" }>["direction"];

/** The browse views' own words beyond labels.ts: what marks a text or a rank as added. */
const MARK = {
  rankAdded: { zh: "（排名为补充）", en: " (rank added)" },
  rankAddedLong: { zh: "（排名为本工具补充，文章没有给出）", en: " (rank added: the article gives none)" },
  rank: { zh: "门槛排名", en: "Barrier rank" },
  textAdded: { zh: "（文章之外的补充）", en: " (added beyond the article)" },
  nameAdded: { zh: "（补充）", en: " (added)" },
  sameAs: { zh: (n: number) => `（同方向 ${n}）`, en: (n: number) => ` (like direction ${n})` },
  sameAsLong: {
    zh: (n: number, name: string) => `“同样”是与方向 ${n}（${name}）相比。`,
    en: (n: number, name: string) => `"Likewise" compares it with direction ${n} (${name}).`,
  },
} as const;

type BarrierShown = Pick<BarrierView, "wording" | "rank" | "rankSource" | "sameAs">;
/** The article's wording for the barrier, with the direction it is "likewise" (同样) like. */
const barrierWording = (b: BarrierShown, lang: Lang) => t(b.wording, lang) + (b.sameAs ? MARK.sameAs[lang](b.sameAs.number) : "");
/** "4/5 (rank added)": the rank, never without its mark while the article gives none. */
const rankText = (b: BarrierShown, lang: Lang, long = false) =>
  `${b.rank}/5${b.rankSource === "added" ? (long ? MARK.rankAddedLong : MARK.rankAdded)[lang] : ""}`;
/** A market note, marked when it is not the article's words. */
const noteText = (n: SourcedText, lang: Lang) => t(n, lang) + (n.source === "added" ? MARK.textAdded[lang] : "");
/** A skill's name, marked when the article does not name it in these words. */
const skillText = (s: { name: LocalizedText; source: "article" | "added" }, lang: Lang) => t(s.name, lang) + (s.source === "added" ? MARK.nameAdded[lang] : "");
/** "岗位画像：他们到底在忙什么？" — the interface's label, then the article's headline. */
const sectionHeading = (labelText: string, s: Section | { headline: LocalizedText }, lang: Lang) =>
  `${labelText}${lang === "zh" ? "：" : ": "}${t(s.headline, lang)}`;
const labelSep = (lang: Lang) => (lang === "zh" ? "：" : ": ");
/** The section's opening sentence, leading into its list. */
const leadLines = (lead: LocalizedText | null, lang: Lang, width: number) => (lead ? wrapText(`${t(lead, lang)}${lang === "zh" ? "：" : ":"}`, width) : []);

export function renderList(result: ListOutput, ctx: RenderContext): string {
  const { lang } = ctx;
  const style = makeStyle(ctx.colorLevel);
  return renderTable(
    {
      // The nickname shares the name's cell: six columns do not fit 80 without mangling both.
      head: [label("number", lang), label("id", lang), `${label("name", lang)} / ${label("nickname", lang)}`, label("barrier", lang), label("verdict", lang)],
      rows: result.directions.map((d) => [String(d.number), d.id, `${t(d.name, lang)}\n${t(d.nickname, lang)}`, `${barrierWording(d.barrier, lang)}\n${rankText(d.barrier, lang)}`, t(d.verdict, lang)]),
      maxWidths: [2, 14, 22, 16, Infinity],
      // As a record: "1. Name — nickname", as show's title, then the id, the barrier, the verdict.
      record: { title: (row) => `${row[0]}. ${row[2]!.replace("\n", " — ")}`, fields: [1, 3, 4] },
      labelSep: labelSep(lang),
    },
    ctx.width,
    style,
  );
}

/** A section: a heading, then lines. */
function section(style: Style, heading: string, lines: string[]): string {
  return [style.heading(heading), ...lines].join("\n");
}

const bullets = (items: string[], width: number) => items.flatMap((s) => wrapIndented(s, width, "• ", "  "));
const titled = (title: LocalizedText, detail: LocalizedText, lang: Lang) =>
  lang === "zh" ? `${t(title, lang)}：${t(detail, lang)}` : `${t(title, lang)}: ${t(detail, lang)}`;

function renderDirection(d: Profile, ctx: RenderContext): string {
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const sep = lang === "zh" ? "：" : ": ";
  const header = [
    style.title(wrapText(`${d.number}. ${t(d.name, lang)} — ${t(d.nickname, lang)}`, width).join("\n")),
    ...wrapText(`id: ${d.id}   ${say(lang, BROWSE.aliases)}${d.aliases.join(lang === "zh" ? "、" : ", ")}`, width).map(style.dim),
    ...(d.analogy ? wrapText(`${label("analogy", lang)}${sep}${t(d.analogy, lang)}`, width) : []),
  ].join("\n");
  const roles = renderTable(
    {
      head: [label("id", lang), label("role", lang), label("whatTheyDo", lang)],
      rows: d.roles.map((r) => [r.id, t(r.name, lang), t(r.summary, lang)]),
      maxWidths: [30, 20, Infinity],
      record: { title: (row) => row[1]!, fields: [0, 2] },
      labelSep: labelSep(lang),
    },
    width,
    style,
  );
  const { sections, barrier } = d;
  const heading = (text: string) => style.heading(wrapText(text, width).join("\n"));
  // The level's wording is part of the lead, except where the article words it in the headline
  // (“极高”): there the rank line names it, so that the wording is shown as a text of its own.
  const wordingInLead = barrier.lead[lang].includes(barrier.wording[lang]);
  const rankLines = [
    `${MARK.rank[lang]}${sep}${wordingInLead ? "" : `${t(barrier.wording, lang)}${lang === "zh" ? "，" : ", "}`}${rankText(barrier, lang, true)}`,
    ...(barrier.sameAs ? [MARK.sameAsLong[lang](barrier.sameAs.number, t(barrier.sameAs.name, lang))] : []),
  ];
  return [
    header,
    d.introduction.map((p) => wrapText(t(p, lang), width).join("\n")).join("\n\n"),
    [heading(sectionHeading(label("roles", lang), sections.roles, lang)), ...leadLines(sections.roles.lead, lang, width), roles].join("\n"),
    [
      heading(sectionHeading(label("dailyWork", lang), sections.dailyWork, lang)),
      ...leadLines(sections.dailyWork.lead, lang, width),
      ...bullets(d.dailyWork.map((w) => titled(w.title, w.detail, lang)), width),
    ].join("\n"),
    [
      heading(sectionHeading(label("barrier", lang), barrier, lang)),
      ...leadLines(barrier.lead, lang, width),
      ...bullets(barrier.reasons.map((r) => titled(r.title, r.detail, lang)), width),
      ...rankLines.flatMap((line) => wrapText(line, width)).map(style.dim),
    ].join("\n"),
    [
      heading(sectionHeading(label("fits", lang), sections.fits, lang)),
      ...leadLines(sections.fits.lead, lang, width),
      ...bullets(d.fits.map((f) => titled(f.title, f.detail, lang)), width),
    ].join("\n"),
    section(style, label("skills", lang), wrapText(d.skills.map((s) => skillText(s, lang)).join(lang === "zh" ? "、" : ", "), width)),
    section(style, label("market", lang), bullets(d.marketNotes.map((m) => noteText(m, lang)), width)),
    section(style, label("verdict", lang), wrapText(t(d.verdict, lang), width)),
  ].join("\n\n");
}

export function renderShow(result: ShowOutput, ctx: RenderContext): string {
  if (result.kind === "direction") return renderDirection(result.direction, ctx);
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const { role, direction } = result;
  const sep = lang === "zh" ? "：" : ": ";
  return [
    style.title(wrapText(t(role.name, lang) + (role.metaphor ? ` — ${t(role.metaphor, lang)}` : ""), width).join("\n")),
    ...wrapText(`id: ${role.id}${role.aliases.length ? `   ${say(lang, BROWSE.aliases)}${role.aliases.join(lang === "zh" ? "、" : ", ")}` : ""}`, width).map(style.dim),
    wrapText(`${label("direction", lang)}${sep}${direction.number}. ${t(direction.name, lang)} — ${t(direction.nickname, lang)} (${direction.id})`, width).join("\n"),
    "",
    wrapText(t(role.summary, lang), width).join("\n"),
    "",
    style.dim(wrapText(`${label("seeAlso", lang)}${sep}llm-career show ${direction.id}`, width).join("\n")),
  ].join("\n");
}

export function renderCompare(result: CompareOutput, ctx: RenderContext): string {
  const { lang } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const list = (items: string[]) => items.map((s) => `• ${s}`).join("\n");
  const listSep = lang === "zh" ? "、" : ", ";
  const ds = result.directions;
  const rows: string[][] = [
    [label("barrier", lang), ...ds.map((d) => `${barrierWording(d.barrier, lang)}\n${rankText(d.barrier, lang)}`)],
    [label("roles", lang), ...ds.map((d) => list(d.roles.map((r) => t(r.name, lang))))],
    [label("keySkills", lang), ...ds.map((d) => d.skills.map((s) => skillText(s, lang)).join(listSep))],
    [label("fits", lang), ...ds.map((d) => list(d.fits.map((f) => t(f, lang))))],
    [label("market", lang), ...ds.map((d) => list(d.marketNotes.map((m) => noteText(m, lang))))],
    [label("verdict", lang), ...ds.map((d) => t(d.verdict, lang))],
  ];
  return renderTable(
    {
      head: [label("facet", lang), ...ds.map((d) => `${d.number}. ${t(d.name, lang)}`)],
      rows,
      maxWidths: [12, ...ds.map(() => Infinity)],
      labelSep: labelSep(lang),
    },
    ctx.width,
    style,
  );
}
