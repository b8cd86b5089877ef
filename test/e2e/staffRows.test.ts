// Through dist/Code.js: a column staff type beside a table of one row per cooperative or pendamping
// (`Status Koperasi`, `Kepatuhan Pendamping`, `Percontohan`) stays with the row's ID when the rows take
// a new order; a note whose row left the table is moved below it and named in `Log`, never lost.
import type { CellValue } from "../../src/core/model";
import { HEADERS } from "../../src/core/text/sheets";
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, KOPERASI, type KoperasiFixture, koperasiRows, lastLog, paste, report, sheetFake, values, wita } from "./agency";

/** The first column after each table's own (after Status Koperasi's hidden state column). */
const NOTE_COL: Record<string, number> = {
  "Status Koperasi": HEADERS.statusKoperasi.length + 2,
  "Kepatuhan Pendamping": HEADERS.kepatuhan.length + 1,
  "Percontohan": HEADERS.percontohan.length + 1,
};

function rebuiltWorkbook(): Driver {
  const driver = agencyWorkbook();
  driver.submitForm(report("K-01", "2026-11-15", 10), wita("2026-11-15T17:00:00"));
  driver.submitForm(report("K-04", "2026-11-15", 5), wita("2026-11-15T17:10:00"));
  driver.clickMenu("Perbarui status & ringkasan");
  return driver;
}

/** Types `catatan <ID>` beside every row of the table, under a header of staff's own (uncounted). */
function noteEveryRow(driver: Driver, sheet: string): void {
  const ids = values(driver, sheet).slice(1).map((r) => r[0]).filter((id) => id !== "");
  sheetFake(driver, sheet).__write(1, NOTE_COL[sheet], [["Catatan Dinas"], ...ids.map((id) => [`catatan ${String(id)}`])]);
}

/** [ID, what is beside it] for every row of the table. */
function beside(driver: Driver, sheet: string): Array<[CellValue, CellValue]> {
  return values(driver, sheet).slice(1).filter((r) => r[0] !== "").map((r) => [r[0]!, r[NOTE_COL[sheet]! - 1] ?? ""]);
}

/** Each row's note is its own ID's (a row new to the table has none). */
function expectAligned(driver: Driver, sheet: string, fresh: readonly string[] = []): void {
  for (const [id, note] of beside(driver, sheet)) expect([id, note]).toEqual([id, fresh.includes(String(id)) ? "" : `catatan ${String(id)}`]);
}

function registry(driver: Driver, list: KoperasiFixture[]): void {
  sheetFake(driver, "Koperasi").clear();
  paste(driver, "Koperasi", koperasiRows(list));
}

const K06: KoperasiFixture = { id: "K-06", name: "KMP Desa Lembar", village: "Lembar", district: "Lembar", regency: "Lombok Barat", pendamping: "P-01", pilot: true };
const byId = (id: string) => KOPERASI.find((k) => k.id === id)!;

describe.each([
  ["a cooperative inserted in the middle", [byId("K-01"), byId("K-02"), K06, byId("K-03"), byId("K-04"), byId("K-05")], ["K-06"]],
  ["two cooperatives swapped", [byId("K-02"), byId("K-01"), byId("K-03"), byId("K-04"), byId("K-05")], []],
])("Status Koperasi and Percontohan after %s", (_name, list, fresh) => {
  const driver = rebuiltWorkbook();
  noteEveryRow(driver, "Status Koperasi");
  noteEveryRow(driver, "Percontohan");
  const k01 = values(driver, "Status Koperasi").findIndex((r) => r[0] === "K-01") + 1;
  const col = NOTE_COL["Status Koperasi"]! + 1;
  sheetFake(driver, "Status Koperasi").__write(k01, col, [["=2+3"]]);
  sheetFake(driver, "Status Koperasi").__grid.get(k01, col).v = 5; // what Sheets computed (the runtime evaluates no formula)
  sheetFake(driver, "Status Koperasi").getRange(k01, col).setNumberFormat("0.0");
  registry(driver, list);
  driver.runtime.clock.set(wita("2026-11-16T09:00:00").getTime());
  driver.clickMenu("Perbarui status & ringkasan");

  it("keeps every note beside its own cooperative", () => {
    expect(beside(driver, "Status Koperasi").map(([id]) => id)).toEqual(list.map((k) => k.id));
    expectAligned(driver, "Status Koperasi", fresh);
    expectAligned(driver, "Percontohan", fresh);
  });

  it("leaves the add-on's own columns to the add-on: the state column hidden and its note on the cooperative's row, the staff columns visible", () => {
    const sheet = sheetFake(driver, "Status Koperasi");
    const state = NOTE_COL["Status Koperasi"]! - 1;
    const row = values(driver, "Status Koperasi").findIndex((r) => r[0] === "K-01") + 1;
    expect(sheet.isColumnHiddenByUser(state)).toBe(true);
    expect(sheet.isColumnHiddenByUser(state + 1)).toBe(false);
    expect(sheet.getRange(row, state).getNote()).toContain("K-01");
  });

  it("moves a formula and its number format with the row", () => {
    const row = values(driver, "Status Koperasi").findIndex((r) => r[0] === "K-01") + 1;
    expect(sheetFake(driver, "Status Koperasi").getRange(row, col).getFormula()).toBe("=2+3");
    expect(sheetFake(driver, "Status Koperasi").getRange(row, col).getNumberFormat()).toBe("0.0");
  });
});

