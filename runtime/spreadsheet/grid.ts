// In-memory storage of one sheet, compact: a plain array of values per row, each cell's format as a
// number per column, and the few formulas, notes and validations aside (a workbook holds millions of cells).
import { cellView } from "./cellView";
import type { DataValidationFake } from "./dataValidation";
import { writeValue, type WriteContext, type Written } from "./input";
import { SparseCells } from "./sparse";
import { StyleTable, type Style, type StyleField } from "./styles";

export type CellValue = string | number | boolean | Date;

/** One cell as callers see it (Grid.get / ensure give a live view, Grid.cells() copies). */
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

/** A stored value: undefined where no cell was ever written; a date is its time in ms (see `meta`). */
type Slot = string | number | boolean | undefined;

const blank = (v: Slot) => v === undefined || v === "";

export class Grid {
  /** rows[r - 1][c - 1]: the cell's value. A row nothing was written to is undefined. */
  private rows: (Slot[] | undefined)[] = [];
  /**
   * meta[c - 1][r - 1] = the cell's style number × 2, + 1 when its value is a date. A date is kept as its
   * time (a number in `rows`) with this flag rather than as a Date object, which costs several times more.
   */
  private meta: (Uint16Array | undefined)[] = [];
  readonly styles = new StyleTable();
  private readonly formulas = new SparseCells<string>();
  private readonly notes = new SparseCells<string>();
  private readonly validations = new SparseCells<DataValidationFake>();
  private readonly scratch: Written = { v: "", f: undefined, fmt: undefined };
  /** The last style change (cells of a range mostly go from the same style to the same style). */
  private memo = { from: -1, field: "fmt" as StyleField, value: undefined as string | boolean | undefined, to: 0 };

