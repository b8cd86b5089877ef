// Range fake: values, display values, formulas and per-cell formats of a rectangle of one sheet.
import { guard } from "../calls";
import { toA1 } from "./a1";
import type { DataValidationFake } from "./dataValidation";
import { DEFAULT_NUMBER_FORMAT, displayValue } from "./formats";
import type { CellValue, ClearWhat } from "./grid";
import { ProtectionFake } from "./protection";
import { checkDimensions, copyValue as copy, RangeBase, setBg, setFc, setFmt, setFw, setNote } from "./rangeBase";
import type { SheetFake } from "./sheet";

export { checkDimensions };

export class RangeFake extends RangeBase {
  // --- values ---
  getValues(): CellValue[][] {
    this.rec("getValues");
    this.sheet.__ss.__ledger.read(this.cells());
    return this.map((cell) => (cell ? copy(cell.v) : ""));
  }
  getValue(): CellValue {
    this.rec("getValue");
    this.sheet.__ss.__ledger.read(1);
    const cell = this.sheet.__grid.get(this.row, this.col);
    return cell ? copy(cell.v) : "";
  }
  getDisplayValues(): string[][] {
    this.rec("getDisplayValues");
    this.sheet.__ss.__ledger.read(this.cells());
    const ss = this.sheet.__ss;
    return this.map((cell) => (cell ? displayValue(cell.v, cell.fmt, ss.__timeZone, ss.__locale) : ""));
  }
  getDisplayValue(): string {
    this.rec("getDisplayValue");
    this.sheet.__ss.__ledger.read(1);
    const ss = this.sheet.__ss;
    const cell = this.sheet.__grid.get(this.row, this.col);
    return cell ? displayValue(cell.v, cell.fmt, ss.__timeZone, ss.__locale) : "";
  }
  setValues(values: unknown[][]): this {
    this.rec("setValues");
    this.writeAll(checkDimensions(values, this.numRows, this.numCols, "setValues"));
    return this;
  }
  /** Sets every cell of the range to the value. */
  setValue(value: unknown): this {
    this.rec("setValue");
    this.writeAll(this.map(() => value));
    return this;
  }
  isBlank(): boolean {
    this.rec("isBlank");
    return this.map((c) => c === undefined || (c.v === "" && c.f === undefined)).every((r) => r.every(Boolean));
  }

  // --- formulas ---
  getFormula(): string {
    this.rec("getFormula");
    return this.sheet.__grid.get(this.row, this.col)?.f ?? "";
  }
  getFormulas(): string[][] {
    this.rec("getFormulas");
    return this.map((c) => c?.f ?? "");
  }
  setFormula(formula: string): this {
    this.rec("setFormula");
    this.writeAll(this.map(() => formula));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this.rec("setFormulas");
    this.writeAll(checkDimensions(formulas, this.numRows, this.numCols, "setFormulas"));
    return this;
  }