describe("a cooperative removed from Koperasi", () => {
  const driver = rebuiltWorkbook();
  noteEveryRow(driver, "Status Koperasi");
  registry(driver, KOPERASI.filter((k) => k.id !== "K-03"));
  driver.runtime.clock.set(wita("2026-11-16T09:00:00").getTime());
  driver.clickMenu("Perbarui status & ringkasan");

  it("keeps the others' notes beside them", () => {
    expectAligned(driver, "Status Koperasi");
  });

  it("moves its note below the table and names the ID and the note in the Log", () => {
    const rows = values(driver, "Status Koperasi");
    const at = rows.findIndex((r) => r[NOTE_COL["Status Koperasi"]! - 1] === "catatan K-03");
    expect(at).toBeGreaterThan(KOPERASI.length - 1);
    expect(rows[at]![0]).toBe("");
    expect(String(lastLog(driver).Rincian)).toMatch(/Lembar Status Koperasi: isian Anda di samping baris yang tidak ada lagi di tabel dipindahkan ke bawah, tidak dihapus: K-03 S4 → S7 \("catatan K-03"\)/);
  });
});

describe("a rebuild that lost its record of the sheets, after a note was moved below", () => {
  const driver = rebuiltWorkbook();
  noteEveryRow(driver, "Status Koperasi");
  registry(driver, KOPERASI.filter((k) => k.id !== "K-03"));
  driver.runtime.clock.set(wita("2026-11-16T09:00:00").getTime());
  driver.clickMenu("Perbarui status & ringkasan");
  const moved = values(driver, "Status Koperasi");
  driver.runtime.properties.document.delete("kdkmp.sheets");
  driver.newExecution();
  driver.runtime.clock.set(wita("2026-11-17T09:00:00").getTime());
  driver.clickMenu("Perbarui status & ringkasan");

  it("leaves every note where it is and names no move", () => {
    const column = (rows: CellValue[][]) => rows.map((r) => r[NOTE_COL["Status Koperasi"]! - 1] ?? "");
    expect(column(values(driver, "Status Koperasi"))).toEqual(column(moved));
    expect(String(lastLog(driver).Rincian)).not.toMatch(/dipindahkan/);
  });
});

describe("Kepatuhan Pendamping in a new order (a pendamping reported more)", () => {
  const driver = rebuiltWorkbook();
  noteEveryRow(driver, "Kepatuhan Pendamping");
  const before = beside(driver, "Kepatuhan Pendamping").map(([id]) => id);
  driver.submitForm(report("K-01", "2026-11-16", 12), wita("2026-11-16T08:30:00"));
  driver.runtime.clock.set(wita("2026-11-16T09:00:00").getTime());
  driver.clickMenu("Perbarui status & ringkasan");

  it("keeps every note beside its own pendamping", () => {
    expect(beside(driver, "Kepatuhan Pendamping").map(([id]) => id)).not.toEqual(before);
    expectAligned(driver, "Kepatuhan Pendamping");
  });
});

describe("Percontohan after a cooperative became a pilot (the registry's output side: the state path)", () => {
  const driver = rebuiltWorkbook();
  noteEveryRow(driver, "Percontohan");
  registry(driver, KOPERASI.map((k) => (k.id === "K-02" ? { ...k, pilot: true } : k)));
  driver.runtime.clock.set(wita("2026-11-16T09:00:00").getTime());
  driver.clickMenu("Perbarui status & ringkasan");

  it("keeps every note beside its own cooperative", () => {
    expect(beside(driver, "Percontohan").map(([id]) => id)).toEqual(["K-01", "K-02", "K-04"]);
    expectAligned(driver, "Percontohan", ["K-02"]);
  });
});

/** Every call of that rebuild on main before this change. */
const MAIN_CALLS = {
  "Lock.releaseLock": 1, "Lock.tryLock": 1, "LockService.getDocumentLock": 1, "Properties.getProperties": 1, "Properties.setProperties": 1,
  "Properties.setProperty": 1, "PropertiesService.getDocumentProperties": 1, "Range.getNotes": 1, "Range.getValues": 11,
  "Range.setBackgrounds": 3, "Range.setFontWeights": 2, "Range.setNumberFormats": 4, "Range.setValues": 8, "Session.getActiveUser": 1,
  "Sheet.getDataRange": 2, "Sheet.getFormUrl": 1, "Sheet.getLastRow": 1, "Spreadsheet.getRange": 16, "Spreadsheet.getSheetByName": 3,
  "Spreadsheet.getSpreadsheetTimeZone": 1, "SpreadsheetApp.getActiveSpreadsheet": 1, "SpreadsheetApp.getUi": 1, "Ui.alert": 1, "User.getEmail": 1,
};

describe("an ordinary rebuild: nothing changed order", () => {
  const driver = rebuiltWorkbook();
  for (const sheet of Object.keys(NOTE_COL)) noteEveryRow(driver, sheet);
  driver.runtime.clock.set(wita("2026-11-17T09:00:00").getTime());
  driver.newExecution();
  driver.ledger.reset();
  const cells0 = [driver.ledger.cellsRead, driver.ledger.cellsWritten];
  driver.clickMenu("Perbarui status & ringkasan");

  it("keeps the notes and costs what it cost before staff notes followed their rows", () => {
    for (const sheet of Object.keys(NOTE_COL)) expectAligned(driver, sheet);
    // The same rebuild on main before this change (569b23c, and 7e538e3 after the bundle diet): 65 calls, 27,465 cells read, 1,449 written.
    expect([driver.ledger.total(), driver.ledger.cellsRead - cells0[0]!, driver.ledger.cellsWritten - cells0[1]!]).toEqual([65, 27465, 1449]);
    expect(driver.ledger.snapshot()).toEqual(MAIN_CALLS);
  });
});
