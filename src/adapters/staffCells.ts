// Keeping what staff typed on a sheet the add-on rewrites: cells outside its blocks (planned in
// keepCells.ts) written back as they were (formula, number format), and columns beyond its own never
// deleted when they hold anything. The moves and the kept columns are named for the `Log`.
import type { CellValue } from "../core/model";
import { KEEP_TEXT } from "../core/text/keep";
import { planKeep, planRows, type KeepPlan, type Rect } from "./keepCells";
import { colName, type Composed, type Padded } from "./sheetGrid";

type Range = GoogleAppsScript.Spreadsheet.Range;

/** What Range.getNumberFormat gives a cell with the automatic format (runtime/NOTES.md). */
const AUTOMATIC = "0.###############";

export interface KeepInput {
  name: string;
  /** The write area (rows 1..height), read before it is written. */
  range: Range;
  grid: Composed;
  own: Rect[] | null;
  height: number;
  notices: string[];
  /** The sheet down to its last row when that is below `rows` (moved cells must land on empty rows), else null. */
  more: (rows: number, cols: number) => Range | null;
}

export interface Kept {
  plan: KeepPlan;
  apply: (p: Padded) => void;
}

export function keepStaffCells(k: KeepInput): Kept {
  const before = k.range.getValues() as CellValue[][];
  let plan = planKeep(before, k.own, k.grid.rects, k.grid.rows);
  let source = { values: before, range: k.range };
  if (plan.height > k.height) {
    const wider = k.more(k.height, before[0]?.length ?? k.grid.cols);
    if (wider) {
      source = { values: wider.getValues() as CellValue[][], range: wider };
      plan = planKeep(source.values, k.own, k.grid.rects, Math.max(k.grid.rows, source.values.length));
    }
  }
  // Formulas and formats only when there is something of staff's to write back.
  const formulas = plan.cells.length > 0 ? source.range.getFormulas() : [];
  const formats = plan.cells.length > 0 ? source.range.getNumberFormats() : [];
  const at = (row: number, col: number) => `${colName(col)}${row}`;
  if (plan.moved.length > 0) k.notices.push(KEEP_TEXT.moved(k.name, plan.moved.map((c) => `${at(c.from!.row, c.from!.col)} → ${at(c.row, c.col)}`)));
  if (plan.unsure.length > 0) k.notices.push(KEEP_TEXT.unsure(k.name, plan.unsure.map((c) => at(c.row, c.col))));
  return {
    plan,
    apply: (p) => {
      for (const c of plan.cells) {
        const from = c.from ?? c;
        const formula = formulas[from.row - 1]?.[from.col - 1] ?? "";
        p.values[c.row - 1]![c.col - 1] = formula !== "" ? formula : source.values[from.row - 1]?.[from.col - 1] ?? "";
        const fmt = formats[from.row - 1]?.[from.col - 1];
        if (fmt !== undefined && p.formats[c.row - 1]) p.formats[c.row - 1]![c.col - 1] = fmt;
      }
    },
  };
}

/** The last column after `width` holding a value (`width` when none); a kept range is told through `kept`. */
export function lastUsedColumn(s: GoogleAppsScript.Spreadsheet.Sheet, width: number, maxCols: number, kept: (range: string) => void): number {
  const rows = s.getLastRow();
  if (rows === 0) return width;
  const extra = s.getRange(1, width + 1, rows, maxCols - width).getValues() as CellValue[][];
  let used = 0;
  for (const line of extra) for (let c = line.length; c > used; c--) if (line[c - 1] !== "" && line[c - 1] !== null) { used = c; break; }
  if (used > 0) kept(`${colName(width + 1)}–${colName(width + used)}`);
  return width + used;
}

/**
 * Before a table keyed by its first column is rewritten in a new order: reads what staff typed in the
 * columns after `width` and returns the write that moves each row of it to its key's new row (values,
 * formulas, number formats), to run after the table's own write; null when there is nothing to move.
 */
export function followRows(s: GoogleAppsScript.Spreadsheet.Sheet, name: string, width: number, oldLast: number, next: readonly CellValue[], notices: string[]): (() => void) | null {
  const cols = s.getLastColumn() - width;
  if (cols <= 0) return null;
  const range = s.getDataRange();
  const values = range.getValues() as CellValue[][];
  const { to, gone, height } = planRows(values, width, oldLast, next);
  if ([...to].every(([r, d]) => r === d)) return null;
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const outValues = Array.from({ length: height - 1 }, () => new Array<CellValue>(cols).fill(""));
  const outFormats = Array.from({ length: height - 1 }, (_, i) => formats[i + 1]?.slice(width) ?? new Array<string>(cols).fill(AUTOMATIC));
  for (const [r, d] of to) {
    for (let c = 0; c < cols; c++) {
      outValues[d - 2]![c] = formulas[r - 1]![width + c] || values[r - 1]![width + c]!;
      outFormats[d - 2]![c] = formats[r - 1]![width + c]!;
    }
  }
  const at = (row: number) => `${colName(width + 1)}${row}`;
  if (gone.length > 0) notices.push(KEEP_TEXT.gone(name, gone.map((r) => `${String(values[r - 1]![0])} ${at(r)} → ${at(to.get(r)!)} ("${values[r - 1]!.slice(width).join(" ").trim()}")`.trim())));
  return () => {
    s.getRange(2, width + 1, height - 1, cols).setValues(outValues).setNumberFormats(outFormats);
  };
}
