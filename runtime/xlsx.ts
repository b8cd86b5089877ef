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
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (xc, c) => {
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
    const frozen = ws.views?.find((v) => v.state === "frozen") as ExcelJS.WorksheetViewFrozen | undefined;
    sheet.__frozenRows = frozen?.ySplit ?? 0;
    sheet.__frozenColumns = frozen?.xSplit ?? 0;
    const url = meta.forms?.[ws.name];
    if (url) sheet.__linkForm(url);
  }
  if (target.__sheets.length === 0) target.__insertSheetRaw("Sheet1");
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
  const meta: Meta = { timeZone: tz, locale: spreadsheet.__locale, name: spreadsheet.__name, forms: {}, maxRows: {}, maxCols: {} };
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
    }
    for (const [col, px] of sheet.__columnWidths) ws.getColumn(col).width = Math.round(px / 7);
  }
  wb.description = JSON.stringify({ [META_KEY]: meta });
  await wb.xlsx.writeFile(path);
}
