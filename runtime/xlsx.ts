// xlsx import/export of the fake spreadsheet via exceljs (values, dates, formats, fills, bold, notes, frozen rows).
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { NeedsWholeReader, openXlsx, readSheet } from "./xlsxRead";
import { utcWallToInstant, wallAsUtc } from "./tz";
import { defaultDateTimeFormat } from "./spreadsheet/formats";
import { Grid, type Cell, type CellValue } from "./spreadsheet/grid";
import type { SpreadsheetFake } from "./spreadsheet/spreadsheet";

const META_KEY = "pantauRuntime";

interface Meta {
  timeZone?: string;
  locale?: string;
  name?: string;
  forms?: Record<string, string>;
  maxRows?: Record<string, number>;
  maxCols?: Record<string, number>;
  /** Cells of the export that stand in for a chart ("row,col" per sheet): not read back as content. */
  chartLabels?: Record<string, string[]>;
}

/** Where a Google chart was: exceljs writes no charts, so the file says so next to the chart's data. */
const chartLabel = (title: string, range: string) =>
  `Grafik "${title}" (data ${range}) ada di Google Sheets; berkas Excel ini tidak memuat grafiknya.`;

/** Column width like Sheets' 100 px default, wider for longer content (Excel units: characters). */
function widthOf(longest: number): number {
  return Math.min(60, Math.max(14, longest + 2));
}

function parseMeta(description: string | undefined): Meta {
  try {
    const parsed = JSON.parse(description || "{}") as Record<string, unknown>;
    return (parsed[META_KEY] as Meta | undefined) ?? {};
  } catch {
    return {};
  }
}

