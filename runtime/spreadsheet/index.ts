// Public entry of the SpreadsheetApp part of the local Apps Script runtime.
export { createSpreadsheetApp, SpreadsheetAppFake, BorderStyle, WrapStrategy } from "./app";
export type { CreateSpreadsheetAppOptions } from "./app";
export { SpreadsheetFake } from "./spreadsheet";
export type { Toast, SpreadsheetOptions } from "./spreadsheet";
export { SheetFake } from "./sheet";
export { RangeFake } from "./range";
export { UiFake, Button, ButtonSet } from "./ui";
export type { MenuRecord, MenuEntry, AlertRecord, DialogRecord } from "./ui";
export { DataValidationCriteria, DataValidationFake } from "./dataValidation";
export { ProtectionFake, ProtectionType } from "./protection";
export { ChartType, createChartsFake, EmbeddedChartFake } from "./charts";
export type { Cell, CellValue } from "./grid";
export { columnToLetters, lettersToColumn, parseA1, toA1 } from "./a1";
export { displayValue, normalizeColor, DEFAULT_NUMBER_FORMAT } from "./formats";
