// In-memory storage of one sheet: a row-major grid of cells (value, formula, per-cell formats).
import type { DataValidationFake } from "./dataValidation";

export type CellValue = string | number | boolean | Date;

export interface Cell {
  /** The value; '' when blank. For a formula cell: its cached result ('' unless loaded from a file). */
  v: CellValue;
  /** Formula text beginning with "=", when the cell holds a formula. */
  f?: string;
  /** Number format (Sheets pattern); absent means automatic. */
  fmt?: string;
  /** Background colour, normalised "#rrggbb"; absent means "#ffffff". */
  bg?: string;
  fw?: "bold" | "normal";
  fc?: string;
  note?: string;
  ha?: string;
  wrap?: boolean;
  dv?: DataValidationFake;
}

export interface ClearWhat {
  contents?: boolean;
  formats?: boolean;
  notes?: boolean;
  validations?: boolean;
}

export function hasContent(c: Cell | undefined): boolean {
  return c !== undefined && (c.v !== "" || c.f !== undefined);
}

export class Grid {
  private rows: (Cell | undefined)[][] = [];

  constructor(
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  /** 1-based access; undefined for a never-touched cell. */
  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = { v: "" };
      r[col - 1] = c;
    }
    return c;
  }

  /** Last row holding a value or formula (formatting alone does not count); 0 when empty. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRows(before: number, count: number): void {
    while (this.rows.length < before - 1) this.rows.push([]);
    // Rebuilt rather than splice(..., ...blanks): a spread of `count` arguments overflows the stack.
    const tail = this.rows.slice(before - 1);
    this.rows.length = before - 1;
    for (let i = 0; i < count; i++) this.rows.push([]);
    for (const r of tail) this.rows.push(r);
    this.maxRows += count;
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    this.maxRows -= count;
  }

  insertColumns(before: number, count: number): void {
    for (const row of this.rows) {
      if (!row || row.length < before) continue;
      const tail = row.slice(before - 1);
      row.length = before - 1;
      for (let i = 0; i < count; i++) row.push(undefined);
      for (const c of tail) row.push(c);
    }
    this.maxCols += count;
  }

  deleteColumns(start: number, count: number): void {
    for (const row of this.rows) row?.splice(start - 1, count);
    this.maxCols -= count;
  }

  clear(row: number, col: number, numRows: number, numCols: number, what: ClearWhat): void {
    for (let r = row; r < row + numRows; r++) {
      const line = this.rows[r - 1];
      if (!line) continue;
      for (let c = col; c < col + numCols; c++) {
        const cell = line[c - 1];
        if (!cell) continue;
        if (what.contents) {
          cell.v = "";
          delete cell.f;
        }
        if (what.formats) {
          delete cell.fmt; delete cell.bg; delete cell.fw; delete cell.fc; delete cell.ha; delete cell.wrap;
        }
        if (what.notes) delete cell.note;
        if (what.validations) delete cell.dv;
      }
    }
  }

  /** Every stored cell, 1-based coordinates (for bulk internal operations). */
  *cells(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        if (cell) yield [r + 1, c + 1, cell];
      }
    }
  }
}