  constructor(
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  // --- reading (1-based coordinates) ---

  /** Whether a cell was ever written (a value, even blank, a format, a note or a validation). */
  has(row: number, col: number): boolean {
    return this.rows[row - 1]?.[col - 1] !== undefined;
  }

  hasContent(row: number, col: number): boolean {
    return !blank(this.rows[row - 1]?.[col - 1]) || this.formulas.get(row, col) !== undefined;
  }

  /** The value ('' for none); a date comes back as a new Date. */
  value(row: number, col: number): CellValue {
    const v = this.rows[row - 1]?.[col - 1];
    if (v === undefined) return "";
    if (typeof v === "number" && (this.metaOf(row, col) & 1) === 1) return new Date(v);
    return v;
  }

  /** The values of a rectangle, row by row (what getValues returns). */
  values(row: number, col: number, numRows: number, numCols: number): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = row; r < row + numRows; r++) {
      const line = this.rows[r - 1];
      const values: CellValue[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) {
        const v = line?.[col + j - 1];
        if (v === undefined) values[j] = "";
        else if (typeof v === "number" && (this.metaOf(r, col + j) & 1) === 1) values[j] = new Date(v);
        else values[j] = v;
      }
      out.push(values);
    }
    return out;
  }

  formula(row: number, col: number): string | undefined {
    return this.formulas.get(row, col);
  }

  style(row: number, col: number): Style {
    return this.styles.style(this.metaOf(row, col) >> 1);
  }

  note(row: number, col: number): string | undefined {
    return this.notes.get(row, col);
  }

  validation(row: number, col: number): DataValidationFake | undefined {
    return this.validations.get(row, col);
  }

  get hasValidations(): boolean {
    return this.validations.size > 0;
  }

  private metaOf(row: number, col: number): number {
    return this.meta[col - 1]?.[row - 1] ?? 0;
  }

  // --- writing: every write creates the cell, as typing in it does ---

  /** Creates the cell blank when there was none: what any write does, formats and notes included. */
  touch(row: number, col: number): void {
    const line = this.rows[row - 1] ?? this.newRow(row, col);
    if (line[col - 1] === undefined) line[col - 1] = "";
  }

  /**
   * Makes the rows of a block about to be written hold `lastCol` values exactly. A row grown one cell at a
   * time keeps room for 17 or more (V8's growth step), 2-3 times what a narrow sheet's row needs.
   */
  reserve(row: number, numRows: number, lastCol: number): void {
    for (let r = row; r < row + numRows; r++) {
      const line = this.rows[r - 1];
      if (!line) this.newRow(r, lastCol);
      else if (line.length < lastCol) {
        const wider: Slot[] = new Array(lastCol);
        for (let c = 0; c < line.length; c++) wider[c] = line[c];
        this.rows[r - 1] = wider;
      }
    }
  }

  private newRow(row: number, width: number): Slot[] {
    // Filled up to the row (never assigned far past the end): a far index would turn the array into a slow dictionary.
    while (this.rows.length < row - 1) this.rows.push(undefined);
    const line: Slot[] = new Array(width);
    this.rows[row - 1] = line;
    return line;
  }

  /** Stores a value as-is (no parsing); a formula's cached result with `formula`. */
  setValue(row: number, col: number, value: CellValue, formula?: string): void {
    this.touch(row, col);
    const line = this.rows[row - 1] as Slot[];
    const m = this.meta[col - 1];
    if (value instanceof Date) {
      line[col - 1] = value.getTime();
      const column = this.metaColumn(col, row);
      column[row - 1] = (column[row - 1] as number) | 1;
    } else {
      line[col - 1] = value;
      if (m && row <= m.length) m[row - 1] = (m[row - 1] as number) & ~1;
    }
    if (formula !== undefined || this.formulas.size > 0) this.formulas.set(row, col, formula);
  }

  /** Writes like setValues: strings parsed as typed (input.ts), a date's format set on an automatic cell. */
  write(row: number, col: number, raw: unknown, ctx: WriteContext): void {
    const s = this.scratch;
    const fmt = this.style(row, col).fmt;
    s.v = "";
    s.f = undefined;
    s.fmt = fmt;
    writeValue(s, raw, ctx);
    this.setValue(row, col, s.v, s.f);
    if (s.fmt !== fmt) this.setStyle(row, col, "fmt", s.fmt);
  }

  setFormula(row: number, col: number, formula: string | undefined): void {
    this.touch(row, col);
    this.formulas.set(row, col, formula);
  }

  /** Sets one format field of a cell (undefined: back to the default). */
  setStyle(row: number, col: number, field: StyleField, value: string | boolean | undefined): void {
    this.touch(row, col);
    let column = this.meta[col - 1];
    if (!column || column.length < row) {
      if (value === undefined && this.metaOf(row, col) === 0) return;
      column = this.metaColumn(col, row);
    }
    const cur = column[row - 1] as number;
    const from = cur >> 1;
    const memo = this.memo;
    if (memo.from !== from || memo.field !== field || memo.value !== value) {
      this.memo = { from, field, value, to: this.styles.with(from, field, value) };
    }
    column[row - 1] = (this.memo.to << 1) | (cur & 1);
  }

  setNote(row: number, col: number, note: string | undefined): void {
    this.touch(row, col);
    this.notes.set(row, col, note);
  }

  setValidation(row: number, col: number, rule: DataValidationFake | undefined): void {
    this.touch(row, col);
    this.validations.set(row, col, rule);
  }

  /** The column's meta, long enough for `row`. */
  private metaColumn(col: number, row: number): Uint16Array {
    const old = this.meta[col - 1];
    if (old && old.length >= row) return old;
    const grown = new Uint16Array(Math.max(row, this.maxRows, old ? Math.ceil(old.length * 1.5) : 0));
    if (old) grown.set(old);
    while (this.meta.length < col - 1) this.meta.push(undefined);
    this.meta[col - 1] = grown;
    return grown;
  }

  // --- the sheet's extent ---

  /** Last row holding a value or formula (formatting alone does not count); 0 when empty. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const line = this.rows[r - 1];
      if (line) for (const v of line) if (!blank(v)) return r;
      if (this.formulas.hasRow(r)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        if (!blank(line[c - 1])) {
          last = c;
          break;
        }
      }
    }
    for (const [, c] of this.formulas.entries()) if (c > last) last = c;
    return last;
  }

  // --- rows and columns: everything a cell holds moves with it ---

  insertRows(before: number, count: number): void {
    while (this.rows.length < before - 1) this.rows.push(undefined);
    // Rebuilt rather than splice(..., ...blanks): a spread of `count` arguments overflows the stack.
    const tail = this.rows.slice(before - 1);
    this.rows.length = before - 1;
    for (let i = 0; i < count; i++) this.rows.push(undefined);
    for (const r of tail) this.rows.push(r);
    this.meta = this.meta.map((m) => {
      if (!m || m.length < before) return m;
      const moved = new Uint16Array(m.length + count);
      moved.set(m.subarray(0, before - 1));
      moved.set(m.subarray(before - 1), before - 1 + count);
      return moved;
    });
    for (const s of this.sparse()) s.insertRows(before, count);
    this.maxRows += count;
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    for (const m of this.meta) {
      if (!m || m.length < start) continue;
      m.copyWithin(start - 1, Math.min(m.length, start - 1 + count));
      m.fill(0, Math.max(start - 1, m.length - count));
    }
    for (const s of this.sparse()) s.deleteRows(start, count);
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
    if (this.meta.length >= before) {
      const tail = this.meta.slice(before - 1);
      this.meta.length = before - 1;
      for (let i = 0; i < count; i++) this.meta.push(undefined);
      for (const m of tail) this.meta.push(m);
    }
    for (const s of this.sparse()) s.insertColumns(before, count);
    this.maxCols += count;
  }

  deleteColumns(start: number, count: number): void {
    for (const row of this.rows) row?.splice(start - 1, count);
    this.meta.splice(start - 1, count);
    for (const s of this.sparse()) s.deleteColumns(start, count);
    this.maxCols -= count;
  }

  private sparse(): SparseCells<unknown>[] {
    return [this.formulas, this.notes, this.validations];
  }

  clear(row: number, col: number, numRows: number, numCols: number, what: ClearWhat): void {
    const lastRow = row + numRows - 1;
    const lastCol = col + numCols - 1;
    if (what.contents) {
      for (let r = row; r <= Math.min(lastRow, this.rows.length); r++) {
        const line = this.rows[r - 1];
        if (!line) continue;
        for (let c = col; c <= Math.min(lastCol, line.length); c++) if (line[c - 1] !== undefined) line[c - 1] = "";
      }
      this.formulas.clear(row, col, numRows, numCols);
    }
    // The date flag goes with the contents, the style number with the formats.
    const keep = (what.contents ? 0 : 1) | (what.formats ? 0 : ~1);
    if (keep !== ~0) {
      for (let c = col; c <= Math.min(lastCol, this.meta.length); c++) {
        const m = this.meta[c - 1];
        if (!m) continue;
        for (let r = row; r <= Math.min(lastRow, m.length); r++) m[r - 1] = (m[r - 1] as number) & keep;
      }
    }
    if (what.notes) this.notes.clear(row, col, numRows, numCols);
    if (what.validations) this.validations.clear(row, col, numRows, numCols);
  }

  // --- whole cells, for tests, the driver and the xlsx files (not the hot paths) ---

  /** A live view of the cell (reads and writes go to the grid); undefined for a never-written cell. */
  get(row: number, col: number): Cell | undefined {
    return this.has(row, col) ? cellView(this, row, col) : undefined;
  }

  /** A live view of the cell, created blank when there was none. */
  ensure(row: number, col: number): Cell {
    this.touch(row, col);
    return cellView(this, row, col);
  }

  /** A copy of the cell, every field present (undefined where not set). */
  copy(row: number, col: number): Cell | undefined {
    if (!this.has(row, col)) return undefined;
    const s = this.style(row, col);
    return {
      v: this.value(row, col), f: this.formula(row, col), fmt: s.fmt, bg: s.bg, fw: s.fw, fc: s.fc,
      note: this.note(row, col), ha: s.ha, wrap: s.wrap, dv: this.validation(row, col),
    };
  }

  /** Every written cell as a copy, row by row, 1-based coordinates. */
  *cells(): Generator<[number, number, Cell]> {
    for (let r = 1; r <= this.rows.length; r++) {
      const line = this.rows[r - 1];
      if (!line) continue;
      for (let c = 1; c <= line.length; c++) {
        if (line[c - 1] !== undefined) yield [r, c, this.copy(r, c) as Cell];
      }
    }
  }
}
