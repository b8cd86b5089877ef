// The spreadsheet's own time zone, apart from the script's: dates are read and written as Google does.
import { runtime } from "./helpers";

describe("spreadsheet time zone and script time zone", () => {
  test("a date cell reads as the instant of its wall-clock time in the spreadsheet's zone, whatever the script's zone", () => {
    const { g, ss } = runtime({ timeZone: "Asia/Makassar" });
    ss.setSpreadsheetTimeZone("Asia/Jakarta");
    expect(g.Session.getScriptTimeZone()).toBe("Asia/Makassar");
    const sheet = ss.getSheets()[0];
    sheet.getRange("A1").setValue("2026-11-16"); // typed: midnight in the spreadsheet's zone (WIB)
    const read = sheet.getRange("A1").getValue() as Date;
    expect(read.toISOString()).toBe("2026-11-15T17:00:00.000Z");
    // Seen in the script's zone (WITA) the same instant is 01:00 on the 16th.
    expect(g.Utilities.formatDate(read, g.Session.getScriptTimeZone(), "dd/MM/yyyy HH:mm")).toBe("16/11/2026 01:00");
  });

  test("a Date written to a cell is shown as that instant in the spreadsheet's zone", () => {
    const { ss } = runtime({ timeZone: "Asia/Makassar" });
    ss.setSpreadsheetTimeZone("Asia/Jakarta");
    const cell = ss.getSheets()[0].getRange("A1");
    cell.setValue(new Date("2026-11-16T00:00:00+08:00")); // midnight WITA
    cell.setNumberFormat("dd/MM/yyyy HH:mm");
    expect(cell.getDisplayValue()).toBe("15/11/2026 23:00");
  });
});
