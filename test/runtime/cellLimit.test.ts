// The 50,000-character cell limit: Sheets refuses the whole write, with Google's wording, before changing a cell.
import { CallLedger } from "../../runtime/calls";
import { createSpreadsheetApp } from "../../runtime/spreadsheet";

const TOO_LONG = "Your input contains more than the maximum of 50000 characters in a single cell.";

function sheet() {
  const { spreadsheet } = createSpreadsheetApp({ ledger: new CallLedger() });
  return spreadsheet.insertSheet("Validasi");
}

describe("cell content limit", () => {
  test("setValues with one cell over 50,000 characters throws and writes nothing", () => {
    const s = sheet();
    s.getRange("A1:B1").setValues([["lama", "lama"]]);
    expect(() => s.getRange("A1:B1").setValues([["baru", "x".repeat(50_001)]])).toThrow(TOO_LONG);
    expect(s.getRange("A1:B1").getValues()).toEqual([["lama", "lama"]]);
  });

  test("exactly 50,000 characters fit; setValue and appendRow refuse one more", () => {
    const s = sheet();
    s.getRange("A1").setValue("y".repeat(50_000));
    expect(String(s.getRange("A1").getValue()).length).toBe(50_000);
    expect(() => s.getRange("A2").setValue("y".repeat(50_001))).toThrow(TOO_LONG);
    expect(() => s.appendRow(["ok", "z".repeat(50_001)])).toThrow(TOO_LONG);
    expect(s.getLastRow()).toBe(1);
  });
});
