// Shared plumbing of the Range fake: dimension checks, cell iteration, writes with validation, setters.
import { toA1 } from "./a1";
import { DEFAULT_NUMBER_FORMAT, normalizeColor } from "./formats";
import type { Cell, CellValue, ClearWhat } from "./grid";
import { checkCellLength, writeValue } from "./input";
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
  protected map<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): Grid2<T> {
    const g = this.sheet.__grid;
    const { row, col, numRows, numCols } = this;
    const out: Grid2<T> = [];
    for (let r = 0; r < numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < numCols; c++) line.push(fn(g.get(row + r, col + c), r, c));
      out.push(line);
    }
    return out;
  }

  protected each(fn: (cell: Cell, r: number, c: number) => void): void {
    const g = this.sheet.__grid;
    const { row, col, numRows, numCols } = this;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numCols; c++) fn(g.ensure(row + r, col + c), r, c);
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
    const ctx = { timeZone: ss.__timeZone, locale: ss.__locale };
    // A rule that rejects input also rejects script writes ("...violates the data validation rules...").
    this.each((cell, r, c) => {
      checkCellLength(values[r]?.[c]);
      const probe: Cell = { v: "", ...(cell.fmt === undefined ? {} : { fmt: cell.fmt }) };
      writeValue(probe, values[r]?.[c], ctx);
      if (cell.dv && !cell.dv.__rule.allowInvalid && probe.f === undefined && !cell.dv.__accepts(probe.v)) {
        const a1 = toA1(this.row + r, this.col + c, 1, 1);
        throw new Error(`The data you entered in cell ${a1} violates the data validation rules set on this cell.`);
      }
    });
    this.each((cell, r, c) => writeValue(cell, values[r]?.[c], ctx));
    ss.__ledger.wrote(this.cells());
  }

  protected set1(m: string, fn: (cell: Cell) => void): this {
    this.rec(m);
    this.editable();
    this.each((cell) => fn(cell));
    return this;
  }
  protected set2<T>(m: string, data: T[][], fn: (cell: Cell, v: T) => void): this {
    this.rec(m);
    const d = checkDimensions(data, this.numRows, this.numCols, m) as T[][];
    this.editable();
    this.each((cell, r, c) => fn(cell, d[r]?.[c] as T));
    // Per-cell colours, notes or formats travel like values; a single-value setter (set1) does not.
    this.sheet.__ss.__ledger.wrote(this.cells());
    return this;
  }
  protected get1<T>(m: string, fn: (cell: Cell | undefined) => T): T {
    this.rec(m);
    return fn(this.sheet.__grid.get(this.row, this.col));
  }
  protected get2<T>(m: string, fn: (cell: Cell | undefined) => T): T[][] {
    this.rec(m);
    this.sheet.__ss.__ledger.read(this.cells());
    return this.map(fn);
  }

  protected clearWith(m: string, what: ClearWhat): this {
    this.rec(m);
    this.editable();
    this.sheet.__grid.clear(this.row, this.col, this.numRows, this.numCols, what);
    return this;
  }
}

export function setBg(c: Cell, color: string | null): void {
  const v = normalizeColor(color, "#ffffff");
  if (v === "#ffffff") delete c.bg;
  else c.bg = v;
}
export function setFw(c: Cell, w: string | null): void {
  if (w === "bold") c.fw = "bold";
  else delete c.fw;
}
export function setFc(c: Cell, color: string | null): void {
  const v = normalizeColor(color, "#000000");
  if (v === "#000000") delete c.fc;
  else c.fc = v;
}
export function setFmt(c: Cell, f: string): void {
  if (f === "" || f === DEFAULT_NUMBER_FORMAT) delete c.fmt;
  else c.fmt = f;
}
export function setNote(c: Cell, note: string | null): void {
  if (note === null || note === "") delete c.note;
  else c.note = note;
}

