// Issue 16 item 7, through dist/Code.js: what staff type in the output sheets (a column of their own
// beside `Validasi` or `Status Koperasi`, a note under `Ringkasan`) survives every rebuild, also when the
// add-on lost its record of what it wrote (a workbook opened from a file); what has to move is named.
import { HEADERS } from "../../src/core/text/sheets";
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, lastLog, report, sheetFake, values, wita } from "./agency";

/** The first column after Status Koperasi's own and its hidden state column. */
const STAFF_STATUS_COL = HEADERS.statusKoperasi.length + 2;
/** Ringkasan's chart data start one blank column after its table. */
const CHART_COL = HEADERS.ringkasan.length + 2;

/** Types into a sheet the way a person would (uncounted). */
function type(driver: Driver, sheet: string, row: number, col: number, rows: unknown[][]): void {
  sheetFake(driver, sheet).__write(row, col, rows);
}

function rebuildedWorkbook(): Driver {
  const driver = agencyWorkbook();
  driver.submitForm(report("K-01", "2026-11-15", 10), wita("2026-11-15T17:00:00"));
  driver.submitForm(report("K-04", "2026-11-15", 5), wita("2026-11-15T17:10:00"));
  driver.clickMenu("Perbarui status & ringkasan");
  return driver;
}

/** A fresh execution that lost the add-on's record of its sheets, as when the workbook comes from a file. */
function forgetRecord(driver: Driver): void {
  driver.runtime.properties.document.delete("kdkmp.sheets");
  driver.newExecution();
}

describe.each([
  ["the next rebuild", (_: Driver) => undefined],
  ["a rebuild that lost its record of the sheets", forgetRecord],
])("staff's own content after %s", (_name, before) => {
  const driver = rebuildedWorkbook();
  type(driver, "Validasi", 1, 9, [["Catatan Staf"], ["cek foto"]]);
  type(driver, "Status Koperasi", 1, STAFF_STATUS_COL, [["Tindak Dinas"], ["telepon kades"]]);
  type(driver, "Ringkasan", 8, 1, [["Catatan rapat: Lombok Tengah diprioritaskan"], ["=2+3"]]);
  sheetFake(driver, "Ringkasan").__grid.get(9, 1).v = 5; // what Sheets computed (the runtime evaluates no formula)
  before(driver);
  driver.runtime.clock.set(wita("2026-11-16T09:00:00").getTime());
  driver.clickMenu("Perbarui status & ringkasan");

  it("keeps an extra column of Validasi with its header and values", () => {
    expect(values(driver, "Validasi").slice(0, 2).map((r) => r[8])).toEqual(["Catatan Staf", "cek foto"]);
  });

  it("keeps an extra column of Status Koperasi, visible (only the add-on's state column is hidden)", () => {
    expect(values(driver, "Status Koperasi").slice(0, 2).map((r) => r[STAFF_STATUS_COL - 1])).toEqual(["Tindak Dinas", "telepon kades"]);
    expect(sheetFake(driver, "Status Koperasi").isColumnHiddenByUser(STAFF_STATUS_COL)).toBe(false);
  });

  it("keeps a note typed under Ringkasan, a formula as a formula", () => {
    expect(values(driver, "Ringkasan")[7]![0]).toBe("Catatan rapat: Lombok Tengah diprioritaskan");
    expect(sheetFake(driver, "Ringkasan").getRange(9, 1).getFormula()).toBe("=2+3");
  });
});

describe("a note in the place the growing chart data needs", () => {
  const driver = rebuildedWorkbook();
  const trendEnd = values(driver, "Ringkasan").reduce((last, r, i) => (r[CHART_COL - 1] !== "" ? i + 1 : last), 0);
  type(driver, "Ringkasan", trendEnd + 1, CHART_COL, [["jangan dihapus"]]);
  driver.runtime.clock.set(wita("2026-11-17T09:00:00").getTime());
  driver.clickMenu("Perbarui status & ringkasan");

  it("is moved below, not overwritten, and the Log says where it went", () => {
    const column = values(driver, "Ringkasan").map((r) => r[CHART_COL - 1]);
    expect(column).toContain("jangan dihapus");
    expect(column.indexOf("jangan dihapus")).toBeGreaterThan(trendEnd);
    expect(String(lastLog(driver).Rincian)).toMatch(/Ringkasan: isian Anda di [A-Z]+\d+ → [A-Z]+\d+ dipindahkan ke bawah/);
  });
});
