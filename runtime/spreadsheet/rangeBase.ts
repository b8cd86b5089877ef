// Shared plumbing of the Range fake: dimension checks, cell iteration, writes with validation, setters.
import { toA1 } from "./a1";
import { DEFAULT_NUMBER_FORMAT, normalizeColor } from "./formats";
import type { CellValue, ClearWhat, Grid } from "./grid";
import { checkCellLength, writeValue, type Written } from "./input";
import type { SheetFake } from "./sheet";

export type Grid2<T> = T[][];

/** The real dimension check of setValues/setBackgrounds/... (same wording for every 2-D setter). */
export function checkDimensions(data: unknown, rows: number, cols: number, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every(Array.isArray)) {
    throw new Error(`The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (data.length !== rows) {
    throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`);
  }
  for (const row of data as unknown[][]) {
    if (row.length !== cols) {
      throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${cols}.`);
    }
  }
  return data as unknown[][];
}

export const copyValue = (v: CellValue): CellValue => (v instanceof Date ? new Date(v.getTime()) : v);

export class RangeBase {
  constructor(
    protected readonly sheet: SheetFake,
    protected readonly row: number,
    protected readonly col: number,
    protected readonly numRows: number,
    protected readonly numCols: number,
  ) {}

  protected rec(m: string): void {
    this.sheet.__ss.__ledger.record("Range", m);
  }

  // Fields are read once before the loops: `this` is usually the guard proxy (one trap per access).
  /** fn(row, col) for every cell of the range, sheet coordinates, row by row. */
  protected map<T>(fn: (row: number, col: number) => T): Grid2<T> {
    const { row, col, numRows, numCols } = this;
    const out: Grid2<T> = [];
    for (let r = row; r < row + numRows; r++) {
      const line: T[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) line[j] = fn(r, col + j);
      out.push(line);
    }
    return out;
  }

  /** fn(row, col, i, j) for every cell of the range: sheet coordinates, then offsets in the range. */
  protected each(fn: (row: number, col: number, i: number, j: number) => void): void {
    const { row, col, numRows, numCols } = this;
    this.sheet.__grid.reserve(row, numRows, col + numCols - 1);
    for (let i = 0; i < numRows; i++) {
      for (let j = 0; j < numCols; j++) fn(row + i, col + j, i, j);
    }
  }

  /** Protections are enforced for the running user before anything changes (spreadsheet.__assertCanEdit). */
  protected editable(): void {
    const { row, col, numRows, numCols } = this;
    this.sheet.__ss.__assertCanEdit(this.sheet, { row, col, numRows, numCols });
  }

  protected cells(): number {
    return this.numRows * this.numCols;
  }

  protected writeAll(values: unknown[][]): void {
    this.editable();
    const ss = this.sheet.__ss;
    const g = this.sheet.__grid;
    const ctx = { timeZone: ss.__timeZone, locale: ss.__locale };
    // A rule that rejects input also rejects script writes ("...violates the data validation rules...").
    const probe: Written = { v: "", f: undefined, fmt: undefined };
    this.each((r, c, i, j) => {
      const raw = values[i]?.[j];
      checkCellLength(raw);
      const dv = g.hasValidations ? g.validation(r, c) : undefined;
      if (!dv || dv.__rule.allowInvalid) return;
      probe.fmt = g.style(r, c).fmt;
      writeValue(probe, raw, ctx);
      if (probe.f === undefined && !dv.__accepts(probe.v)) {
        throw new Error(`The data you entered in cell ${toA1(r, c, 1, 1)} violates the data validation rules set on this cell.`);
      }
    });
    this.each((r, c, i, j) => g.write(r, c, values[i]?.[j], ctx));
    ss.__ledger.wrote(this.cells());
  }

  /** One value for every cell of the range (a single-value setter: not counted per cell). */
  protected set1(m: string, fn: (g: Grid, row: number, col: number) => void): this {
    this.rec(m);
    this.editable();
    const g = this.sheet.__grid;
    this.each((r, c) => fn(g, r, c));
    return this;
  }
  protected set2<T>(m: string, data: T[][], fn: (g: Grid, row: number, col: number, v: T) => void): this {
    this.rec(m);
    const d = checkDimensions(data, this.numRows, this.numCols, m) as T[][];
    this.editable();
    const g = this.sheet.__grid;
    this.each((r, c, i, j) => fn(g, r, c, d[i]?.[j] as T));
    // Per-cell colours, notes or formats travel like values; a single-value setter (set1) does not.
    this.sheet.__ss.__ledger.wrote(this.cells());
    return this;
  }
  protected get1<T>(m: string, fn: (g: Grid, row: number, col: number) => T): T {
    this.rec(m);
    return fn(this.sheet.__grid, this.row, this.col);
  }
  protected get2<T>(m: string, fn: (g: Grid, row: number, col: number) => T): T[][] {
    this.rec(m);
    this.sheet.__ss.__ledger.read(this.cells());
    const g = this.sheet.__grid;
    return this.map((r, c) => fn(g, r, c));
  }

  protected clearWith(m: string, what: ClearWhat): this {
    this.rec(m);
    this.editable();
    this.sheet.__grid.clear(this.row, this.col, this.numRows, this.numCols, what);
    return this;
  }
}

export function setBg(g: Grid, row: number, col: number, color: string | null): void {
  const v = normalizeColor(color, "#ffffff");
  g.setStyle(row, col, "bg", v === "#ffffff" ? undefined : v);
}
export function setFw(g: Grid, row: number, col: number, w: string | null): void {
  g.setStyle(row, col, "fw", w === "bold" ? "bold" : undefined);
}
export function setFc(g: Grid, row: number, col: number, color: string | null): void {
  const v = normalizeColor(color, "#000000");
  g.setStyle(row, col, "fc", v === "#000000" ? undefined : v);
}
export function setFmt(g: Grid, row: number, col: number, f: string): void {
  g.setStyle(row, col, "fmt", f === "" || f === DEFAULT_NUMBER_FORMAT ? undefined : f);
}
export function setNote(g: Grid, row: number, col: number, note: string | null): void {
  g.setNote(row, col, note === null || note === "" ? undefined : note);
}