function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-fA-F]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toLowerCase()}`;
}

function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note === "string") return note;
  return note.texts?.map((t) => t.text).join("") ?? undefined;
}

/** Converts an exceljs cell value; Excel dates come back with the wall-clock time in their UTC fields. */
function fromExcel(value: ExcelJS.CellValue, timeZone: string): { v: CellValue; f?: string } {
  if (value === null || value === undefined) return { v: "" };
  if (value instanceof Date) return { v: new Date(utcWallToInstant(value.getTime(), timeZone)) };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return { v: value };
  const o = value as unknown as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) {
    const inner = fromExcel((o.result ?? null) as ExcelJS.CellValue, timeZone);
    const f = typeof o.formula === "string" ? o.formula : "";
    return f ? { v: inner.v, f: `=${f}` } : { v: inner.v };
  }
  if (Array.isArray(o.richText)) return { v: (o.richText as { text: string }[]).map((t) => t.text).join("") };
  if ("text" in o) return { v: String(o.text) };
  if ("error" in o) return { v: String(o.error) };
  return { v: String(value) };
}

/** One cell as the reader gave it, into the grid: value, formula, formats, note. */
function putCell(grid: Grid, r: number, c: number, value: ExcelJS.CellValue, style: Partial<ExcelJS.Style>, note: string | undefined, tz: string): void {
  const { v, f } = fromExcel(value, tz);
  grid.setValue(r, c, v, f);
  if (style.numFmt && !/^general$/i.test(style.numFmt)) grid.setStyle(r, c, "fmt", style.numFmt);
  const fill = style.fill as ExcelJS.FillPattern | undefined;
  const bg = fill?.type === "pattern" && fill.pattern === "solid" ? argbToHex(fill.fgColor?.argb) : undefined;
  if (bg && bg !== "#ffffff") grid.setStyle(r, c, "bg", bg);
  if (style.font?.bold) grid.setStyle(r, c, "fw", "bold");
  const fc = argbToHex(style.font?.color?.argb);
  if (fc && fc !== "#000000") grid.setStyle(r, c, "fc", fc);
  if (note) grid.setNote(r, c, note);
}

/** A sheet's grid, sized as the file's content or the size the runtime saved, whichever is larger. */
interface ReadSheetResult {
  name: string;
  grid: Grid;
  hidden: boolean;
  hiddenColumns: number[];
  frozenRows: number;
  frozenColumns: number;
}

/**
 * Replaces the sheets of target with the workbook's (uncounted: the call ledger is not touched).
 * Read row by row (runtime/xlsxRead.ts): a workbook of 100,000 reports is never held as exceljs cells.
 * A sheet with merged or linked cells is read again by exceljs's whole-workbook reader, which applies
 * those to cells only once the sheet is read (such sheets are a workbook's small hand-made ones).
 */
export async function loadWorkbookXlsx(path: string, target: SpreadsheetFake): Promise<void> {
  const buffer = await readFile(path);
  const parts = await openXlsx(buffer);
  const meta = parseMeta(parts.description);
  if (meta.timeZone) target.__timeZone = meta.timeZone;
  if (meta.locale) target.__locale = meta.locale;
  if (meta.name) target.__name = meta.name;
  const tz = target.__timeZone;
  const sheets: ReadSheetResult[] = [];
  let whole: Map<string, ReadSheetResult> | null = null;
  for (const entry of parts.sheets) {
    const grid = new Grid(meta.maxRows?.[entry.name] ?? 1000, meta.maxCols?.[entry.name] ?? 26);
    const labels = new Set(meta.chartLabels?.[entry.name] ?? []);
    let shape;
    try {
      shape = await readSheet(parts, entry, (r, cells) => {
        let last = 0;
        for (const cell of cells) if (cell.col > last) last = cell.col;
        grid.reserve(r, 1, last);
        for (const cell of cells) {
          if (labels.size > 0 && labels.has(`${r},${cell.col}`)) continue;
          putCell(grid, r, cell.col, cell.value, cell.style, cell.note, tz);
        }
      });
    } catch (err) {
      if (!(err instanceof NeedsWholeReader)) throw err;
      whole ??= await readWhole(buffer, meta, tz);
      const read = whole.get(entry.name);
      if (read) sheets.push(read);
      continue;
    }
    grid.maxRows = Math.max(grid.maxRows, shape.rowCount);
    grid.maxCols = Math.max(grid.maxCols, shape.columnCount);
    sheets.push({
      name: entry.name, grid, hidden: entry.state !== "visible",
      hiddenColumns: [...shape.hiddenColumns].filter((c) => c >= 1 && c <= shape.columnCount).sort((a, b) => a - b),
      frozenRows: shape.frozen?.ySplit ?? 0, frozenColumns: shape.frozen?.xSplit ?? 0,
    });
  }
  target.__removeAllSheetsRaw();
  for (const read of sheets) {
    const sheet = target.__insertSheetRaw(read.name, undefined, read.grid);
    sheet.__hidden = read.hidden;
    for (const c of read.hiddenColumns) sheet.__hiddenColumns.add(c);
    sheet.__frozenRows = read.frozenRows;
    sheet.__frozenColumns = read.frozenColumns;
    const url = meta.forms?.[read.name];
    if (url) sheet.__linkForm(url);
  }
  if (target.__sheets.length === 0) target.__insertSheetRaw("Sheet1");
}

/** Every sheet as exceljs's whole-workbook reader reads it (for sheets with merged or linked cells). */
async function readWhole(buffer: Buffer, meta: Meta, tz: string): Promise<Map<string, ReadSheetResult>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const out = new Map<string, ReadSheetResult>();
  for (const ws of wb.worksheets) {
    const grid = new Grid(
      Math.max(meta.maxRows?.[ws.name] ?? 1000, ws.rowCount),
      Math.max(meta.maxCols?.[ws.name] ?? 26, ws.columnCount),
    );
    const labels = new Set(meta.chartLabels?.[ws.name] ?? []);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (xc, c) => {
        if (labels.has(`${r},${c}`)) return;
        putCell(grid, r, c, xc.value, xc.style ?? {}, noteText(xc.note as ExcelJS.Comment | string | undefined), tz);
      });
    });
    const hiddenColumns: number[] = [];
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c);
    const frozen = ws.views?.find((v) => v.state === "frozen") as ExcelJS.WorksheetViewFrozen | undefined;
    out.set(ws.name, {
      name: ws.name, grid, hidden: ws.state !== "visible", hiddenColumns,
      frozenRows: frozen?.ySplit ?? 0, frozenColumns: frozen?.xSplit ?? 0,
    });
  }
  return out;
}

function colLetter(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function toExcel(cell: Cell, timeZone: string): ExcelJS.CellValue {
  const plain = (v: CellValue): ExcelJS.CellValue =>
    v === "" ? null : v instanceof Date ? new Date(wallAsUtc(v.getTime(), timeZone)) : v;
  if (cell.f !== undefined) {
    const result = plain(cell.v);
    return { formula: cell.f.replace(/^=/, ""), ...(result === null ? {} : { result }) } as ExcelJS.CellFormulaValue;
  }
  return plain(cell.v);
}

/** The exceljs style of a cell; equal styles are one shared object (exceljs then looks each up once). */
function styleOf(cell: Cell, locale: string, styles: Map<string, Partial<ExcelJS.Style>>, label: boolean): Partial<ExcelJS.Style> {
  const fmt = cell.fmt ?? (cell.v instanceof Date ? defaultDateTimeFormat(locale) : undefined);
  const wrap = !label && typeof cell.v === "string" && cell.v.includes("\n");
  const bold = !label && cell.fw === "bold";
  const fc = label ? undefined : cell.fc;
  const key = `${fmt ?? ""}\u0001${cell.bg ?? ""}\u0001${bold ? 1 : 0}\u0001${fc ?? ""}\u0001${wrap ? 1 : 0}\u0001${label ? 1 : 0}`;
  let style = styles.get(key);
  if (style) return style;
  style = {};
  if (fmt) style.numFmt = fmt;
  if (cell.bg) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.bg.slice(1).toUpperCase()}` } };
  if (label) style.font = { italic: true, color: { argb: "FF5F6368" } };
  else if (bold || fc) style.font = { ...(bold ? { bold: true } : {}), ...(fc ? { color: { argb: `FF${fc.slice(1).toUpperCase()}` } } : {}) };
  if (wrap) style.alignment = { wrapText: true, vertical: "top" };
  styles.set(key, style);
  return style;
}

