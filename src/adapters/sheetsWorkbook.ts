// Workbook port over SpreadsheetApp with a fixed number of calls per sheet, whatever its size: the
// add-on's own sheets are read and written through Spreadsheet.getRange("'Name'!A1:H"), laid out once
// (formats, bold header, frozen rows) and their sizes tracked (sheetBook.ts), so a rewrite is one
// setValues (plus formats/backgrounds where they vary) with no clear(), getMaxRows or re-freezing.
import type { CellValue } from "../core/model";
import type { Block, Cells, ChartSpec, KeyValueStore, PlacedBlock, SheetOptions, Workbook } from "../app/ports";
import { AppError } from "../app/errors";
import { fitCells } from "../core/sheets/cellLimit";
import { applySheetProtection, type ProtectFor } from "./protection";
import { a1Range, colName, composeBlocks, isMissingRange, isOutOfBounds, quoteSheet, type Composed } from "./sheetGrid";
import { SheetBook, type TrackedSheet } from "./sheetBook";
import { followRows, keepStaffCells, lastUsedColumn } from "./staffCells";
import { KEEP_TEXT } from "../core/text/keep";
import { fnv1a64 } from "../core/reports/hash";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type ReplaceOptions = SheetOptions & { charts?: ChartSpec[]; changedRows?: [number, number] };

/** Rows added beyond what is needed when a sheet grows, so growth (and its layout) is rare. */
export function headroom(needed: number): number {
  return Math.max(500, Math.ceil(needed * 0.1));
}

/** Runs of adjacent columns with the same number format (1-based first column). */
export function formatRuns(formats: readonly string[]): { col: number; count: number; format: string }[] {
  const runs: { col: number; count: number; format: string }[] = [];
  formats.forEach((format, i) => {
    const last = runs[runs.length - 1];
    if (last && last.format === format) last.count++;
    else runs.push({ col: i + 1, count: 1, format });
  });
  return runs;
}

export class SheetsWorkbook implements Workbook {
  private readonly sheets = new Map<string, Sheet | null>();
  private tz: string | null = null;
  private readonly book: SheetBook;

  constructor(
    private readonly ss: Spreadsheet,
    private readonly chartTypes: typeof Charts.ChartType,
    props?: KeyValueStore,
    /** `Log` lines about staff content met while rewriting a sheet (kept or moved, never deleted). */
    private readonly notices: string[] = [],
  ) {
    this.book = new SheetBook(props ?? null);
  }

  timeZone(): string {
    if (this.tz === null) this.tz = this.ss.getSpreadsheetTimeZone();
    return this.tz;
  }

