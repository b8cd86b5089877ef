// Issue 13 (`--input` memory): runtime/xlsx.ts reads a workbook row by row (runtime/xlsxRead.ts) instead
// of with exceljs's whole-workbook reader. The workbook it gives must be exactly what that reader gave:
// every sheet's cells (values, dates, formulas, formats, colours, bold, notes), sizes, hidden columns,
// frozen rows and states, and the runtime's metadata. The oracle below is the reader as it was.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createRuntime } from "../../runtime/globals";
import { Grid, type CellValue } from "../../runtime/spreadsheet/grid";
import type { SpreadsheetFake } from "../../runtime/spreadsheet/spreadsheet";
import { utcWallToInstant } from "../../runtime/tz";
import { loadWorkbookXlsx, saveWorkbookXlsx } from "../../runtime/xlsx";
import { NeedsWholeReader, openXlsx, readSheet } from "../../runtime/xlsxRead";
import { generateProvince } from "../../scripts/sample";
import { typeDailyYear } from "../../scripts/sample/dailyYear";
import { sampleWorkbook } from "../../scripts/sample/workbook";
import { agencyWorkbook, CODE, report, wita } from "../e2e/agency";

// ---- the whole-workbook reader, as runtime/xlsx.ts had it ----
interface Meta {
  timeZone?: string; locale?: string; name?: string; forms?: Record<string, string>;
  maxRows?: Record<string, number>; maxCols?: Record<string, number>; chartLabels?: Record<string, string[]>;
}
const argbToHex = (argb: string | undefined) => (!argb || !/^[0-9a-fA-F]{8}$/.test(argb) ? undefined : `#${argb.slice(2).toLowerCase()}`);
function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note === "string") return note;
  return note.texts?.map((t) => t.text).join("") ?? undefined;
}
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
async function oldLoad(path: string, target: SpreadsheetFake): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  let meta: Meta = {};
  try {
    meta = ((JSON.parse(wb.description || "{}") as Record<string, unknown>).pantauRuntime as Meta | undefined) ?? {};
  } catch { /* none */ }
  if (meta.timeZone) target.__timeZone = meta.timeZone;
  if (meta.locale) target.__locale = meta.locale;
  if (meta.name) target.__name = meta.name;
  const tz = target.__timeZone;
  target.__removeAllSheetsRaw();
  for (const ws of wb.worksheets) {
    const grid = new Grid(Math.max(meta.maxRows?.[ws.name] ?? 1000, ws.rowCount), Math.max(meta.maxCols?.[ws.name] ?? 26, ws.columnCount));
    const labels = new Set(meta.chartLabels?.[ws.name] ?? []);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (xc, c) => {
        if (labels.has(`${r},${c}`)) return;
        const { v, f } = fromExcel(xc.value, tz);
        grid.setValue(r, c, v, f);
        if (xc.numFmt && !/^general$/i.test(xc.numFmt)) grid.setStyle(r, c, "fmt", xc.numFmt);
        const fill = xc.fill as ExcelJS.FillPattern | undefined;
        const bg = fill?.type === "pattern" && fill.pattern === "solid" ? argbToHex(fill.fgColor?.argb) : undefined;
        if (bg && bg !== "#ffffff") grid.setStyle(r, c, "bg", bg);
        if (xc.font?.bold) grid.setStyle(r, c, "fw", "bold");
        const fc = argbToHex(xc.font?.color?.argb);
        if (fc && fc !== "#000000") grid.setStyle(r, c, "fc", fc);
        const note = noteText(xc.note as ExcelJS.Comment | string | undefined);
        if (note) grid.setNote(r, c, note);
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

// ---- comparison ----
function dump(ss: SpreadsheetFake) {
  return {
    timeZone: ss.__timeZone, locale: ss.__locale, name: ss.__name,
    sheets: ss.__sheets.map((s) => ({
      name: s.__name, hidden: s.__hidden, hiddenColumns: [...s.__hiddenColumns].sort((a, b) => a - b),
      frozen: [s.__frozenRows, s.__frozenColumns], form: s.__formUrl ?? null,
      size: [s.__grid.maxRows, s.__grid.maxCols], cells: [...s.__grid.cells()],
    })),
  };
}
async function both(path: string): Promise<{ now: ReturnType<typeof dump>; before: ReturnType<typeof dump> }> {
  const a = createRuntime({});
  const b = createRuntime({});
  await loadWorkbookXlsx(path, a.spreadsheet);
  await oldLoad(path, b.spreadsheet);
  return { now: dump(a.spreadsheet), before: dump(b.spreadsheet) };
}
/** How many sheets the row-by-row reader reads itself (the rest: merged or linked cells). */
async function streamed(path: string): Promise<{ sheets: number; cells: number }> {
  const { readFile } = await import("node:fs/promises");
  const parts = await openXlsx(await readFile(path));
  let sheets = 0;
  let cells = 0;
  for (const s of parts.sheets) {
    try {
      await readSheet(parts, s, (_r, row) => { cells += row.length; });
      sheets++;
    } catch (err) {
      if (!(err instanceof NeedsWholeReader)) throw err;
    }
  }
  return { sheets, cells };
}

const dir = mkdtempSync(join(tmpdir(), "kdkmp-xlsx-read-"));

describe("reading an .xlsx row by row gives the workbook the whole-workbook reader gave", () => {
  it("an agency workbook after a rebuild (dates, colours, bold, notes, a hidden column, chart labels)", async () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-15", 10), wita("2026-11-15T17:00:00"));
    driver.submitForm(report("K-04", "2026-11-15", 5), wita("2026-11-15T17:10:00"));
    driver.submitForm(report("K-02", "2026-11-16", 35), wita("2026-11-16T08:10:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    const path = join(dir, "agency.xlsx");
    await saveWorkbookXlsx(driver.spreadsheet, path);
    const { now, before } = await both(path);
    expect(now).toEqual(before);
    const s = await streamed(path);
    expect(s.sheets).toBe(now.sheets.length);
    expect(s.cells).toBeGreaterThan(500);
    expect(now.sheets.some((x) => x.hiddenColumns.length > 0)).toBe(true);
    expect(now.sheets.some((x) => x.cells.some(([, , c]) => c.v instanceof Date))).toBe(true);
    expect(now.sheets.some((x) => x.cells.some(([, , c]) => c.bg))).toBe(true);
  });

  it("an --input workbook of the sample generator (a daily year's rows)", async () => {
    const sample = generateProvince({ province: "NTB", seed: 1, days: 1, koperasiCount: 40, pendampingCount: 4 });
    const driver = sampleWorkbook(sample, { codePath: CODE, user: "admin@diskop.ntbprov.go.id", now: new Date("2026-11-20T08:00:00+08:00") });
    typeDailyYear(driver, sample, { sites: 40, days: 6, endDay: "2026-11-20" });
    const path = join(dir, "input.xlsx");
    await saveWorkbookXlsx(driver.spreadsheet, path);
    const { now, before } = await both(path);
    expect(now).toEqual(before);
    expect((await streamed(path)).sheets).toBe(now.sheets.length);
  });

  it("a workbook of every kind of cell written by exceljs (formulas, shared formulas, rich text, errors, blank styled cells, multi-byte text across chunks)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Isi", { views: [{ state: "frozen", ySplit: 2, xSplit: 1 }] });
    const date = new Date(Date.UTC(2026, 10, 20, 9, 30));
    ws.getCell("A1").value = "Teks biasa";
    ws.getCell("B1").value = 42.5;
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = false;
    ws.getCell("E1").value = date;
    ws.getCell("E1").numFmt = "dd/mm/yyyy hh:mm";
    ws.getCell("F1").value = 46000;
    ws.getCell("F1").numFmt = "yyyy-mm-dd";
    ws.getCell("G1").value = { formula: "B1*2", result: 85 };
    ws.getCell("H1").value = { formula: "A1&\"!\"", result: "Désa & <Ñusa> ✓" };
    ws.getCell("I1").value = { formula: "C1", result: true };
    ws.getCell("J1").value = { formula: "E1+1", result: new Date(Date.UTC(2026, 10, 21, 9, 30)) };
    ws.getCell("J1").numFmt = "dd/mm/yyyy";
    ws.getCell("K1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("L1").value = { formula: "B1-B1", result: 0 };
    ws.getCell("M1").value = { error: "#N/A" };
    ws.getCell("N1").value = { richText: [{ text: "Tebal ", font: { bold: true } }, { text: "biasa" }] };
    ws.getCell("O1").value = "";
    ws.getCell("A2").value = 1;
    ws.getCell("B2").value = { formula: "A2+1", result: 2, shareType: "shared", ref: "B2:B4" } as ExcelJS.CellValue;
    ws.getCell("B3").value = { sharedFormula: "B2", result: 3 } as ExcelJS.CellValue;
    ws.getCell("B4").value = { sharedFormula: "B2", result: 4 } as ExcelJS.CellValue;
    ws.getCell("C2").value = "catatan";
    ws.getCell("C2").note = "Catatan pada sel berisi";
    ws.getCell("D2").note = "Catatan pada sel kosong";
    ws.getCell("E2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF4C7C3" } };
    ws.getCell("F2").value = "merah tebal";
    ws.getCell("F2").font = { bold: true, color: { argb: "FFCC0000" } };
    ws.getCell("F2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } };
    // Text of two- to four-byte characters over many rows: the sheet's XML crosses many inflate chunks.
    for (let r = 5; r <= 3000; r++) {
      ws.getCell(r, 1).value = { formula: `"x${r}"`, result: `Koperasi Désa Ñusa ${r} ✓ 🚧 « ${"é".repeat(r % 17)} »` };
      ws.getCell(r, 2).value = r % 3 === 0 ? new Date(Date.UTC(2026, 0, 1 + (r % 300), r % 24)) : r * 1.25;
      if (r % 3 === 0) ws.getCell(r, 2).numFmt = "dd/mm/yyyy hh:mm:ss";
      ws.getCell(r, 3).value = `Baris ${r} — Lombok Tengah`;
    }
    // Formatted blank cells below the content (a sheet's layout), in a row of their own.
    for (let c = 1; c <= 6; c++) ws.getCell(3005, c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9EAD3" } };
    ws.getColumn(4).hidden = true;
    ws.getColumn(30).hidden = true; // past the last cell: the reader ignored it
    const hidden = wb.addWorksheet("Tersembunyi", { state: "hidden" });
    hidden.getCell("A1").value = "rahasia";
    wb.addWorksheet("Kosong");
    wb.description = JSON.stringify({ pantauRuntime: { timeZone: "Asia/Makassar", locale: "id", name: "Buku Uji", maxRows: { Isi: 5000 } } });
    const path = join(dir, "kinds.xlsx");
    await wb.xlsx.writeFile(path);
    const { now, before } = await both(path);
    expect(now).toEqual(before);
    expect((await streamed(path)).sheets).toBe(3);
    const isi = now.sheets[0]!;
    expect(isi.frozen).toEqual([2, 1]);
    expect(isi.hiddenColumns).toEqual([4]);
    expect(isi.cells.find(([r, c]) => r === 1 && c === 8)?.[2].v).toBe("Désa & <Ñusa> ✓");
    // As before, a note comes in with its cell's value; a note on a cell without one does not.
    expect(isi.cells.find(([r, c]) => r === 2 && c === 3)?.[2].note).toBe("Catatan pada sel berisi");
    expect(isi.cells.some(([r, c]) => r === 2 && c === 4)).toBe(false);
  });

  it("a sheet with merged or linked cells is read by the whole-workbook reader, the others row by row", async () => {
    const wb = new ExcelJS.Workbook();
    const plain = wb.addWorksheet("Biasa");
    plain.getCell("A1").value = "biasa";
    plain.getCell("B1").value = 7;
    const merged = wb.addWorksheet("Gabung");
    merged.getCell("A1").value = "judul";
    merged.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE8B2" } };
    merged.mergeCells("A1:C1");
    const linked = wb.addWorksheet("Tautan");
    linked.getCell("A1").value = { text: "formulir", hyperlink: "https://docs.google.com/forms/d/x" };
    linked.getCell("A2").value = 12;
    const path = join(dir, "merged.xlsx");
    await wb.xlsx.writeFile(path);
    const { now, before } = await both(path);
    expect(now).toEqual(before);
    expect((await streamed(path)).sheets).toBe(1);
  });
});