const BLANK: Cell = { v: "" };

/**
 * Writes the spreadsheet to an .xlsx file (uncounted). Time zone, locale and form links go in metadata.
 * Streamed row by row (exceljs's WorkbookWriter): a workbook of 100,000 reports is never held a second
 * time as exceljs cells.
 */
export async function saveWorkbookXlsx(spreadsheet: SpreadsheetFake, path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  const tz = spreadsheet.__timeZone;
  const locale = spreadsheet.__locale;
  const meta: Meta = { timeZone: tz, locale, name: spreadsheet.__name, forms: {}, maxRows: {}, maxCols: {}, chartLabels: {} };
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  wb.title = spreadsheet.__name;
  for (const sheet of spreadsheet.__sheets) {
    const views: Partial<ExcelJS.WorksheetView>[] =
      sheet.__frozenRows || sheet.__frozenColumns
        ? [{ state: "frozen", ySplit: sheet.__frozenRows, xSplit: sheet.__frozenColumns }]
        : [];
    const ws = wb.addWorksheet(sheet.__name, { state: sheet.__hidden ? "hidden" : "visible", views });
    if (sheet.__formUrl) meta.forms![sheet.__name] = sheet.__formUrl;
    meta.maxRows![sheet.__name] = sheet.__grid.maxRows;
    meta.maxCols![sheet.__name] = sheet.__grid.maxCols;
    // Columns go before the first row in the file: widths from every cell first.
    const longest = new Map<number, number>();
    for (const [, c, cell] of sheet.__grid.cells()) {
      const text = cell.v instanceof Date ? (cell.fmt ?? "dd/MM/yyyy HH:mm:ss") : String(cell.v ?? "");
      let line = 0;
      for (const l of text.split("\n")) if (l.length > line) line = l.length;
      longest.set(c, Math.max(longest.get(c) ?? 0, line));
    }
    for (const [col, len] of longest) ws.getColumn(col).width = widthOf(len);
    for (const [col, px] of sheet.__columnWidths) ws.getColumn(col).width = Math.round(px / 7);
    // Bookkeeping columns stay hidden (their notes with them), as in Sheets.
    for (const col of sheet.__hiddenColumns) ws.getColumn(col).hidden = true;
    // Where a chart stands on an empty cell, the file says so there (exceljs writes no charts).
    const labels = new Map<number, Map<number, string>>();
    for (const chart of sheet.__charts) {
      const { anchorRow, anchorColumn } = chart.__spec.position;
      const at = sheet.__grid.copy(anchorRow, anchorColumn);
      if (at && toExcel(at, tz) !== null) continue;
      if (labels.get(anchorRow)?.has(anchorColumn)) continue;
      const range = chart.__spec.ranges[0] as { row: number; col: number; numRows: number; numCols: number } | undefined;
      const a1 = range ? `${colLetter(range.col)}${range.row}:${colLetter(range.col + range.numCols - 1)}${range.row + range.numRows - 1}` : "";
      if (!labels.has(anchorRow)) labels.set(anchorRow, new Map());
      labels.get(anchorRow)!.set(anchorColumn, chartLabel(String(chart.__spec.options.title ?? ""), a1));
      (meta.chartLabels![sheet.__name] ??= []).push(`${anchorRow},${anchorColumn}`);
    }
    let row: ExcelJS.Row | null = null;
    let rowNumber = 0;
    let rowsDone = 0;
    let styledBlank = false;
    const label = (r: number, c: number, text: string): void => {
      const xc = row!.getCell(c);
      xc.value = text;
      xc.style = styleOf(sheet.__grid.copy(r, c) ?? BLANK, locale, styles, true);
    };
    /** Ends the current row: the labels on its empty cells, then the row goes to the file. */
    const finish = async (): Promise<void> => {
      if (!row) return;
      for (const [c, text] of labels.get(rowNumber) ?? []) if (!sheet.__grid.has(rowNumber, c)) label(rowNumber, c, text);
      labels.delete(rowNumber);
      // The streaming writer leaves out a row without values; a row of formatted blank cells (a sheet's
      // layout below its content) is kept, as the whole-workbook writer keeps it.
      if (styledBlank && !row.hasValues) Object.defineProperty(row, "hasValues", { value: true });
      styledBlank = false;
      row.commit();
      row = null;
      // Let the zip take what was written so far (otherwise every sheet waits in memory as XML).
      if (++rowsDone % 2000 === 0) await new Promise((resolve) => setImmediate(resolve));
    };
    const start = async (r: number): Promise<void> => {
      await finish();
      // Rows holding only a label, before this one.
      for (const lr of [...labels.keys()].filter((k) => k < r).sort((x, y) => x - y)) {
        row = ws.getRow(lr);
        rowNumber = lr;
        await finish();
      }
      if (r === Number.POSITIVE_INFINITY) return;
      row = ws.getRow(r);
      rowNumber = r;
    };
    for (const [r, c, cell] of sheet.__grid.cells()) {
      if (r !== rowNumber || !row) await start(r);
      const text = labels.get(r)?.get(c);
      const xc = row!.getCell(c);
      if (text !== undefined) {
        label(r, c, text);
      } else {
        xc.value = toExcel(cell, tz);
        xc.style = styleOf(cell, locale, styles, false);
        if (!styledBlank && Object.keys(xc.style).length > 0) styledBlank = true;
      }
      if (cell.note) xc.note = cell.note;
    }
    await start(Number.POSITIVE_INFINITY);
    ws.commit();
  }
  wb.description = JSON.stringify({ [META_KEY]: meta });
  await wb.commit();
}