  // --- formats ---
  setBackground(color: string | null): this {
    return this.set1("setBackground", (c) => setBg(c, color));
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.set2("setBackgrounds", colors, setBg);
  }
  getBackground(): string {
    return this.get1("getBackground", (c) => c?.bg ?? "#ffffff");
  }
  getBackgrounds(): string[][] {
    return this.get2("getBackgrounds", (c) => c?.bg ?? "#ffffff");
  }
  setFontWeight(weight: "bold" | "normal" | null): this {
    return this.set1("setFontWeight", (c) => setFw(c, weight));
  }
  setFontWeights(weights: ("bold" | "normal" | null)[][]): this {
    return this.set2("setFontWeights", weights, setFw);
  }
  getFontWeight(): string {
    return this.get1("getFontWeight", (c) => c?.fw ?? "normal");
  }
  getFontWeights(): string[][] {
    return this.get2("getFontWeights", (c) => c?.fw ?? "normal");
  }
  setFontColor(color: string | null): this {
    return this.set1("setFontColor", (c) => setFc(c, color));
  }
  setFontColors(colors: (string | null)[][]): this {
    return this.set2("setFontColors", colors, setFc);
  }
  getFontColor(): string {
    return this.get1("getFontColor", (c) => c?.fc ?? "#000000");
  }
  setNumberFormat(format: string): this {
    return this.set1("setNumberFormat", (c) => setFmt(c, format));
  }
  setNumberFormats(formats: string[][]): this {
    return this.set2("setNumberFormats", formats, setFmt);
  }
  getNumberFormat(): string {
    return this.get1("getNumberFormat", (c) => c?.fmt ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormats(): string[][] {
    return this.get2("getNumberFormats", (c) => c?.fmt ?? DEFAULT_NUMBER_FORMAT);
  }
  setNote(note: string | null): this {
    return this.set1("setNote", (c) => setNote(c, note));
  }
  setNotes(notes: (string | null)[][]): this {
    return this.set2("setNotes", notes, setNote);
  }
  getNote(): string {
    return this.get1("getNote", (c) => c?.note ?? "");
  }
  getNotes(): string[][] {
    return this.get2("getNotes", (c) => c?.note ?? "");
  }
  setHorizontalAlignment(a: string | null): this {
    return this.set1("setHorizontalAlignment", (c) => (a ? (c.ha = a) : delete c.ha));
  }
  getHorizontalAlignment(): string {
    return this.get1("getHorizontalAlignment", (c) => c?.ha ?? "general");
  }
  setWrap(wrap: boolean): this {
    return this.set1("setWrap", (c) => (c.wrap = wrap));
  }
  getWrap(): boolean {
    return this.get1("getWrap", (c) => c?.wrap ?? true);
  }
  /** Accepted and counted, not stored (borders, font size/style/family, vertical alignment). */
  setBorder(..._args: unknown[]): this {
    return this.set1("setBorder", () => undefined);
  }
  setFontSize(_size: number): this {
    return this.set1("setFontSize", () => undefined);
  }
  setFontStyle(_style: string | null): this {
    return this.set1("setFontStyle", () => undefined);
  }
  setFontFamily(_family: string | null): this {
    return this.set1("setFontFamily", () => undefined);
  }
  setVerticalAlignment(_a: string | null): this {
    return this.set1("setVerticalAlignment", () => undefined);
  }

  // --- data validation ---
  setDataValidation(rule: DataValidationFake | null): this {
    return this.set1("setDataValidation", (c) => (rule ? (c.dv = rule) : delete c.dv));
  }
  setDataValidations(rules: (DataValidationFake | null)[][]): this {
    return this.set2("setDataValidations", rules, (c, r) => (r ? (c.dv = r) : delete c.dv));
  }
  getDataValidation(): DataValidationFake | null {
    return this.get1("getDataValidation", (c) => c?.dv ?? null);
  }
  getDataValidations(): (DataValidationFake | null)[][] {
    return this.get2("getDataValidations", (c) => c?.dv ?? null);
  }
  clearDataValidations(): this {
    return this.clearWith("clearDataValidations", { validations: true });
  }

  // --- clearing ---
  /** With no options: contents and formats (range#clear). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): this {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    const what: ClearWhat = any
      ? { contents: !!o.contentsOnly, formats: !!o.formatOnly, notes: !!o.commentsOnly, validations: !!o.validationsOnly }
      : { contents: true, formats: true };
    return this.clearWith("clear", what);
  }
  clearContent(): this {
    return this.clearWith("clearContent", { contents: true });
  }
  clearFormat(): this {
    return this.clearWith("clearFormat", { formats: true });
  }
  clearNote(): this {
    return this.clearWith("clearNote", { notes: true });
  }

  // --- geometry ---
  getA1Notation(): string {
    this.rec("getA1Notation");
    return toA1(this.row, this.col, this.numRows, this.numCols);
  }
  getRow(): number {
    this.rec("getRow");
    return this.row;
  }
  getRowIndex(): number {
    this.rec("getRowIndex");
    return this.row;
  }
  getColumn(): number {
    this.rec("getColumn");
    return this.col;
  }
  getNumRows(): number {
    this.rec("getNumRows");
    return this.numRows;
  }
  getNumColumns(): number {
    this.rec("getNumColumns");
    return this.numCols;
  }
  getLastRow(): number {
    this.rec("getLastRow");
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.rec("getLastColumn");
    return this.col + this.numCols - 1;
  }
  getSheet(): SheetFake {
    this.rec("getSheet");
    return this.sheet.__self;
  }
  getCell(row: number, column: number): RangeFake {
    this.rec("getCell");
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) throw new Error("Cell reference out of range");
    return makeRange(this.sheet, this.row + row - 1, this.col + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeFake {
    this.rec("offset");
    return makeRange(this.sheet, this.row + rowOffset, this.col + columnOffset, numRows ?? this.numRows, numColumns ?? this.numCols);
  }
  activate(): this {
    this.rec("activate");
    this.sheet.__ss.__setActiveSheet(this.sheet);
    return this;
  }
  protect(): ProtectionFake {
    this.rec("protect");
    return this.sheet.__ss.__addProtection("RANGE", this.sheet, this);
  }
}

/** Validates coordinates with the real messages and returns a guarded Range. */
export function makeRange(sheet: SheetFake, row: number, col: number, numRows: number, numCols: number): RangeFake {
  if (![row, col, numRows, numCols].every(Number.isFinite)) {
    throw new Error("The parameters (number,number,number,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
  }
  if (row < 1) throw new Error("The starting row of the range is too small.");
  if (col < 1) throw new Error("The starting column of the range is too small.");
  if (numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
  if (numCols < 1) throw new Error("The number of columns in the range must be at least 1.");
  const g = sheet.__grid;
  if (row + numRows - 1 > g.maxRows || col + numCols - 1 > g.maxCols) {
    throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
  }
  return guard(new RangeFake(sheet, Math.floor(row), Math.floor(col), Math.floor(numRows), Math.floor(numCols)), "Range");
}
