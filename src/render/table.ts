// Tables fitted to the terminal. Cells are wrapped here by display width (see text.ts), so
// cli-table3 never truncates; its own colours are off and headings are styled with chalk.
// A table never breaks a word or an id: when a column cannot hold its longest word, the table is
// laid out as records instead, one block of "Label: value" lines a row.
// cli-table3 0.6.5 built a truncated preview of each cell for a debug message at every line it
// drew, which is quadratic in a cell's length; patches/ holds the upstream fix (PR #362).
import Table from "cli-table3";
import { displayWidth, longestWord, wrapHanging, wrapIndented, wrapText } from "./text.js";
import type { Style } from "./style.js";

export interface TableSpec {
  head: string[];
  rows: string[][];
  /** Columns never wider than this, so that the space goes to the column that needs it most. */
  maxWidths?: number[];
  /**
   * How a row reads in the record layout: the heading of its block, and the columns listed under
   * it as "Label: value". By default the first column's value heads the block and every other
   * column is listed.
   */
  record?: { title: (row: string[]) => string; fields: number[] };
  /** Between a label and its value in the record layout (": ", or "：" in Chinese). */
  labelSep?: string;
}

// A cell line starting with a bullet is a list item: its continuation lines hang under its text.
const BULLET = "• ";
const isItem = (line: string) => line.startsWith(BULLET);

/** A cell's lines wrapped to `width` columns; list items keep a hanging indent. */
function wrapCell(cell: string, width: number): string[] {
  return cell.split("\n").flatMap((line) => (isItem(line) ? wrapIndented(line.slice(BULLET.length), width, BULLET, "  ") : wrapText(line, width)));
}

/** The narrowest width at which no word of the cell is broken. */
const cellFloor = (cell: string) => Math.max(0, ...cell.split("\n").map((line) => (isItem(line) ? displayWidth(BULLET) + longestWord(line.slice(BULLET.length)) : longestWord(line))));
const naturalWidth = (cell: string) => Math.max(0, ...cell.split("\n").map((line) => displayWidth(line)));

/** Columns of short text are not squeezed below this (nor below their longest word): five Chinese characters. */
const MIN_COLUMN = 10;
/** A column of long text (no maximum) narrower than this reads as a ribbon: records read better. */
const FLEX_MIN = 16;
/** Long-text columns give up space first, down to this. */
const FLEX_PREFERRED = 24;

/**
 * Column content widths that fit `width` columns in all, borders and padding included, with no
 * column narrower than its longest word; null if none do.
 */
export function fitColumns(spec: TableSpec, width: number): number[] | null {
  const n = spec.head.length;
  const column = (i: number) => [spec.head[i]!, ...spec.rows.map((r) => r[i] ?? "")];
  const isFlex = spec.head.map((_, i) => (spec.maxWidths?.[i] ?? Infinity) === Infinity);
  const natural = spec.head.map((_, i) => Math.max(...column(i).map(naturalWidth)));
  const floor = spec.head.map((_, i) => Math.max(...column(i).map(cellFloor), Math.min(natural[i]!, isFlex[i] ? FLEX_MIN : MIN_COLUMN)));
  const widths = spec.head.map((_, i) => Math.max(floor[i]!, Math.min(spec.maxWidths?.[i] ?? Infinity, natural[i]!)));
  const overhead = 3 * n + 1; // one space of padding each side and a border between columns
  let excess = widths.reduce((a, b) => a + b, 0) + overhead - width;
  // Columns without a maximum carry the long text: they give up space first, down to
  // FLEX_PREFERRED; then the other columns shrink to their floors; only then the long-text ones.
  const flexFirst = floor.map((f, i) => (isFlex[i] ? Math.max(f, FLEX_PREFERRED) : Infinity));
  const othersNext = floor.map((f, i) => (isFlex[i] ? Math.max(f, FLEX_PREFERRED) : f));
  for (const limit of [flexFirst, othersNext, floor]) {
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < n; i++) if (widths[i]! > limit[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      if (widest < 0) break;
      widths[widest]!--;
      excess--;
    }
  }
  return excess > 0 ? null : widths;
}


/** One "Label: value" field: a value of several lines or a list continues on indented lines. */
function field(label: string, value: string, sep: string, width: number): string[] {
  const lines = value.split("\n");
  const inline = !isItem(lines[0]!);
  const head = inline ? `${label}${sep}${lines.shift()}` : `${label}${sep.trimEnd()}`;
  return [...wrapHanging(head, width), ...(lines.length ? wrapCell(lines.join("\n"), width - 2).map((line) => `  ${line}`) : [])];
}

/** Each row as a block of "Label: value" lines under a heading, blocks apart by a blank line. */
function renderRecords(spec: TableSpec, width: number, style: Style): string {
  const sep = spec.labelSep ?? ": ";
  const { title, fields } = spec.record ?? { title: (row: string[]) => row[0] ?? "", fields: spec.head.map((_, i) => i).slice(1) };
  return spec.rows
    .map((row) => {
      const heading = title(row) ? wrapHanging(title(row), width).map(style.heading) : [];
      // An empty cell has nothing to say: its label is left out too.
      return [...heading, ...fields.flatMap((i) => (row[i] ? field(spec.head[i]!, row[i], sep, width) : []))].join("\n");
    })
    .filter(Boolean)
    .join("\n\n");
}

export function renderTable(spec: TableSpec, width: number, style: Style): string {
  const widths = fitColumns(spec, width);
  if (!widths) return renderRecords(spec, width, style);
  const wrap = (cell: string, i: number) => wrapCell(cell, widths[i]!).join("\n");
  const table = new Table({
    head: spec.head.map((h, i) => style.heading(wrap(h, i))),
    colWidths: widths.map((w) => w + 2),
    wordWrap: false,
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
  });
  for (const row of spec.rows) table.push(row.map((cell, i) => wrap(cell, i)));
  return table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}
