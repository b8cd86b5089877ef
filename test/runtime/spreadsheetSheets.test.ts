// Spreadsheet and Sheet: A1 parsing, sheet management, rows, protection, charts, validation, form link.
import { CallLedger } from "../../runtime/calls";
import { createSpreadsheetApp, parseA1 } from "../../runtime/spreadsheet";

function setup() {
  const ledger = new CallLedger();
  const { app, spreadsheet, ui } = createSpreadsheetApp({ ledger });
  return { ledger, app, ss: spreadsheet, ui };
}

describe("A1 notation", () => {
  test("parses cells, ranges, open ranges and quoted sheet names", () => {
    expect(parseA1("B2")).toEqual({ row: 2, col: 2, lastRow: 2, lastCol: 2 });
    expect(parseA1("A1:C")).toEqual({ row: 1, col: 1, lastCol: 3 });
    expect(parseA1("A:B")).toEqual({ row: 1, col: 1, lastCol: 2 });
    expect(parseA1("2:3")).toEqual({ row: 2, col: 1, lastRow: 3 });
    expect(parseA1("'Status Koperasi'!A1:B2")).toEqual({ sheetName: "Status Koperasi", row: 1, col: 1, lastRow: 2, lastCol: 2 });
    expect(parseA1("$AA$10")).toEqual({ row: 10, col: 27, lastRow: 10, lastCol: 27 });
    expect(parseA1("bukan range")).toBeNull();
  });

  test("open ranges run to the end of the sheet; Spreadsheet.getRange finds the named sheet", () => {
    const { ss } = setup();
    const sheet = ss.insertSheet("Status Koperasi");
    expect(sheet.getRange("A2:C").getA1Notation()).toBe("A2:C1000");
    expect(sheet.getRange("B:B").getNumRows()).toBe(1000);
    sheet.getRange("A1:B2").setValues([["x", 1], ["y", 2]]);
    const r = ss.getRange("'Status Koperasi'!A1:B2");
    expect(r.getSheet().getName()).toBe("Status Koperasi");
    expect(r.getValues()).toEqual([["x", 1], ["y", 2]]);
    expect(() => ss.getRange("'Tidak Ada'!A1")).toThrow("Range not found");
    expect(() => sheet.getRange("A1:A1001")).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
  });
});

