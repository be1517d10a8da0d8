// Tables fitted to the terminal. Cells are wrapped here by display width (see text.ts), so
// cli-table3 never truncates; its own colours are off and headings are styled with chalk.
// cli-table3 0.6.5 built a truncated preview of each cell for a debug message at every line it
// drew, which is quadratic in a cell's length; patches/ holds the upstream fix (PR #362).
import Table from "cli-table3";
import { displayWidth, wrapText } from "./text.js";
import type { Style } from "./style.js";

export interface TableSpec {
  head: string[];
  rows: string[][];
  /** Columns never narrower than this (before wrapping), e.g. for ids. */
  minWidths?: number[];
  /** Columns never wider than this, so that the space goes to the column that needs it most. */
  maxWidths?: number[];
}

const naturalWidth = (cell: string) => Math.max(0, ...cell.split("\n").map((line) => displayWidth(line)));

/** No column is squeezed below this many columns; a table that cannot fit is laid out as records. */
const MIN_COLUMN = 6;
const FLEX_FLOOR = 24;

/** Column content widths that fit `width` columns in all, borders and padding included; null if none do. */
export function fitColumns(spec: TableSpec, width: number): number[] | null {
  const n = spec.head.length;
  const widths = spec.head.map((h, i) =>
    Math.min(spec.maxWidths?.[i] ?? Infinity, Math.max(naturalWidth(h), ...spec.rows.map((r) => naturalWidth(r[i] ?? "")))),
  );
  const min = spec.head.map((_, i) => Math.min(widths[i]!, Math.max(MIN_COLUMN, spec.minWidths?.[i] ?? MIN_COLUMN)));
  const overhead = 3 * n + 1; // one space of padding each side and a border between columns
  let excess = widths.reduce((a, b) => a + b, 0) + overhead - width;
  // Columns without a maximum carry the long text: they give up space first, down to FLEX_FLOOR;
  // then the other columns shrink to their minimums; only then the long-text columns again.
  const isFlex = spec.head.map((_, i) => (spec.maxWidths?.[i] ?? Infinity) === Infinity);
  const flexFloor = min.map((m, i) => (isFlex[i] ? Math.max(m, FLEX_FLOOR) : Infinity));
  const othersFirst = min.map((m, i) => (isFlex[i] ? Math.max(m, FLEX_FLOOR) : m));
  for (const floor of [flexFloor, othersFirst, min]) {
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < n; i++) if (widths[i]! > floor[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      if (widest < 0) break;
      widths[widest]!--;
      excess--;
    }
  }
  return excess > 0 ? null : widths; // null: the terminal is narrower than the minimums
}

/** The fallback for narrow terminals: each row as a block of "heading: value" lines. */
function renderRecords(spec: TableSpec, width: number, style: Style): string {
  return spec.rows
    .map((row) =>
      [
        style.heading(wrapText(`${spec.head[0]} ${row[0]}`.trim(), width).join("\n")),
        ...row.slice(1).flatMap((cell, i) => {
          const inline = `${spec.head[i + 1]}: ${cell}`;
          if (!cell.includes("\n") && displayWidth(inline) <= width) return [inline];
          return [...wrapText(`${spec.head[i + 1]}:`, width), ...cell.split("\n").flatMap((l) => wrapText(l, width - 2).map((w) => `  ${w}`))];
        }),
      ].join("\n"),
    )
    .join("\n\n");
}

export function renderTable(spec: TableSpec, width: number, style: Style): string {
  const widths = fitColumns(spec, width);
  if (!widths) return renderRecords(spec, width, style);
  const wrap = (cell: string, i: number) => wrapText(cell, widths[i]!).join("\n");
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
