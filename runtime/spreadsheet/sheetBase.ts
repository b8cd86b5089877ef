// Sheet fake state and its uncounted `__` helpers (tests, the driver, the xlsx loader, the FormApp fake).
import { guard } from "../calls";
import { toA1 } from "./a1";
import type { EmbeddedChartFake } from "./charts";
import { displayValue } from "./formats";
import { Grid, type Cell, type CellValue } from "./grid";
import { checkCellLength, formulaRisk, type FormulaRisk } from "./input";
import type { SheetFake } from "./sheet";
import type { SpreadsheetFake } from "./spreadsheet";

export interface FormulaCell {
  a1: string;
  row: number;
  col: number;
  text: string;
  kind: FormulaRisk;
}

export class SheetBase {
  __hidden = false;
  __frozenRows = 0;
  __frozenColumns = 0;
  __formUrl: string | null = null;
  __tabColor: string | null = null;
  readonly __columnWidths = new Map<number, number>();
  /** Columns hidden with hideColumns (1-based), shifted by column inserts and deletes. */
  __hiddenColumns = new Set<number>();
  readonly __charts: EmbeddedChartFake[] = [];
  /** The guarded proxy handed to callers. */
  readonly __self: SheetFake;

  constructor(
    readonly __ss: SpreadsheetFake,
    public __name: string,
    readonly __id: number,
    readonly __grid: Grid = new Grid(),
  ) {
    this.__self = guard(this, "Sheet") as unknown as SheetFake;
  }

  // --- uncounted helpers for tests, the driver and the xlsx loader ---
  __display(cell: Cell | undefined): string {
    return cell ? displayValue(cell.v, cell.fmt, this.__ss.__timeZone, this.__ss.__locale) : "";
  }
  /** The text the cell at (row, col) shows. */
  protected __displayAt(row: number, col: number): string {
    const g = this.__grid;
    return displayValue(g.value(row, col), g.style(row, col).fmt, this.__ss.__timeZone, this.__ss.__locale);
  }
  protected __matrix<T>(fn: (row: number, col: number) => T): T[][] {
    const rows = this.__grid.lastRow();
    const cols = this.__grid.lastColumn();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fn(r + 1, c + 1)));
  }
  /** Values of the data range (A1 to last row/column with content). */
  __values(): CellValue[][] {
    return this.__grid.values(1, 1, this.__grid.lastRow(), this.__grid.lastColumn());
  }
  __displayValues(): string[][] {
    return this.__matrix((r, c) => this.__displayAt(r, c));
  }
  __backgrounds(): string[][] {
    return this.__matrix((r, c) => this.__grid.style(r, c).bg ?? "#ffffff");
  }
  __fontWeights(): string[][] {
    return this.__matrix((r, c) => this.__grid.style(r, c).fw ?? "normal");
  }
  __numberFormats(): (string | null)[][] {
    return this.__matrix((r, c) => this.__grid.style(r, c).fmt ?? null);
  }
  /** A live view of the cell (undefined when never written): changing it changes the sheet, uncounted. */
  __cell(row: number, col: number): Cell | undefined {
    return this.__grid.get(row, col);
  }
  /** Stores a value as-is (no parsing of strings, no counting). */
  __setRaw(row: number, col: number, value: CellValue, formula?: string): Cell {
    this.__grid.setValue(row, col, value, formula);
    return this.__grid.ensure(row, col);
  }
  /** Types a block as a paste does (strings parsed as typed, uncounted): the sheet grows to hold it. */
  __write(row: number, col: number, values: unknown[][]): void {
    values.forEach((line) => line.forEach(checkCellLength));
    let width = 0;
    for (const l of values) if (l.length > width) width = l.length;
    const g = this.__grid;
    g.maxRows = Math.max(g.maxRows, row + values.length - 1);
    g.maxCols = Math.max(g.maxCols, col + width - 1);
    const ctx = { timeZone: this.__ss.__timeZone, locale: this.__ss.__locale };
    g.reserve(row, values.length, col + width - 1);
    values.forEach((line, r) => line.forEach((v, c) => g.write(row + r, col + c, v, ctx)));
  }
  /** Cells that Sheets evaluates (or may evaluate) as formulas: kind "formula", "plus-minus" or "at". */
  __formulaCells(): FormulaCell[] {
    const out: FormulaCell[] = [];
    for (const [row, col, cell] of this.__grid.cells()) {
      const kind = formulaRisk(cell);
      if (kind) out.push({ a1: toA1(row, col, 1, 1), row, col, text: cell.f ?? String(cell.v), kind });
    }
    return out;
  }
  __linkForm(url: string): void {
    this.__formUrl = url;
  }
  __unlinkForm(): void {
    this.__formUrl = null;
  }
}
