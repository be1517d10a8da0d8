// How the browse results look to a person. Takes the same objects that --json prints.
import type { Lang, LocalizedText } from "../catalog/schema.js";
import type { CompareOutput, ListOutput, ShowOutput } from "../catalog/views.js";
import { label, t } from "./labels.js";
import { makeStyle, type Style } from "./style.js";
import { renderTable } from "./table.js";
import { wrapIndented, wrapText } from "./text.js";

export interface RenderContext {
  lang: Lang;
  width: number;
  colorLevel: 0 | 1 | 2 | 3;
}

type Profile = Extract<ShowOutput, { kind: "direction" }>["direction"];

export function renderList(result: ListOutput, ctx: RenderContext): string {
  const { lang } = ctx;
  const style = makeStyle(ctx.colorLevel);
  return renderTable(
    {
      // The nickname shares the name's cell: six columns do not fit 80 without mangling both.
      head: [label("number", lang), label("id", lang), `${label("name", lang)} / ${label("nickname", lang)}`, label("barrier", lang), label("verdict", lang)],
      rows: result.directions.map((d) => [String(d.number), d.id, `${t(d.name, lang)}\n${t(d.nickname, lang)}`, t(d.barrier.wording, lang), t(d.verdict, lang)]),
      minWidths: [1, 14, 12, 8, 12],
      maxWidths: [2, 14, 22, 10, Infinity],
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
    ...wrapText(`id: ${d.id}   aliases: ${d.aliases.join(", ")}`, width).map(style.dim),
    ...(d.analogy ? wrapText(`${label("analogy", lang)}${sep}${t(d.analogy, lang)}`, width) : []),
  ].join("\n");
  const roles = renderTable(
    {
      head: [label("id", lang), label("role", lang), label("whatTheyDo", lang)],
      rows: d.roles.map((r) => [r.id, t(r.name, lang), t(r.summary, lang)]),
      minWidths: [10, 8, 16],
      maxWidths: [30, 20, Infinity],
    },
    width,
    style,
  );
  const barrierTitle = `${label("barrier", lang)}${sep}${t(d.barrier.wording, lang)} (${d.barrier.rank}/5) — ${t(d.barrier.headline, lang)}`;
  return [
    header,
    d.introduction.map((p) => wrapText(t(p, lang), width).join("\n")).join("\n\n"),
    section(style, label("roles", lang), [roles]),
    section(style, label("dailyWork", lang), bullets(d.dailyWork.map((w) => titled(w.title, w.detail, lang)), width)),
    section(style, wrapText(barrierTitle, width).join("\n"), bullets(d.barrier.reasons.map((r) => titled(r.title, r.detail, lang)), width)),
    section(style, label("fits", lang), bullets(d.fits.map((f) => titled(f.title, f.detail, lang)), width)),
    section(style, label("skills", lang), wrapText(d.skills.map((s) => t(s.name, lang)).join(lang === "zh" ? "、" : ", "), width)),
    section(style, label("market", lang), bullets(d.marketNotes.map((m) => t(m, lang)), width)),
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
    ...wrapText(`id: ${role.id}${role.aliases.length ? `   aliases: ${role.aliases.join(", ")}` : ""}`, width).map(style.dim),
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
    [label("barrier", lang), ...ds.map((d) => `${t(d.barrier.wording, lang)} (${d.barrier.rank}/5)`)],
    [label("roles", lang), ...ds.map((d) => list(d.roles.map((r) => t(r.name, lang))))],
    [label("keySkills", lang), ...ds.map((d) => d.skills.map((s) => t(s.name, lang)).join(listSep))],
    [label("fits", lang), ...ds.map((d) => list(d.fits.map((f) => t(f, lang))))],
    [label("market", lang), ...ds.map((d) => list(d.marketNotes.map((m) => t(m, lang))))],
    [label("verdict", lang), ...ds.map((d) => t(d.verdict, lang))],
  ];
  return renderTable(
    {
      head: [label("facet", lang), ...ds.map((d) => `${d.number}. ${t(d.name, lang)}`)],
      rows,
      minWidths: [6, ...ds.map(() => 8)],
      maxWidths: [12, ...ds.map(() => Infinity)],
    },
    ctx.width,
    style,
  );
}
