// xlsx round trip: values, dates (wall-clock in the spreadsheet zone), formats, fills, bold, frozen rows.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CallLedger } from "../../runtime/calls";
import { createSpreadsheetApp } from "../../runtime/spreadsheet";
import { loadWorkbookXlsx, saveWorkbookXlsx } from "../../runtime/xlsx";

test("save then load keeps values, dates, formats, backgrounds, bold, notes, frozen rows, hidden, form link", async () => {
  const ledger = new CallLedger();
  const { spreadsheet: ss } = createSpreadsheetApp({ ledger });
  const s = ss.insertSheet("Status Koperasi");
  const when = new Date("2026-11-21T15:30:00Z");
  s.getRange("A1:E1").setValues([["ID Koperasi", "Progres", "Aktif", "Laporan Terakhir", "Rumus"]]);
  s.getRange("A2:D2").setValues([["KOP-001", 45.5, true, when]]);
  s.getRange("E2").setFormula("=B2*2");
  s.getRange("D2").setNumberFormat("dd/MM/yyyy HH:mm");
  s.getRange("B2").setNumberFormat("0.0");
  s.getRange("A1:E1").setFontWeight("bold");
  s.getRange("A2").setBackground("#F4C7C3").setNote("merah");
  s.setFrozenRows(1);
  const hidden = ss.insertSheet("Laporan Harian");
  hidden.__linkForm("https://docs.google.com/forms/d/xyz/edit");
  hidden.hideSheet();

  const path = join(mkdtempSync(join(tmpdir(), "kdkmp-")), "book.xlsx");
  const countBefore = ledger.total();
  await saveWorkbookXlsx(ss, path);

  const target = createSpreadsheetApp({ ledger }).spreadsheet;
  await loadWorkbookXlsx(path, target);
  expect(ledger.total()).toBe(countBefore);

  const t = target.__sheet("Status Koperasi")!;
  expect(target.__sheets.map((x) => x.__name)).toEqual(["Sheet1", "Status Koperasi", "Laporan Harian"]);
  const values = t.__values();
  expect(values[0]).toEqual(["ID Koperasi", "Progres", "Aktif", "Laporan Terakhir", "Rumus"]);
  expect(values[1]!.slice(0, 3)).toEqual(["KOP-001", 45.5, true]);
  expect((values[1]![3] as Date).toISOString()).toBe(when.toISOString());
  expect(t.__cell(2, 5)!.f).toBe("=B2*2");
  expect(t.__displayValues()[1]!.slice(1, 4)).toEqual(["45.5", "TRUE", "21/11/2026 23:30"]);
  expect(t.__backgrounds()[1]![0]).toBe("#f4c7c3");
  expect(t.__fontWeights()[0]).toEqual(["bold", "bold", "bold", "bold", "bold"]);
  expect(t.__cell(2, 1)!.note).toBe("merah");
  expect(t.__frozenRows).toBe(1);
  const h = target.__sheet("Laporan Harian")!;
  expect(h.__hidden).toBe(true);
  expect(h.__formUrl).toBe("https://docs.google.com/forms/d/xyz/edit");
});
