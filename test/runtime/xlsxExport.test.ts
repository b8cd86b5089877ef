// Issue 16 item 11: the exported workbook looks like what Google Sheets shows: the bookkeeping column of
// `Status Koperasi` hidden (its notes with it), Ringkasan's charts named where they stand, dates and
// long texts readable (column widths, wrapped lines); and a file read back is the same workbook.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createRuntime } from "../../runtime/globals";
import { loadWorkbookXlsx, saveWorkbookXlsx } from "../../runtime/xlsx";
import { agencyWorkbook, report, sheetFake, values, wita } from "../e2e/agency";

describe("the exported .xlsx", () => {
  const driver = agencyWorkbook();
  driver.submitForm(report("K-01", "2026-11-15", 10), wita("2026-11-15T17:00:00"));
  driver.submitForm(report("K-04", "2026-11-15", 5), wita("2026-11-15T17:10:00"));
  driver.clickMenu("Perbarui status & ringkasan");
  const path = join(mkdtempSync(join(tmpdir(), "kdkmp-xlsx-")), "hasil.xlsx");
  const wb = new ExcelJS.Workbook();
  // The column after the table's last header (blank values, one note per cooperative).
  const stateCol = values(driver, "Status Koperasi")[0]!.filter((h) => h !== "").length + 1;
  beforeAll(async () => {
    await saveWorkbookXlsx(driver.spreadsheet, path);
    await wb.xlsx.readFile(path);
  });

  it("hides Status Koperasi's bookkeeping column, as Sheets does, and no other", () => {
    expect(sheetFake(driver, "Status Koperasi").isColumnHiddenByUser(stateCol)).toBe(true);
    const ws = wb.getWorksheet("Status Koperasi")!;
    expect(ws.getColumn(stateCol).hidden).toBe(true);
    expect(ws.getCell(2, stateCol).note).toBeTruthy(); // the state travels with the file, out of sight
    for (let c = 1; c < stateCol; c++) expect(ws.getColumn(c).hidden).toBe(false);
  });

  it("says where Ringkasan's charts are (exceljs writes none), next to their data", () => {
    const ws = wb.getWorksheet("Ringkasan")!;
    const labels: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => { if (typeof c.value === "string" && c.value.startsWith("Grafik ")) labels.push(c.value); }));
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/^Grafik "Zona per Kabupaten\/Kota" \(data [A-Z]+1:[A-Z]+\d+\) ada di Google Sheets/);
  });

  it("gives Log's dates a date format and room to show them, and wraps its multi-line details", () => {
    const ws = wb.getWorksheet("Log")!;
    expect(ws.getCell(2, 1).numFmt).toMatch(/dd\/MM\/yyyy HH:mm/);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(19);
    let wrapped = 0;
    ws.eachRow((row) => { if (String(row.getCell(5).value ?? "").includes("\n") && row.getCell(5).alignment?.wrapText) wrapped++; });
    expect(wrapped).toBeGreaterThan(0);
  });

  it("reads back as the same workbook: the chart labels are not taken for content, the column stays hidden", async () => {
    const rt = createRuntime({});
    await loadWorkbookXlsx(path, rt.spreadsheet);
    const back = rt.spreadsheet.__sheet("Ringkasan")!.__values() as unknown[][];
    expect(back.flat().some((v) => typeof v === "string" && v.startsWith("Grafik "))).toBe(false);
    expect(rt.spreadsheet.__sheet("Status Koperasi")!.__hiddenColumns.has(stateCol)).toBe(true);
  });
});
