// Range values: types returned by getValues, setValues dimension errors, display values, colours, ledger.
import { CallLedger } from "../../runtime/calls";
import { createSpreadsheetApp } from "../../runtime/spreadsheet";

function setup(locale?: string) {
  const ledger = new CallLedger();
  const { app, spreadsheet, ui } = createSpreadsheetApp({ ledger, ...(locale ? { locale } : {}) });
  return { ledger, app, spreadsheet, ui, sheet: spreadsheet.getSheets()[0]! };
}

// 2026-11-21T23:30+08:00 (Asia/Makassar) = 15:30 UTC.
const LATE_EVENING = new Date("2026-11-21T15:30:00Z");

describe("Range values", () => {
  test("getValues returns Date, number, boolean, string, and '' for blank cells", () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 4).setValues([[LATE_EVENING, 42.5, true, "teks"]]);
    const [row] = sheet.getRange("A1:E1").getValues();
    expect(row![0]).toBeInstanceOf(Date);
    expect((row![0] as Date).getTime()).toBe(LATE_EVENING.getTime());
    expect(row!.slice(1)).toEqual([42.5, true, "teks", ""]);
  });

  test("strings are parsed as if typed, unless the cell is plain text (@)", () => {
    const { sheet } = setup();
    sheet.getRange("A1:D1").setValues([["0812345", "TRUE", "50%", "'0812"]]);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([[812345, true, 0.5, "0812"]]);
    const b = sheet.getRange("A2");
    b.setNumberFormat("@").setValue("0812345");
    expect(b.getValue()).toBe("0812345");
  });

  test("setValues with the wrong shape throws the real messages", () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => r.setValues([[1, 2, 3], [4, 5]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.",
    );
  });

  test("getRange coordinates are 1-based and checked like the real service", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(() => sheet.getRange(1, 27)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe("C2:D5");
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  test("getLastRow ignores cells that are formatted but empty", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B3").setValues([["a", "b"], [1, 2], [3, 4]]);
    sheet.getRange("A10:C10").setBackground("#FF0000");
    sheet.getRange("D20").setNumberFormat("0.0");
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:B3");
  });

  test("getDisplayValues formats dates in the spreadsheet time zone (Asia/Makassar)", () => {
    const { sheet, spreadsheet } = setup();
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe("Asia/Makassar");
    const r = sheet.getRange("A1:B1");
    r.setValues([[LATE_EVENING, LATE_EVENING]]);
    r.setNumberFormats([["dd/MM/yyyy", "dd/MM/yyyy HH:mm"]]);
    expect(r.getDisplayValues()).toEqual([["21/11/2026", "21/11/2026 23:30"]]);
    spreadsheet.setSpreadsheetTimeZone("Asia/Jakarta");
    // The wall-clock time stays (Sheets stores serials), so the instant moves by an hour.
    expect(sheet.getRange("B1").getDisplayValue()).toBe("21/11/2026 23:30");
    expect((sheet.getRange("B1").getValue() as Date).toISOString()).toBe("2026-11-21T16:30:00.000Z");
  });

  test("number formats and locale separators", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:F1");
    r.setValues([[1234.567, 1234.567, 0.256, 0.256, 1234567, "x"]]);
    r.setNumberFormats([["0", "0.0", "0%", "0.0%", "#,##0", "@"]]);
    expect(r.getDisplayValues()).toEqual([["1235", "1234.6", "26%", "25.6%", "1,234,567", "x"]]);
    const id = setup("in_ID").sheet.getRange("A1:B1");
    id.setValues([[1234567.5, 0.5]]);
    id.setNumberFormats([["#,##0.0", "0.0"]]);
    expect(id.getDisplayValues()).toEqual([["1.234.567,5", "0,5"]]);
  });

  test("backgrounds are lower-case #rrggbb, white by default; bold and notes round-trip", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B1");
    r.setBackgrounds([["#B7E1CD", "red"]]);
    expect(r.getBackgrounds()).toEqual([["#b7e1cd", "#ff0000"]]);
    expect(sheet.getRange("C1").getBackground()).toBe("#ffffff");
    r.setBackground(null);
    expect(r.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
    r.setFontWeight("bold").setNote("catatan");
    expect(r.getFontWeights()).toEqual([["bold", "bold"]]);
    expect(r.getNotes()).toEqual([["catatan", "catatan"]]);
  });

  test("a string beginning with = becomes a formula unless the cell is plain text", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue("=SUM(B1:B2)");
    sheet.getRange("A2").setNumberFormat("@").setValue("=bukan rumus");
    sheet.getRange("A3").setValue("-Nama tidak dikenal");
    expect(sheet.getRange("A1:A2").getFormulas()).toEqual([["=SUM(B1:B2)"], [""]]);
    expect(sheet.getRange("A2").getValue()).toBe("=bukan rumus");
    expect(sheet.__formulaCells().map((c) => [c.a1, c.kind])).toEqual([["A1", "formula"], ["A3", "plus-minus"]]);
  });

  test("unknown members throw instead of returning undefined", () => {
    const { sheet, app, spreadsheet } = setup();
    const range = sheet.getRange("A1") as unknown as Record<string, unknown>;
    expect(() => range.mergeAcross).toThrow("Range.mergeAcross is not implemented in the local Apps Script runtime");
    expect(() => (sheet as unknown as Record<string, unknown>).getBandings).toThrow("Sheet.getBandings");
    expect(() => (app as unknown as Record<string, unknown>).ChartType).toThrow("SpreadsheetApp.ChartType");
    expect(() => (spreadsheet as unknown as Record<string, unknown>).getNamedRanges).toThrow("Spreadsheet.getNamedRanges");
  });

  test("the ledger counts every call by Class.method and the cells read and written", () => {
    const { ledger, app } = setup();
    const ss = app.getActiveSpreadsheet()!;
    const sheet = ss.getSheetByName("Sheet1")!;
    sheet.getRange(1, 1, 2, 3).setValues([[1, 2, 3], [4, 5, 6]]);
    sheet.getRange("A1:C2").getValues();
    sheet.getRange("A1").getDisplayValues();
    expect(ledger.count("SpreadsheetApp.getActiveSpreadsheet")).toBe(1);
    expect(ledger.count("Spreadsheet.getSheetByName")).toBe(1);
    expect(ledger.count("Sheet.getRange")).toBe(3);
    expect(ledger.count("Range.setValues")).toBe(1);
    expect(ledger.count("Range.getValues")).toBe(1);
    expect(ledger.cellsWritten).toBe(6);
    expect(ledger.cellsRead).toBe(7);
    const before = ledger.total();
    sheet.__values();
    sheet.__formulaCells();
    expect(ledger.total()).toBe(before);
  });
});
