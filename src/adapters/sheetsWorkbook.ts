// Workbook port over SpreadsheetApp: one read per sheet, one write per block, sheets looked up once.
import type { CellValue } from "../core/model";
import type { Block, ChartSpec, PlacedBlock, SheetOptions, Workbook } from "../app/ports";
import { AppError } from "../app/errors";
import { applySheetProtection } from "./protection";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class SheetsWorkbook implements Workbook {
  private readonly sheets = new Map<string, Sheet | null>();
  private tz: string | null = null;

  constructor(
    private readonly ss: Spreadsheet,
    private readonly chartTypes: typeof Charts.ChartType,
  ) {}

  timeZone(): string {
    if (this.tz === null) this.tz = this.ss.getSpreadsheetTimeZone();
    return this.tz;
  }

  spreadsheetId(): string {
    return this.ss.getId();
  }

  private sheet(name: string): Sheet | null {
    if (!this.sheets.has(name)) this.sheets.set(name, this.ss.getSheetByName(name));
    return this.sheets.get(name) ?? null;
  }

  private sheetOrThrow(name: string): Sheet {
    const s = this.sheet(name);
    if (!s) throw new AppError("SHEET_MISSING", { sheet: name });
    return s;
  }

  hasSheet(name: string): boolean {
    return this.sheet(name) !== null;
  }

  readAll(name: string): CellValue[][] | null {
    const s = this.sheet(name);
    if (!s) return null;
    const values = s.getDataRange().getValues() as CellValue[][];
    // An empty sheet's data range is A1 with ''.
    if (values.length === 1 && values[0]!.length === 1 && values[0]![0] === "") return [];
    return values;
  }

  readRange(name: string, row: number, col: number, numRows: number, numCols: number): CellValue[][] {
    if (numRows <= 0 || numCols <= 0) return [];
    const s = this.sheetOrThrow(name);
    return s.getRange(row, col, numRows, numCols).getValues() as CellValue[][];
  }

  lastRow(name: string): number {
    return this.sheetOrThrow(name).getLastRow();
  }

  ensureSheet(name: string, headers: readonly string[], options: SheetOptions = {}): boolean {
    if (this.sheet(name)) return false;
    const s = this.ss.insertSheet(name);
    this.sheets.set(name, s);
    if (headers.length > 0) {
      const r = s.getRange(1, 1, 1, headers.length);
      r.setNumberFormat("@");
      r.setValues([headers.slice()]);
      r.setFontWeight("bold");
    }
    s.setFrozenRows(options.frozenRows ?? 1);
    if (options.hidden) s.hideSheet();
    if (options.protectFor) this.protect(s, options.protectFor);
    return true;
  }

  replaceContent(name: string, blocks: PlacedBlock[], options: SheetOptions & { charts?: ChartSpec[] } = {}): void {
    let s = this.sheet(name);
    if (!s) {
      s = this.ss.insertSheet(name);
      this.sheets.set(name, s);
      if (options.protectFor) this.protect(s, options.protectFor);
    } else {
      s.clear();
      if (options.charts) for (const c of s.getCharts()) s.removeChart(c);
    }
    for (const { row, col, block } of blocks) this.write(s, row, col, block);
    if (options.frozenRows !== undefined) s.setFrozenRows(options.frozenRows);
    if (options.hidden) s.hideSheet();
    for (const c of options.charts ?? []) this.chart(s, c);
  }

  writeBlock(name: string, row: number, col: number, block: Block): void {
    this.write(this.sheetOrThrow(name), row, col, block);
  }

  appendRows(name: string, rows: CellValue[][], numberFormats?: readonly string[]): void {
    if (rows.length === 0) return;
    const s = this.sheetOrThrow(name);
    this.write(s, s.getLastRow() + 1, 1, numberFormats ? { values: rows, numberFormats } : { values: rows });
  }

  findResponseSheet(formUrl: string | null, nameHint: string): string | null {
    const same = (url: string | null) => !!url && !!formUrl && formId(url) === formId(formUrl);
    const hinted = this.sheet(nameHint);
    if (hinted && formUrl && same(hinted.getFormUrl())) return nameHint;
    for (const s of this.ss.getSheets()) {
      const url = s.getFormUrl();
      if (url && (!formUrl || same(url))) {
        const n = s.getName();
        this.sheets.set(n, s);
        return n;
      }
    }
    return null;
  }

  toast(message: string, title?: string): void {
    this.ss.toast(message, title ?? "Pantau KDKMP", 5);
  }

  private write(s: Sheet, row: number, col: number, block: Block): void {
    const rows = block.values.length;
    const cols = rows > 0 ? block.values[0]!.length : 0;
    if (rows === 0 || cols === 0) return;
    const needed = row + rows - 1;
    const max = s.getMaxRows();
    if (needed > max) s.insertRowsAfter(max, needed - max);
    const range = s.getRange(row, col, rows, cols);
    // Formats before values: a "@" column stores `=...` from a report as text, never as a formula.
    if (block.numberFormats) {
      const line = block.numberFormats.slice(0, cols);
      range.setNumberFormats(block.values.map(() => line));
    }
    range.setValues(block.values);
    if (block.backgrounds) range.setBackgrounds(block.backgrounds);
    if (block.boldFirstRow) s.getRange(row, col, 1, cols).setFontWeight("bold");
  }

  private protect(s: Sheet, p: { editors: string[]; description: string }): void {
    applySheetProtection(s, p, SpreadsheetApp.ProtectionType.SHEET);
  }

  private chart(s: Sheet, c: ChartSpec): void {
    const type = c.kind === "line" ? this.chartTypes.LINE : this.chartTypes.COLUMN;
    let builder = s.newChart().setChartType(type).addRange(s.getRange(c.range)).setPosition(c.row, c.col, 0, 0)
      .setOption("title", c.title);
    if (c.stacked) builder = builder.setOption("isStacked", true);
    s.insertChart(builder.build());
  }
}

/** The form id inside a form URL (edit and published URLs of one form share it loosely). */
function formId(url: string): string {
  const m = /\/forms\/d\/(?:e\/)?([^/?#]+)/.exec(url);
  return m ? m[1]! : url;
}
