// Range fake: values, display values, formulas and per-cell formats of a rectangle of one sheet.
import { guard } from "../calls";
import { toA1 } from "./a1";
import type { DataValidationFake } from "./dataValidation";
import { DEFAULT_NUMBER_FORMAT, displayValue } from "./formats";
import type { CellValue, ClearWhat } from "./grid";
import { ProtectionFake } from "./protection";
import { checkDimensions, RangeBase, setBg, setFc, setFmt, setFw, setNote } from "./rangeBase";
import type { SheetFake } from "./sheet";

export { checkDimensions };

export class RangeFake extends RangeBase {
  // --- values ---
  getValues(): CellValue[][] {
    this.rec("getValues");
    this.sheet.__ss.__ledger.read(this.cells());
    return this.sheet.__grid.values(this.row, this.col, this.numRows, this.numCols);
  }
  getValue(): CellValue {
    this.rec("getValue");
    this.sheet.__ss.__ledger.read(1);
    return this.sheet.__grid.value(this.row, this.col);
  }
  getDisplayValues(): string[][] {
    this.rec("getDisplayValues");
    this.sheet.__ss.__ledger.read(this.cells());
    const ss = this.sheet.__ss;
    const g = this.sheet.__grid;
    return this.map((r, c) => displayValue(g.value(r, c), g.style(r, c).fmt, ss.__timeZone, ss.__locale));
  }
  getDisplayValue(): string {
    this.rec("getDisplayValue");
    this.sheet.__ss.__ledger.read(1);
    const ss = this.sheet.__ss;
    const g = this.sheet.__grid;
    return displayValue(g.value(this.row, this.col), g.style(this.row, this.col).fmt, ss.__timeZone, ss.__locale);
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
    const g = this.sheet.__grid;
    return this.map((r, c) => !g.hasContent(r, c)).every((line) => line.every(Boolean));
  }

  // --- formulas ---
  getFormula(): string {
    this.rec("getFormula");
    return this.sheet.__grid.formula(this.row, this.col) ?? "";
  }
  getFormulas(): string[][] {
    this.rec("getFormulas");
    const g = this.sheet.__grid;
    return this.map((r, c) => g.formula(r, c) ?? "");
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
    return this.set1("setBackground", (g, r, c) => setBg(g, r, c, color));
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.set2("setBackgrounds", colors, setBg);
  }
  getBackground(): string {
    return this.get1("getBackground", (g, r, c) => g.style(r, c).bg ?? "#ffffff");
  }
  getBackgrounds(): string[][] {
    return this.get2("getBackgrounds", (g, r, c) => g.style(r, c).bg ?? "#ffffff");
  }
  setFontWeight(weight: "bold" | "normal" | null): this {
    return this.set1("setFontWeight", (g, r, c) => setFw(g, r, c, weight));
  }
  setFontWeights(weights: ("bold" | "normal" | null)[][]): this {
    return this.set2("setFontWeights", weights, setFw);
  }
  getFontWeight(): string {
    return this.get1("getFontWeight", (g, r, c) => g.style(r, c).fw ?? "normal");
  }
  getFontWeights(): string[][] {
    return this.get2("getFontWeights", (g, r, c) => g.style(r, c).fw ?? "normal");
  }
  setFontColor(color: string | null): this {
    return this.set1("setFontColor", (g, r, c) => setFc(g, r, c, color));
  }
  setFontColors(colors: (string | null)[][]): this {
    return this.set2("setFontColors", colors, setFc);
  }
  getFontColor(): string {
    return this.get1("getFontColor", (g, r, c) => g.style(r, c).fc ?? "#000000");
  }
  setNumberFormat(format: string): this {
    return this.set1("setNumberFormat", (g, r, c) => setFmt(g, r, c, format));
  }
  setNumberFormats(formats: string[][]): this {
    return this.set2("setNumberFormats", formats, setFmt);
  }
  getNumberFormat(): string {
    return this.get1("getNumberFormat", (g, r, c) => g.style(r, c).fmt ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormats(): string[][] {
    return this.get2("getNumberFormats", (g, r, c) => g.style(r, c).fmt ?? DEFAULT_NUMBER_FORMAT);
  }
  setNote(note: string | null): this {
    return this.set1("setNote", (g, r, c) => setNote(g, r, c, note));
  }
  setNotes(notes: (string | null)[][]): this {
    return this.set2("setNotes", notes, setNote);
  }
  getNote(): string {
    return this.get1("getNote", (g, r, c) => g.note(r, c) ?? "");
  }
  getNotes(): string[][] {
    return this.get2("getNotes", (g, r, c) => g.note(r, c) ?? "");
  }
  setHorizontalAlignment(a: string | null): this {
    return this.set1("setHorizontalAlignment", (g, r, c) => g.setStyle(r, c, "ha", a ? a : undefined));
  }
  getHorizontalAlignment(): string {
    return this.get1("getHorizontalAlignment", (g, r, c) => g.style(r, c).ha ?? "general");
  }
  setWrap(wrap: boolean): this {
    return this.set1("setWrap", (g, r, c) => g.setStyle(r, c, "wrap", wrap));
  }
  getWrap(): boolean {
    return this.get1("getWrap", (g, r, c) => g.style(r, c).wrap ?? true);
  }
  /** Accepted and counted, not stored (borders, font size/style/family, vertical alignment). */
  setBorder(..._args: unknown[]): this {
    return this.set1("setBorder", (g, r, c) => g.touch(r, c));
  }
  setFontSize(_size: number): this {
    return this.set1("setFontSize", (g, r, c) => g.touch(r, c));
  }
  setFontStyle(_style: string | null): this {
    return this.set1("setFontStyle", (g, r, c) => g.touch(r, c));
  }
  setFontFamily(_family: string | null): this {
    return this.set1("setFontFamily", (g, r, c) => g.touch(r, c));
  }
  setVerticalAlignment(_a: string | null): this {
    return this.set1("setVerticalAlignment", (g, r, c) => g.touch(r, c));
  }

  // --- data validation ---
  setDataValidation(rule: DataValidationFake | null): this {
    return this.set1("setDataValidation", (g, r, c) => g.setValidation(r, c, rule ?? undefined));
  }
  setDataValidations(rules: (DataValidationFake | null)[][]): this {
    return this.set2("setDataValidations", rules, (g, r, c, rule) => g.setValidation(r, c, rule ?? undefined));
  }
  getDataValidation(): DataValidationFake | null {
    return this.get1("getDataValidation", (g, r, c) => g.validation(r, c) ?? null);
  }
  getDataValidations(): (DataValidationFake | null)[][] {
    return this.get2("getDataValidations", (g, r, c) => g.validation(r, c) ?? null);
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
