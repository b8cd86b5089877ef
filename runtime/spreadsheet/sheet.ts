// Sheet fake (counted API): ranges by A1 or coordinates, rows/columns, freezing, visibility, protection, charts, form link.
import { parseA1 } from "./a1";
import { EmbeddedChartFake, newChartBuilder, type EmbeddedChartBuilderFake } from "./charts";
import type { CellValue } from "./grid";
import { checkCellLength } from "./input";
import type { ProtectionFake, ProtectionTypeValue } from "./protection";
import { makeRange, type RangeFake } from "./range";
import { SheetBase } from "./sheetBase";
import type { SpreadsheetFake } from "./spreadsheet";

export class SheetFake extends SheetBase {
  private rec(m: string): void {
    this.__ss.__ledger.record("Sheet", m);
  }

  getName(): string {
    this.rec("getName");
    return this.__name;
  }
  getSheetName(): string {
    this.rec("getSheetName");
    return this.__name;
  }
  setName(name: string): SheetFake {
    this.rec("setName");
    this.__ss.__checkNewName(name, this);
    this.__name = name;
    return this.__self;
  }
  getSheetId(): number {
    this.rec("getSheetId");
    return this.__id;
  }
  getIndex(): number {
    this.rec("getIndex");
    return this.__ss.__sheets.findIndex((s) => s.__id === this.__id) + 1;
  }
  getParent(): SpreadsheetFake {
    this.rec("getParent");
    return this.__ss.__self;
  }
  activate(): SheetFake {
    this.rec("activate");
    this.__ss.__setActiveSheet(this);
    return this.__self;
  }