  setTimeZone(timeZone: string): void {
    this.ss.setSpreadsheetTimeZone(timeZone);
    this.tz = timeZone;
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
    if (this.book.get(name)) return true;
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

  readTable(name: string, numCols: number): CellValue[][] | null {
    let values: CellValue[][];
    try {
      values = this.ss.getRange(`${quoteSheet(name)}!A1:${colName(numCols)}`).getValues() as CellValue[][];
    } catch (err) {
      if (isMissingRange(err)) {
        this.book.forget(name);
        return null;
      }
      if (!isOutOfBounds(err)) throw err;
      // A sheet narrower than asked (made by an older version): its columns, padded with blanks.
      values = this.readNarrow(name, numCols);
      this.book.forget(name);
    }
    let last = values.length;
    while (last > 0 && values[last - 1]!.every((c) => c === "" || c === null)) last--;
    this.book.observe(name, { max: values.length, last, cols: numCols });
    return values.length === last ? values : values.slice(0, last);
  }

  private readNarrow(name: string, numCols: number): CellValue[][] {
    const s = this.sheetOrThrow(name);
    const have = Math.min(numCols, s.getMaxColumns());
    const values = s.getRange(`A1:${colName(have)}`).getValues() as CellValue[][];
    return values.map((row) => (row.length >= numCols ? row : [...row, ...new Array<CellValue>(numCols - row.length).fill("")]));
  }

  widenHeader(name: string, headers: readonly string[]): void {
    const s = this.sheetOrThrow(name);
    const have = s.getMaxColumns();
    if (have < headers.length) s.insertColumnsAfter(have, headers.length - have);
    const r = s.getRange(1, 1, 1, headers.length);
    r.setNumberFormat("@");
    r.setValues([headers.slice()]);
    r.setFontWeight("bold");
    this.book.forget(name);
  }

  readRange(name: string, row: number, col: number, numRows: number, numCols: number): CellValue[][] {
    if (numRows <= 0 || numCols <= 0) return [];
    const s = this.sheetOrThrow(name);
    return s.getRange(row, col, numRows, numCols).getValues() as CellValue[][];
  }

  lastRow(name: string): number {
    return this.sheetOrThrow(name).getLastRow();
  }

  cells(name: string, row: number, col: number, numRows: number, numCols: number): Cells {
    const range = this.ss.getRange(`${quoteSheet(name)}!${a1Range(row, col, numRows, numCols)}`);
    return {
      values: () => range.getValues() as CellValue[][],
      write: (values, backgrounds) => {
        range.setValues(fitCells(values));
        if (backgrounds) range.setBackgrounds(backgrounds);
      },
      notes: () => range.getNotes(),
      writeNotes: (notes) => {
        range.setNotes(notes);
      },
    };
  }

  readNotes(name: string, row: number, col: number): string[] | null {
    let notes: string[][];
    try {
      notes = this.ss.getRange(`${quoteSheet(name)}!${colName(col)}${row}:${colName(col)}`).getNotes();
    } catch (err) {
      if (isMissingRange(err) || isOutOfBounds(err)) return null;
      throw err;
    }
    return notes.map((line) => line[0] ?? "");
  }

  isLaidOut(name: string, row: number): boolean {
    const t = this.book.get(name);
    return !!t && t.sig !== "" && row <= t.max;
  }

  laidOutColumns(name: string): number {
    const t = this.book.get(name);
    return t && t.sig !== "" ? t.cols : 0;
  }

  ensureSheet(name: string, headers: readonly string[], options: SheetOptions = {}): boolean {
    if (this.book.get(name)) return false; // written by the add-on before: it exists
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
    if (options.exactColumns && headers.length > 0) {
      const maxCols = s.getMaxColumns();
      if (maxCols > headers.length) s.deleteColumns(headers.length + 1, maxCols - headers.length);
    }
    if (options.hidden) s.hideSheet();
    if (options.protectFor) this.protect(s, options.protectFor);
    return true;
  }

  replaceContent(name: string, blocks: PlacedBlock[], options: ReplaceOptions = {}): void {
    const grid = composeBlocks(blocks);
    try {
      this.replaceTracked(name, grid, options);
    } catch (err) {
      // The sheet changed behind the add-on's back (deleted, rows removed): measure it and write again.
      if (!isMissingRange(err) && !isOutOfBounds(err)) throw err;
      this.book.forget(name);
      this.sheets.delete(name);
      this.replaceTracked(name, grid, options);
    }
  }

  private replaceTracked(name: string, grid: Composed, options: ReplaceOptions): void {
    const sig = layoutSignature(grid, options);
    let t = this.book.get(name);
    const before = t?.ids;
    if (!t || t.sig !== sig || grid.rows > t.max) t = this.layOut(name, grid, options, sig, t);
    else if (options.changedRows && this.writeChanged(name, grid, t, options.changedRows)) return;
    let height = Math.max(grid.rows, t.last);
    const width = Math.max(grid.cols, t.cols);
    let range = this.ss.getRange(`${quoteSheet(name)}!${a1Range(1, 1, height, width)}`);
    // A sheet of several blocks (`Ringkasan`) has room people type notes in: read it first.
    const keep = options.keepStaffCells && !grid.uniform
      ? keepStaffCells({ name, range, grid, own: t.own ?? null, height, notices: this.notices, more: (rows, cols) => {
        const lastRow = this.sheetOrThrow(name).getLastRow();
        return lastRow > rows ? this.ss.getRange(`${quoteSheet(name)}!${a1Range(1, 1, lastRow, cols)}`) : null;
      } })
      : null;
    if (keep && keep.plan.height > height) {
      height = keep.plan.height;
      if (height > t.max) t = { ...t, max: this.grow(name, t.max, height) };
      range = this.ss.getRange(`${quoteSheet(name)}!${a1Range(1, 1, height, width)}`);
    }
    // Rows in a new order (or no record of the old one): staff's columns follow their IDs, after the write.
    const keys = options.keyedRows ? grid.valueRows(2, grid.rows, 1).map((line) => line[0]!) : null;
    const ids = keys && fnv1a64(keys.join("\n"));
    const follow = keys && ids !== before && t.last > 1 ? followRows(this.sheetOrThrow(name), name, width, t.last, keys, this.notices) : null;
    const padded = grid.pad(height, width);
    if (keep) keep.apply(padded);
    if (!grid.uniform) {
      range.setNumberFormats(padded.formats);
      range.setFontWeights(padded.weights);
    }
    range.setValues(fitCells(padded.values));
    if (grid.hasBackgrounds || t.bg) range.setBackgrounds(padded.backgrounds);
    if (grid.hasNotes || t.notes) range.setNotes(padded.notes);
    if (options.charts) this.placeCharts(name, options.charts, t);
    follow?.();
    const last = keep ? keep.plan.cells.reduce((m, c) => Math.max(m, c.row), grid.rows) : grid.rows;
    this.book.put(name, {
      ...t, last, cols: grid.cols, bg: grid.hasBackgrounds, notes: grid.hasNotes, ...(keep ? { own: grid.rects } : {}), ...(ids ? { ids } : {}),
    });
  }

  /**
   * Only the rows that changed, on a laid-out sheet of one uniform block whose content does not shrink
   * (nothing below to clear) and has no colours or notes: one range, one setValues. False = write it all.
   */
  private writeChanged(name: string, grid: Composed, t: TrackedSheet, [from, to]: [number, number]): boolean {
    if (!grid.uniform || grid.hasBackgrounds || grid.hasNotes || t.bg || t.notes || grid.rows < t.last || grid.cols !== t.cols) return false;
    if (from > to) return true;
    if (from < 1 || to > grid.rows) return false;
    const values = grid.valueRows(from, to, grid.cols);
    this.ss.getRange(`${quoteSheet(name)}!${a1Range(from, 1, to - from + 1, grid.cols)}`).setValues(fitCells(values));
    this.book.put(name, { ...t, last: grid.rows });
    return true;
  }

  /** Adds rows (with headroom) so the sheet has at least `needed`; returns its new row count. */
  private grow(name: string, max: number, needed: number): number {
    const extra = needed - max + headroom(needed);
    this.sheetOrThrow(name).insertRowsAfter(max, extra);
    return max + extra;
  }

  /** Creates, grows or re-formats the sheet: the only place that asks Sheets for its size. */
  private layOut(name: string, grid: Composed, options: ReplaceOptions, sig: string, known: TrackedSheet | undefined): TrackedSheet {
    let s = this.sheet(name);
    let last = 0;
    let cols = 0;
    let created = false;
    if (!s) {
      s = this.ss.insertSheet(name);
      this.sheets.set(name, s);
      created = true;
    } else if (known) {
      last = known.last;
      cols = known.cols;
    } else {
      last = s.getLastRow();
      cols = grid.cols;
      if (options.charts) for (const c of s.getCharts()) s.removeChart(c);
    }
    let max = s.getMaxRows();
    const needed = Math.max(grid.rows, last);
    if (needed > max) {
      const extra = needed - max + headroom(needed);
      s.insertRowsAfter(max, extra);
      max += extra;
    }
    const width = Math.max(grid.cols, cols);
    if (grid.uniform) {
      // Exactly its columns: blank columns count against the workbook's 10-million-cell limit too.
      const maxCols = s.getMaxColumns();
      if (maxCols < width) s.insertColumnsAfter(maxCols, width - maxCols);
      else if (maxCols > width) {
        // Never columns someone typed in: only the blank ones after the last that holds anything.
        const used = created ? width : lastUsedColumn(s, width, maxCols, (range) => this.notices.push(KEEP_TEXT.columns(name, range)));
        if (maxCols > used) s.deleteColumns(used + 1, maxCols - used);
      }
    } else if (width > 26 && s.getMaxColumns() < width) {
      s.insertColumnsAfter(s.getMaxColumns(), width - s.getMaxColumns());
    }
    if (grid.uniform) {
      // Every row gets its column's format now, so later writes (a single row too) need only values.
      // One format per run of equal columns, as a single value: a cell-by-cell array for every row of a
      // long sheet is data Google moves per cell (docs/performance.md, cost model).
      const line = grid.columnFormats.concat(new Array<string>(Math.max(0, width - grid.cols)).fill("@"));
      s.getRange(1, 1, 1, width).setNumberFormat("@");
      if (max > 1) for (const run of formatRuns(line)) s.getRange(2, run.col, max - 1, run.count).setNumberFormat(run.format);
      s.getRange(1, 1, 1, width).setFontWeights([Array.from({ length: width }, (_, c) => (c < grid.cols && grid.boldHeader ? "bold" : "normal"))]);
    }
    s.setFrozenRows(options.frozenRows ?? 0);
    if (options.hidden) s.hideSheet();
    const from = options.hiddenColumnsFrom;
    if (from !== undefined && from <= width) s.hideColumns(from, width - from + 1);
    // Open columns must reach every row, so they are set again whenever the sheet grows (here, and only here).
    if (options.protectFor && (created || options.unprotectedColumns)) {
      this.protect(s, { ...options.protectFor, ...(options.unprotectedColumns ? { unprotectedColumns: options.unprotectedColumns } : {}) }, max);
    }
    return { max, last, cols, sig, bg: known?.bg ?? last > 0, notes: known?.notes ?? false };
  }

  private placeCharts(name: string, charts: ChartSpec[], t: TrackedSheet): void {
    // An open-ended range (N13:Q) is fixed to the sheet's rows when the chart is built: place the charts
    // again when the sheet grew (rare: it grows with headroom), so they keep reaching its last row.
    const sig = `${JSON.stringify(charts)}#${t.max}`;
    if (t.charts === sig) return;
    const s = this.sheetOrThrow(name);
    for (const c of s.getCharts()) s.removeChart(c);
    for (const c of charts) this.chart(s, c);
    t.charts = sig;
  }

  readRows(name: string, from: number, to: number, numCols: number): CellValue[][] | null {
    const s = this.sheet(name);
    if (!s) return null;
    const width = numCols > 0 ? numCols : s.getLastColumn();
    const count = to - from + 1;
    if (count <= 0 || width <= 0) return [];
    const read = (max: number): CellValue[][] => {
      const have = Math.min(to, max) - from + 1;
      const values = have > 0 ? (s.getRange(from, 1, have, width).getValues() as CellValue[][]) : [];
      while (values.length < count) values.push(new Array<CellValue>(width).fill(""));
      return values;
    };
    const t = this.book.get(name);
    if (!t || to <= t.max) {
      try {
        return read(t ? t.max : to);
      } catch (err) {
        if (!isOutOfBounds(err) && !isMissingRange(err)) throw err;
      }
    }
    return read(s.getMaxRows());
  }

  writeRows(name: string, header: Block, options: SheetOptions, totalRows: number, from: number, rows: CellValue[][]): void {
    const attempt = (): void => {
      const grid = composeBlocks([{ row: 1, col: 1, block: header }]);
      const sized = { ...grid, rows: Math.max(totalRows, from + rows.length - 1, 1) };
      const sig = layoutSignature(sized, options);
      let t = this.book.get(name);
      if (!t || t.sig !== sig || sized.rows > t.max) {
        t = this.layOut(name, sized, options, sig, t);
        this.ss.getRange(`${quoteSheet(name)}!${a1Range(1, 1, 1, grid.cols)}`).setValues(fitCells(header.values.slice(0, 1)));
      }
      if (rows.length > 0) this.ss.getRange(`${quoteSheet(name)}!${a1Range(from, 1, rows.length, grid.cols)}`).setValues(fitCells(rows));
      this.book.put(name, { ...t, last: Math.max(t.last, 1, from + rows.length - 1), cols: grid.cols });
    };
    try {
      attempt();
    } catch (err) {
      if (!isMissingRange(err) && !isOutOfBounds(err)) throw err;
      this.book.forget(name);
      this.sheets.delete(name);
      attempt();
    }
  }

  clearBelow(name: string, row: number, numCols: number): void {
    const t = this.book.get(name);
    const s = this.sheet(name);
    if (!s) return;
    // The form-submit path writes rows the book does not track (one cell range each): ask the sheet too.
    const last = Math.max(t?.last ?? 0, s.getLastRow());
    if (last <= row) return;
    const blank = Array.from({ length: last - row }, () => new Array<CellValue>(numCols).fill(""));
    this.ss.getRange(`${quoteSheet(name)}!${a1Range(row + 1, 1, last - row, numCols)}`).setValues(blank);
    if (t) this.book.put(name, { ...t, last: row });
  }

  writeBlock(name: string, row: number, col: number, block: Block): void {
    this.write(this.sheetOrThrow(name), row, col, block);
    const t = this.book.get(name);
    if (t) this.book.put(name, { ...t, last: Math.max(t.last, row + block.values.length - 1) });
  }

  appendRows(name: string, rows: CellValue[][], numberFormats?: readonly string[]): void {
    if (rows.length === 0) return;
    const width = rows[0]!.length;
    const t = this.book.get(name);
    if (t && t.last >= 1 && t.last + rows.length <= t.max) {
      // Known sheet (written or read by the add-on): no lookup, no getLastRow.
      try {
        const range = this.ss.getRange(`${quoteSheet(name)}!${a1Range(t.last + 1, 1, rows.length, width)}`);
        if (numberFormats) range.setNumberFormats(rows.map(() => numberFormats.slice(0, width)));
        range.setValues(fitCells(rows));
        this.book.put(name, { ...t, last: t.last + rows.length });
        return;
      } catch (err) {
        if (!isMissingRange(err) && !isOutOfBounds(err)) throw err;
        this.book.forget(name);
        this.sheets.delete(name);
      }
    }
    const s = this.sheetOrThrow(name);
    const start = s.getLastRow() + 1;
    const end = start + rows.length - 1;
    const before = s.getMaxRows();
    // Grown with headroom, so the next appends (a Log row every run) take the known path above again.
    const max = end > before ? end + headroom(end) : before;
    if (max > before) s.insertRowsAfter(before, max - before);
    this.write(s, start, 1, numberFormats ? { values: rows, numberFormats } : { values: rows });
    this.book.put(name, t ? { ...t, max, last: end } : { max, last: end, cols: width, sig: "", bg: false });
  }

  findResponseSheet(formUrls: readonly string[], nameHint: string): string | null {
    const ids = new Set(formUrls.map(formId));
    const same = (url: string | null) => !!url && ids.has(formId(url));
    const hinted = this.sheet(nameHint);
    if (hinted && ids.size > 0 && same(hinted.getFormUrl())) return nameHint;
    // No form linked to any sheet (a workbook whose reports are typed in): one call, not one per sheet.
    if (this.ss.getFormUrl() === null) return null;
    for (const s of this.ss.getSheets()) {
      const url = s.getFormUrl();
      if (url && (ids.size === 0 || same(url))) {
        const n = s.getName();
        this.sheets.set(n, s);
        return n;
      }
    }
    return null;
  }

  lastColumn(name: string): number {
    return this.sheet(name)?.getLastColumn() ?? 0;
  }

  deleteRows(name: string, start: number, count: number, trim = false): void {
    if (count <= 0) return;
    const s = this.sheetOrThrow(name);
    // Sheets refuses to delete every row below a frozen header ("not possible to delete all non-frozen rows").
    let max = s.getMaxRows();
    if (start + count - 1 >= max) s.insertRowsAfter(max++, 1);
    s.deleteRows(start, count);
    // The blank rows laid out below beyond a growth's headroom count against the 10 M cells; never a row
    // holding anything in any column (getLastRow), so staff cells stay. Only a surplus of another
    // headroom is worth the calls (a small sheet makes none).
    if (trim && max - count > 1 + 2 * headroom(1)) {
      const last = Math.max(1, s.getLastRow());
      const keep = last + headroom(last);
      if (max - count > keep + headroom(last)) s.deleteRows(keep + 1, max - count - keep);
    }
    this.book.forget(name);
  }

  cellCount(): number {
    let cells = 0;
    for (const s of this.ss.getSheets()) cells += s.getMaxRows() * s.getMaxColumns();
    return cells;
  }

  columnFormats(name: string, col: number, fromRow: number, toRow: number): string[] {
    if (toRow < fromRow) return [];
    const range = this.ss.getRange(`${quoteSheet(name)}!${colName(col)}${fromRow}:${colName(col)}${toRow}`);
    return range.getNumberFormats().map((line) => line[0] ?? "");
  }

  headerRows(skip: ReadonlySet<string>): { count: number; sheets: Array<{ name: string; header: CellValue[] }> } {
    const all = this.ss.getSheets();
    const sheets: Array<{ name: string; header: CellValue[] }> = [];
    for (const s of all) {
      const name = s.getName();
      this.sheets.set(name, s);
      if (!skip.has(name)) sheets.push({ name, header: (this.ss.getRange(`${quoteSheet(name)}!1:1`).getValues()[0] ?? []) as CellValue[] });
    }
    return { count: all.length, sheets };
  }

  sheetCount(): number {
    return this.ss.getSheets().length;
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
    range.setValues(fitCells(block.values));
    if (block.backgrounds) range.setBackgrounds(block.backgrounds);
    if (block.boldFirstRow) s.getRange(row, col, 1, cols).setFontWeight("bold");
  }

  private protect(s: Sheet, p: ProtectFor, maxRows?: number): void {
    applySheetProtection(s, p, SpreadsheetApp.ProtectionType.SHEET, maxRows);
  }

  private chart(s: Sheet, c: ChartSpec): void {
    const type = c.kind === "line" ? this.chartTypes.LINE : this.chartTypes.COLUMN;
    let builder = s.newChart().setChartType(type).addRange(s.getRange(c.range)).setPosition(c.row, c.col, 0, 0)
      .setOption("title", c.title);
    if (c.stacked) builder = builder.setOption("isStacked", true);
    s.insertChart(builder.build());
  }
}

function layoutSignature(grid: Composed, options: ReplaceOptions): string {
  const formats = grid.uniform ? grid.columnFormats.join("|") + (grid.boldHeader ? "|B" : "") : "mixed";
  const open = options.unprotectedColumns ? `#u${options.unprotectedColumns.from}-${options.unprotectedColumns.to}` : "";
  return `${formats}#${options.frozenRows ?? 0}#${options.hidden ? "h" : ""}${options.hiddenColumnsFrom ? `#c${options.hiddenColumnsFrom}` : ""}${open}`;
}

/** The form id inside a form URL (edit and published URLs of one form share it loosely). */
function formId(url: string): string {
  const m = /\/forms\/d\/(?:e\/)?([^/?#]+)/.exec(url);
  return m ? m[1]! : url;
}
