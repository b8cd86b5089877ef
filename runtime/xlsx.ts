// xlsx import/export of the fake spreadsheet via exceljs (values, dates, formats, fills, bold, notes, frozen rows).
import ExcelJS from "exceljs";
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

function readMeta(wb: ExcelJS.Workbook): Meta {
  try {
    const parsed = JSON.parse(wb.description || "{}") as Record<string, unknown>;
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

/** Replaces the sheets of target with the workbook's (uncounted: the call ledger is not touched). */
export async function loadWorkbookXlsx(path: string, target: SpreadsheetFake): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const meta = readMeta(wb);
  if (meta.timeZone) target.__timeZone = meta.timeZone;
  if (meta.locale) target.__locale = meta.locale;
  if (meta.name) target.__name = meta.name;
  const tz = target.__timeZone;
  target.__removeAllSheetsRaw();
  for (const ws of wb.worksheets) {
    const grid = new Grid(
      Math.max(meta.maxRows?.[ws.name] ?? 1000, ws.rowCount),
      Math.max(meta.maxCols?.[ws.name] ?? 26, ws.columnCount),
    );
    const labels = new Set(meta.chartLabels?.[ws.name] ?? []);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (xc, c) => {
        if (labels.has(`${r},${c}`)) return;
        const { v, f } = fromExcel(xc.value, tz);
        const cell: Cell = grid.ensure(r, c);
        cell.v = v;
        if (f !== undefined) cell.f = f;
        if (xc.numFmt && !/^general$/i.test(xc.numFmt)) cell.fmt = xc.numFmt;
        const fill = xc.fill as ExcelJS.FillPattern | undefined;
        const bg = fill?.type === "pattern" && fill.pattern === "solid" ? argbToHex(fill.fgColor?.argb) : undefined;
        if (bg && bg !== "#ffffff") cell.bg = bg;
        if (xc.font?.bold) cell.fw = "bold";
        const fc = argbToHex(xc.font?.color?.argb);
        if (fc && fc !== "#000000") cell.fc = fc;
        const note = noteText(xc.note as ExcelJS.Comment | string | undefined);
        if (note) cell.note = note;
      });
    });
    const sheet = target.__insertSheetRaw(ws.name, undefined, grid);
    sheet.__hidden = ws.state !== "visible";
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) sheet.__hiddenColumns.add(c);
    const frozen = ws.views?.find((v) => v.state === "frozen") as ExcelJS.WorksheetViewFrozen | undefined;
    sheet.__frozenRows = frozen?.ySplit ?? 0;
    sheet.__frozenColumns = frozen?.xSplit ?? 0;
    const url = meta.forms?.[ws.name];
    if (url) sheet.__linkForm(url);
  }
  if (target.__sheets.length === 0) target.__insertSheetRaw("Sheet1");
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

/** Writes the spreadsheet to an .xlsx file (uncounted). Time zone, locale and form links go in metadata. */
export async function saveWorkbookXlsx(spreadsheet: SpreadsheetFake, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const tz = spreadsheet.__timeZone;
  const meta: Meta = { timeZone: tz, locale: spreadsheet.__locale, name: spreadsheet.__name, forms: {}, maxRows: {}, maxCols: {}, chartLabels: {} };
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
    for (const [r, c, cell] of sheet.__grid.cells()) {
      const xc = ws.getCell(r, c);
      xc.value = toExcel(cell, tz);
      const fmt = cell.fmt ?? (cell.v instanceof Date ? defaultDateTimeFormat(spreadsheet.__locale) : undefined);
      if (fmt) xc.numFmt = fmt;
      if (cell.bg) xc.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.bg.slice(1).toUpperCase()}` } };
      if (cell.fw === "bold" || cell.fc) {
        xc.font = {
          ...(cell.fw === "bold" ? { bold: true } : {}),
          ...(cell.fc ? { color: { argb: `FF${cell.fc.slice(1).toUpperCase()}` } } : {}),
        };
      }
      if (cell.note) xc.note = cell.note;
      if (typeof cell.v === "string" && cell.v.includes("\n")) xc.alignment = { wrapText: true, vertical: "top" };
    }
    const longest = new Map<number, number>();
    for (const [, c, cell] of sheet.__grid.cells()) {
      const text = cell.v instanceof Date ? (cell.fmt ?? "dd/MM/yyyy HH:mm:ss") : String(cell.v ?? "");
      const line = text.split("\n").reduce((m, l) => Math.max(m, l.length), 0);
      longest.set(c, Math.max(longest.get(c) ?? 0, line));
    }
    for (const [col, len] of longest) ws.getColumn(col).width = widthOf(len);
    for (const [col, px] of sheet.__columnWidths) ws.getColumn(col).width = Math.round(px / 7);
    // Bookkeeping columns stay hidden (their notes with them), as in Sheets.
    for (const col of sheet.__hiddenColumns) ws.getColumn(col).hidden = true;
    for (const chart of sheet.__charts) {
      const { anchorRow, anchorColumn } = chart.__spec.position;
      const xc = ws.getCell(anchorRow, anchorColumn);
      if (xc.value !== null && xc.value !== undefined) continue;
      const range = chart.__spec.ranges[0] as { row: number; col: number; numRows: number; numCols: number } | undefined;
      const a1 = range ? `${colLetter(range.col)}${range.row}:${colLetter(range.col + range.numCols - 1)}${range.row + range.numRows - 1}` : "";
      xc.value = chartLabel(String(chart.__spec.options.title ?? ""), a1);
      xc.font = { italic: true, color: { argb: "FF5F6368" } };
      (meta.chartLabels![sheet.__name] ??= []).push(`${anchorRow},${anchorColumn}`);
    }
  }
  wb.description = JSON.stringify({ [META_KEY]: meta });
  await wb.xlsx.writeFile(path);
}