  /** getRange(a1) | getRange(row, column[, numRows[, numColumns]]), 1-based. */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): RangeFake {
    this.rec("getRange");
    if (typeof a1OrRow === "string") return this.__rangeA1(a1OrRow);
    if (column === undefined) {
      throw new Error("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    }
    return makeRange(this, a1OrRow, column, numRows ?? 1, numColumns ?? 1);
  }
  /** Uncounted A1 resolution ("A1:C" and "A:A" run to the end of the sheet). */
  __rangeA1(a1: string): RangeFake {
    const p = parseA1(a1);
    if (!p) throw new Error("Range not found");
    const lastRow = p.lastRow ?? this.__grid.maxRows;
    const lastCol = p.lastCol ?? this.__grid.maxCols;
    return makeRange(this, p.row, p.col, lastRow - p.row + 1, lastCol - p.col + 1);
  }
  getDataRange(): RangeFake {
    this.rec("getDataRange");
    return makeRange(this, 1, 1, Math.max(1, this.__grid.lastRow()), Math.max(1, this.__grid.lastColumn()));
  }
  getSheetValues(row: number, column: number, numRows: number, numColumns: number): CellValue[][] {
    this.rec("getSheetValues");
    return makeRange(this, row, column, numRows, numColumns).getValues();
  }
  /** Last row with content; formatting alone does not count. */
  getLastRow(): number {
    this.rec("getLastRow");
    return this.__grid.lastRow();
  }
  getLastColumn(): number {
    this.rec("getLastColumn");
    return this.__grid.lastColumn();
  }
  getMaxRows(): number {
    this.rec("getMaxRows");
    return this.__grid.maxRows;
  }
  getMaxColumns(): number {
    this.rec("getMaxColumns");
    return this.__grid.maxCols;
  }

  // --- rows and columns ---
  insertRows(rowIndex: number, numRows = 1): SheetFake {
    return this.insRows("insertRows", rowIndex, numRows);
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetFake {
    return this.insRows("insertRowsBefore", beforePosition, howMany);
  }
  insertRowBefore(beforePosition: number): SheetFake {
    return this.insRows("insertRowBefore", beforePosition, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetFake {
    return this.insRows("insertRowsAfter", afterPosition + 1, howMany);
  }
  insertRowAfter(afterPosition: number): SheetFake {
    return this.insRows("insertRowAfter", afterPosition + 1, 1);
  }
  private insRows(m: string, before: number, count: number): SheetFake {
    this.rec(m);
    this.__ss.__assertCanEdit(this, "structure");
    if (before < 1 || before > this.__grid.maxRows + 1 || count < 1) throw new Error("Those rows are out of bounds.");
    this.__grid.insertRows(before, count);
    return this.__self;
  }
  deleteRow(rowPosition: number): SheetFake {
    return this.delRows("deleteRow", rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): SheetFake {
    return this.delRows("deleteRows", rowPosition, howMany);
  }
  private delRows(m: string, start: number, count: number): SheetFake {
    this.rec(m);
    this.__ss.__assertCanEdit(this, "structure");
    const g = this.__grid;
    if (start < 1 || count < 1 || start + count - 1 > g.maxRows) throw new Error("Those rows are out of bounds.");
    if (g.maxRows - count <= this.__frozenRows) {
      throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
    }
    g.deleteRows(start, count);
    return this.__self;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetFake {
    return this.insCols("insertColumnsAfter", afterPosition + 1, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): SheetFake {
    return this.insCols("insertColumnsBefore", beforePosition, howMany);
  }
  insertColumnAfter(afterPosition: number): SheetFake {
    return this.insCols("insertColumnAfter", afterPosition + 1, 1);
  }
  private insCols(m: string, before: number, count: number): SheetFake {
    this.rec(m);
    this.__ss.__assertCanEdit(this, "structure");
    if (before < 1 || before > this.__grid.maxCols + 1 || count < 1) throw new Error("Those columns are out of bounds.");
    this.__grid.insertColumns(before, count);
    this.__hiddenColumns = new Set([...this.__hiddenColumns].map((c) => (c >= before ? c + count : c)));
    return this.__self;
  }
  deleteColumns(columnPosition: number, howMany: number): SheetFake {
    this.rec("deleteColumns");
    this.__ss.__assertCanEdit(this, "structure");
    const g = this.__grid;
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > g.maxCols) {
      throw new Error("Those columns are out of bounds.");
    }
    if (howMany >= g.maxCols) throw new Error("Sorry, it is not possible to delete all non-frozen columns.");
    g.deleteColumns(columnPosition, howMany);
    const end = columnPosition + howMany;
    this.__hiddenColumns = new Set([...this.__hiddenColumns]
      .filter((c) => c < columnPosition || c >= end).map((c) => (c >= end ? c - howMany : c)));
    return this.__self;
  }
  /** hideColumns(columnIndex) or hideColumns(columnIndex, numColumns). */
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.rec("hideColumns");
    this.columnSpan(columnIndex, numColumns).forEach((c) => this.__hiddenColumns.add(c));
  }
  /** showColumns(columnIndex) or showColumns(columnIndex, numColumns). */
  showColumns(columnIndex: number, numColumns = 1): void {
    this.rec("showColumns");
    this.columnSpan(columnIndex, numColumns).forEach((c) => this.__hiddenColumns.delete(c));
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.rec("isColumnHiddenByUser");
    return this.__hiddenColumns.has(columnPosition);
  }
  private columnSpan(start: number, count: number): number[] {
    if (!Number.isInteger(start) || !Number.isInteger(count) || start < 1 || count < 1 || start + count - 1 > this.__grid.maxCols) {
      throw new Error("Those columns are out of bounds.");
    }
    return Array.from({ length: count }, (_, i) => start + i);
  }
  /** Writes after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): SheetFake {
    this.rec("appendRow");
    rowContents.forEach(checkCellLength);
    const g = this.__grid;
    this.__ss.__assertCanEdit(this, { row: g.lastRow() + 1, col: 1, numRows: 1, numCols: Math.max(1, rowContents.length) });
    const row = g.lastRow() + 1;
    if (row > g.maxRows) g.insertRows(g.maxRows + 1, row - g.maxRows);
    if (rowContents.length > g.maxCols) g.insertColumns(g.maxCols + 1, rowContents.length - g.maxCols);
    const ctx = { timeZone: this.__ss.__timeZone, locale: this.__ss.__locale };
    g.reserve(row, 1, rowContents.length);
    rowContents.forEach((v, i) => g.write(row, i + 1, v, ctx));
    this.__ss.__ledger.wrote(rowContents.length);
    return this.__self;
  }

  // --- clearing ---
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): SheetFake {
    this.rec("clear");
    this.__ss.__assertCanEdit(this, "structure");
    const only = options?.contentsOnly || options?.formatOnly;
    const what = only ? { contents: !!options?.contentsOnly, formats: !!options?.formatOnly } : { contents: true, formats: true };
    this.__grid.clear(1, 1, this.__grid.maxRows, this.__grid.maxCols, what);
    return this.__self;
  }
  clearContents(): SheetFake {
    this.rec("clearContents");
    this.__ss.__assertCanEdit(this, "structure");
    this.__grid.clear(1, 1, this.__grid.maxRows, this.__grid.maxCols, { contents: true });
    return this.__self;
  }
  clearFormats(): SheetFake {
    this.rec("clearFormats");
    this.__ss.__assertCanEdit(this, "structure");
    this.__grid.clear(1, 1, this.__grid.maxRows, this.__grid.maxCols, { formats: true });
    return this.__self;
  }
  clearNotes(): SheetFake {
    this.rec("clearNotes");
    this.__ss.__assertCanEdit(this, "structure");
    this.__grid.clear(1, 1, this.__grid.maxRows, this.__grid.maxCols, { notes: true });
    return this.__self;
  }

  // --- layout ---
  setFrozenRows(rows: number): void {
    this.rec("setFrozenRows");
    if (rows < 0 || rows >= this.__grid.maxRows) throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
    this.__frozenRows = rows;
  }
  getFrozenRows(): number {
    this.rec("getFrozenRows");
    return this.__frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.rec("setFrozenColumns");
    this.__frozenColumns = columns;
  }
  getFrozenColumns(): number {
    this.rec("getFrozenColumns");
    return this.__frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): SheetFake {
    this.rec("setColumnWidth");
    this.__columnWidths.set(columnPosition, width);
    return this.__self;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetFake {
    this.rec("setColumnWidths");
    for (let c = startColumn; c < startColumn + numColumns; c++) this.__columnWidths.set(c, width);
    return this.__self;
  }
  getColumnWidth(columnPosition: number): number {
    this.rec("getColumnWidth");
    return this.__columnWidths.get(columnPosition) ?? 100;
  }
  /** Approximates the fitted width from the longest displayed text (7 px a character). */
  autoResizeColumns(startColumn: number, numColumns: number): SheetFake {
    this.rec("autoResizeColumns");
    for (let c = startColumn; c < startColumn + numColumns; c++) this.__columnWidths.set(c, this.fitWidth(c));
    return this.__self;
  }
  autoResizeColumn(columnPosition: number): SheetFake {
    this.rec("autoResizeColumn");
    this.__columnWidths.set(columnPosition, this.fitWidth(columnPosition));
    return this.__self;
  }
  private fitWidth(col: number): number {
    let longest = 0;
    for (let r = 1; r <= this.__grid.lastRow(); r++) longest = Math.max(longest, this.__displayAt(r, col).length);
    return Math.max(21, longest * 7 + 10);
  }
  setRowHeight(_row: number, _height: number): SheetFake {
    this.rec("setRowHeight");
    return this.__self;
  }
  setTabColor(color: string | null): SheetFake {
    this.rec("setTabColor");
    this.__tabColor = color;
    return this.__self;
  }
  hideSheet(): SheetFake {
    this.rec("hideSheet");
    if (this.__ss.__sheets.filter((s) => !s.__hidden && s.__id !== this.__id).length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.__hidden = true;
    return this.__self;
  }
  showSheet(): SheetFake {
    this.rec("showSheet");
    this.__hidden = false;
    return this.__self;
  }
  isSheetHidden(): boolean {
    this.rec("isSheetHidden");
    return this.__hidden;
  }
  /** URL of the form whose responses land in this sheet, or null. */
  getFormUrl(): string | null {
    this.rec("getFormUrl");
    return this.__formUrl;
  }

  // --- protection and charts ---
  /** Returns the existing sheet protection when there is one (sheet#protect). */
  protect(): ProtectionFake {
    this.rec("protect");
    const existing = this.__ss.__protections.find((p) => p.__type === "SHEET" && p.__sheet.__id === this.__id);
    return existing?.protection ?? this.__ss.__addProtection("SHEET", this, this.__self);
  }
  getProtections(type: ProtectionTypeValue): ProtectionFake[] {
    this.rec("getProtections");
    return this.__ss.__protections.filter((p) => p.__type === type && p.__sheet.__id === this.__id).map((p) => p.protection);
  }
  newChart(): EmbeddedChartBuilderFake {
    this.rec("newChart");
    return newChartBuilder(this.__ss.__ledger);
  }
  insertChart(chart: EmbeddedChartFake): void {
    this.rec("insertChart");
    this.__charts.push(chart);
  }
  updateChart(chart: EmbeddedChartFake): void {
    this.rec("updateChart");
    const i = this.__charts.findIndex((c) => c.__id === chart.__id);
    if (i < 0) throw new Error("Chart not found in this sheet.");
    this.__charts[i] = chart;
  }
  removeChart(chart: EmbeddedChartFake): void {
    this.rec("removeChart");
    const i = this.__charts.findIndex((c) => c.__id === chart.__id);
    if (i >= 0) this.__charts.splice(i, 1);
  }
  getCharts(): EmbeddedChartFake[] {
    this.rec("getCharts");
    return [...this.__charts];
  }
}