describe("Spreadsheet", () => {
  test("insertSheet names, order, duplicate error (ignoring case) and activation", () => {
    const { ss } = setup();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
    const log = ss.insertSheet("Log");
    expect(ss.getActiveSheet().getName()).toBe("Log");
    expect(() => ss.insertSheet("log")).toThrow('A sheet with the name "log" already exists. Please enter another name.');
    ss.insertSheet("Awal", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Awal", "Sheet1", "Log"]);
    expect(log.getIndex()).toBe(3);
    expect(ss.getSheetByName("LOG")!.getSheetId()).toBe(log.getSheetId());
    expect(ss.insertSheet().getName()).toBe("Sheet4");
    ss.deleteSheet(log);
    expect(ss.getSheetByName("Log")).toBeNull();
  });

  test("toasts are recorded, marked not shown without a UI", () => {
    const { ss, app } = setup();
    ss.toast("Memproses...", "Pantau KDKMP", 5);
    app.__setHeadless(true);
    ss.toast("Selesai");
    expect(ss.__toasts.map((t) => [t.message, t.title, t.shown])).toEqual([
      ["Memproses...", "Pantau KDKMP", true],
      ["Selesai", "", false],
    ]);
  });
});

describe("Sheet", () => {
  test("appendRow writes after the last row and grows a full sheet; deleteRows/insertRowsAfter resize", () => {
    const { ss } = setup();
    const s = ss.getSheets()[0]!;
    s.appendRow(["a", 1]);
    s.appendRow(["b", 2]);
    expect(s.getRange("A1:B2").getValues()).toEqual([["a", 1], ["b", 2]]);
    s.deleteRows(1, 995);
    expect(s.getMaxRows()).toBe(5);
    s.getRange(5, 1).setValue("akhir");
    s.appendRow(["baru"]);
    expect(s.getMaxRows()).toBe(6);
    expect(s.getRange(6, 1).getValue()).toBe("baru");
    s.insertRowsAfter(6, 4);
    expect(s.getMaxRows()).toBe(10);
    expect(() => s.deleteRows(1, 10)).toThrow("Sorry, it is not possible to delete all non-frozen rows.");
    expect(() => s.deleteRows(8, 5)).toThrow("Those rows are out of bounds.");
  });

  test("frozen rows, hidden sheets, column widths, clear", () => {
    const { ss } = setup();
    const s = ss.insertSheet("Riwayat");
    s.setFrozenRows(1);
    expect(s.getFrozenRows()).toBe(1);
    s.hideSheet();
    expect(s.isSheetHidden()).toBe(true);
    s.setColumnWidths(1, 2, 150);
    expect(s.getColumnWidth(2)).toBe(150);
    s.getRange("A1").setValue("x").setBackground("#b7e1cd");
    s.clear();
    expect(s.getLastRow()).toBe(0);
    expect(s.getRange("A1").getBackground()).toBe("#ffffff");
    expect(s.getDataRange().getA1Notation()).toBe("A1");
  });

  test("protect returns a Protection with editors, description and warning-only", () => {
    const { ss, app } = setup();
    const s = ss.insertSheet("Validasi");
    const p = s.protect().setDescription("jangan diketik");
    p.setWarningOnly(true);
    p.addEditors(["admin2@example.go.id"]);
    expect(s.protect()).toBe(p);
    const [only] = s.getProtections(app.ProtectionType.SHEET);
    expect(only!.getDescription()).toBe("jangan diketik");
    expect(only!.isWarningOnly()).toBe(true);
    expect(only!.getEditors().map((u) => u.getEmail())).toEqual(["admin@example.go.id", "admin2@example.go.id"]);
    only!.remove();
    expect(s.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });

  test("charts are built, inserted, inspected and removed", () => {
    const { ss } = setup();
    const s = ss.insertSheet("Ringkasan");
    const chart = s.newChart().setChartType("BAR").addRange(s.getRange("A1:D5")).setPosition(2, 6, 0, 0)
      .setOption("title", "Zona").build();
    s.insertChart(chart);
    const [c] = s.getCharts();
    expect(c!.getOptions().get("title")).toBe("Zona");
    expect(c!.__spec.chartType).toBe("BAR");
    expect(c!.getContainerInfo().getAnchorColumn()).toBe(6);
    s.removeChart(c!);
    expect(s.getCharts()).toHaveLength(0);
  });

  test("data validation builder; rejecting rules also reject script writes", () => {
    const { ss, app } = setup();
    const s = ss.getSheets()[0]!;
    const rule = app.newDataValidation().requireValueInList(["Ya", "Tidak"], true).setAllowInvalid(false)
      .setHelpText("Ya/Tidak").build();
    s.getRange("A1:A3").setDataValidation(rule);
    expect(s.getRange("A2").getDataValidation()!.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(s.getRange("A2").getDataValidation()!.getCriteriaValues()).toEqual([["Ya", "Tidak"], true]);
    s.getRange("A1").setValue("Ya");
    expect(() => s.getRange("A2").setValue("Mungkin")).toThrow(
      "The data you entered in cell A2 violates the data validation rules set on this cell.",
    );
  });

  test("form link: getFormUrl is null until linked", () => {
    const { ss } = setup();
    const s = ss.insertSheet("Laporan Harian");
    expect(s.getFormUrl()).toBeNull();
    s.__linkForm("https://docs.google.com/forms/d/abc/edit");
    expect(s.getFormUrl()).toBe("https://docs.google.com/forms/d/abc/edit");
    expect(ss.getFormUrl()).toBe("https://docs.google.com/forms/d/abc/edit");
  });

  test("form link: Spreadsheet.getFormUrl is a linked sheet's form while any sheet is linked, else null", () => {
    const { ss } = setup();
    const a = ss.insertSheet("Form Responses 1");
    const b = ss.insertSheet("Form Responses 2");
    expect(ss.getFormUrl()).toBeNull();
    a.__linkForm("https://docs.google.com/forms/d/abc/viewform");
    b.__linkForm("https://docs.google.com/forms/d/xyz/viewform");
    a.__unlinkForm();
    expect(ss.getFormUrl()).toBe("https://docs.google.com/forms/d/xyz/viewform");
    b.__unlinkForm();
    expect(ss.getFormUrl()).toBeNull();
  });
});
