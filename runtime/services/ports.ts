// Structural views of the spreadsheet fake and the clock that the non-spreadsheet services rely on.
// Written against the documented Apps Script API plus the `__` helpers of runtime/spreadsheet.

export interface ClockLike {
  now(): number;
  set(ms: number): void;
  advance(ms: number): void;
}

export interface RangePort {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getValues(): unknown[][];
  setValues(values: unknown[][]): unknown;
  setValue(value: unknown): unknown;
}

export interface SheetPort {
  getName(): string;
  getSheetId(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxColumns(): number;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): RangePort;
  appendRow(values: unknown[]): unknown;
  getFormUrl(): string | null;
  /** Uncounted helpers of the spreadsheet fake: make getFormUrl() return `url`, or null again. */
  __linkForm(url: string): void;
  __unlinkForm(): void;
}

export interface SpreadsheetPort {
  getId(): string;
  getName(): string;
  getSheets(): SheetPort[];
  getSheetByName(name: string): SheetPort | null;
  insertSheet(name: string, index?: number): SheetPort;
  getSpreadsheetTimeZone(): string;
  getSpreadsheetLocale(): string;
}
