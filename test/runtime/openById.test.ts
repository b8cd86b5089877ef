// SpreadsheetApp.openById over several workbooks: refused without the `spreadsheets` scope, and the
// errors Apps Script users report for a missing id and for a workbook not shared with them.
import { runtime, type Loose } from "./helpers";

const ALL = ["https://www.googleapis.com/auth/spreadsheets"];

describe("SpreadsheetApp.openById", () => {
  test("with only spreadsheets.currentonly every id is refused, even a stored one", () => {
    const { rt, g } = runtime({ oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"] });
    rt.addSpreadsheet({ id: "1NTB" });
    expect(() => g.SpreadsheetApp.openById("1NTB")).toThrow(
      "You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets",
    );
    expect(rt.ledger.count("SpreadsheetApp.openById")).toBe(1);
  });

  test("with the spreadsheets scope it opens each stored workbook, whose calls are counted in the one ledger", () => {
    const { rt, g } = runtime({ oauthScopes: ALL });
    const ntb = rt.addSpreadsheet({ id: "1NTB", name: "Pantau KDKMP NTB" });
    rt.addSpreadsheet({ id: "1NTT", name: "Pantau KDKMP NTT" });
    ntb.__insertSheetRaw("Ringkasan").__write(1, 1, [["Kabupaten/Kota"]]);
    const opened: Loose = g.SpreadsheetApp.openById("1NTB");
    expect(opened.getName()).toBe("Pantau KDKMP NTB");
    expect(opened.getSheetByName("Ringkasan").getRange(1, 1).getValue()).toBe("Kabupaten/Kota");
    expect(g.SpreadsheetApp.openById("1NTT").getName()).toBe("Pantau KDKMP NTT");
    expect(g.SpreadsheetApp.openByUrl("https://docs.google.com/spreadsheets/d/1NTT/edit#gid=0").getId()).toBe("1NTT");
    expect(rt.ledger.count("SpreadsheetApp.openById")).toBe(2);
    expect(rt.ledger.count("Spreadsheet.getName")).toBe(2);
  });

  test("a missing id and an unshared workbook throw Google's words; shared by link opens", () => {
    const { rt, g } = runtime({ oauthScopes: ALL });
    rt.addSpreadsheet({ id: "1Private", owner: "kepala@dinas-lain.go.id" });
    rt.addSpreadsheet({ id: "1Shared", owner: "kepala@dinas-lain.go.id", sharedWith: ["ADMIN@dinas.go.id"] });
    rt.addSpreadsheet({ id: "1Link", owner: "kepala@dinas-lain.go.id", sharedWith: ["*"] });
    expect(() => g.SpreadsheetApp.openById("1Nope")).toThrow(
      "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
    );
    expect(() => g.SpreadsheetApp.openById("1Private")).toThrow("You do not have permission to access the requested document.");
    expect(g.SpreadsheetApp.openById("1Shared").getId()).toBe("1Shared");
    expect(g.SpreadsheetApp.openById("1Link").getId()).toBe("1Link");
  });

  test("the fault plan can make openById fail like any other call", () => {
    const { rt, g } = runtime({ oauthScopes: ALL });
    rt.addSpreadsheet({ id: "1NTB" });
    rt.ledger.setFaults([{ match: "SpreadsheetApp.openById", rate: 1, message: "Service Spreadsheets timed out while accessing document with id 1NTB." }]);
    expect(() => g.SpreadsheetApp.openById("1NTB")).toThrow("timed out");
  });
});
