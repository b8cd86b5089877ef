// The hourly trigger with nothing new reads a few cells and the registry, not the response history:
// the same calls and cells at 100 and 20,000 response rows; a row added or typed over is still caught.
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, answers, lastLog, paste, records, values, wita } from "../e2e/agency";
import { yearRows } from "../support/yearRows";

const RESPONSES = "Laporan Harian";

function workbookWith(n: number): Driver {
  const driver = agencyWorkbook({ now: wita("2027-11-16T08:00:00") });
  driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2027-11-15", progress: "10", stage: "Persiapan lahan" }), wita("2027-11-15T17:00:00"));
  paste(driver, RESPONSES, yearRows([values(driver, RESPONSES)[1]!], n), 2);
  driver.clickMenu("Perbarui status & ringkasan");
  return driver;
}

function hourly(driver: Driver, at: string): { calls: number; read: number; written: number } {
  driver.newExecution();
  driver.ledger.reset();
  driver.fireTimeTriggers(wita(at));
  return { calls: driver.ledger.total(), read: driver.ledger.cellsRead, written: driver.ledger.cellsWritten };
}

describe("the hourly run with nothing new", () => {
  const small = workbookWith(100);
  const large = workbookWith(20_000);

  it("reads the same few cells whatever the history, and logs that it skipped", () => {
    const a = hourly(small, "2027-11-16T13:00:00");
    const b = hourly(large, "2027-11-16T13:00:00");
    expect(lastLog(large).Hasil).toBe("Dilewati");
    expect(b).toEqual(a);
    // Pengaturan (its A1:C grid), the registry, the last response row, its Validasi row and fingerprint.
    expect(b.read).toBeLessThan(4_000);
    expect(b.calls).toBeLessThanOrEqual(36);
  });

  it("stays idle when the response sheet is exactly as wide as the form's questions, as Google makes it", () => {
    const driver = workbookWith(100);
    const sheet = (driver.spreadsheet as unknown as { getSheetByName(n: string): GoogleAppsScript.Spreadsheet.Sheet }).getSheetByName(RESPONSES);
    const width = values(driver, RESPONSES)[0]!.length;
    if (sheet.getMaxColumns() > width) sheet.deleteColumns(width + 1, sheet.getMaxColumns() - width);
    const idle = hourly(driver, "2027-11-16T13:00:00");
    expect(lastLog(driver).Hasil).toBe("Dilewati");
    expect(idle.read).toBeLessThan(4_000);
  });

  it("still validates a row added since, and a last row typed over", () => {
    const driver = workbookWith(100);
    hourly(driver, "2027-11-16T13:00:00");
    const row = values(driver, RESPONSES)[1]!.slice();
    row[0] = wita("2027-11-16T12:00:00");
    paste(driver, RESPONSES, [row], 103);
    hourly(driver, "2027-11-16T14:00:00");
    expect(values(driver, "Validasi")[102]?.[0]).toBe(103);
    expect(lastLog(driver).Hasil).toBe("Berhasil");

    const progress = values(driver, RESPONSES)[0]!.indexOf("Progres Fisik (%)");
    const typed = values(driver, RESPONSES)[102]!.slice();
    typed[progress] = 55;
    paste(driver, RESPONSES, [typed], 103);
    hourly(driver, "2027-11-16T15:00:00");
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    expect(records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-01")?.["Progres Fisik (%)"]).toBe(55);
  });
});

describe("the hourly run after form submits", () => {
  /** Two reports through the form (the submit path validates them and keeps their Log lines in its notes). */
  function submits(driver: Driver): void {
    driver.newExecution();
    driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-02", visit: "2027-11-16", progress: "20", stage: "Pondasi" }), wita("2027-11-16T09:30:00"));
    driver.newExecution();
    driver.submitForm(answers({ pendamping: "P-02", koperasi: "K-04", visit: "2027-11-16", progress: "30", stage: "Pondasi" }), wita("2027-11-16T10:30:00"));
  }

  it("reads only the rows since the last full validation, writes their Log lines, and validates nothing again", () => {
    const small = workbookWith(100);
    const large = workbookWith(20_000);
    for (const d of [small, large]) submits(d);
    const validasi = values(large, "Validasi");
    const a = hourly(small, "2027-11-16T13:00:00");
    const b = hourly(large, "2027-11-16T13:00:00");
    expect(b.read).toBeLessThan(a.read + 1_000);
    expect(b.read).toBeLessThan(10_000);
    const log = records(large, "Log").slice(-3);
    expect(log.map((r) => r.Aksi)).toEqual(["Pemicu kirim formulir", "Pemicu kirim formulir", "Pemicu per jam"]);
    expect(log[2]!.Hasil).toBe("Dilewati");
    expect(values(large, "Validasi")).toEqual(validasi);
    // The next hour has nothing new at all.
    expect(hourly(large, "2027-11-16T14:00:00").read).toBeLessThan(4_000);
  });
});

describe("a rebuild writes what changed", () => {
  it("one new report among 20,000: its Validasi and fingerprint rows, not the whole history", () => {
    const driver = workbookWith(20_000);
    const before = values(driver, "Validasi").slice(0, 20_001);
    const row = values(driver, RESPONSES)[1]!.slice();
    row[0] = wita("2027-11-16T07:00:00");
    paste(driver, RESPONSES, [row], 20_002);
    driver.newExecution();
    driver.ledger.reset();
    driver.clickMenu("Perbarui status & ringkasan");
    // Every output sheet is small here (5 cooperatives); Validasi alone was 160,000 cells.
    expect(driver.ledger.cellsWritten).toBeLessThan(2_000);
    const after = values(driver, "Validasi");
    expect(after[20_001]?.[0]).toBe(20_002);
    expect(after.slice(0, 20_001)).toEqual(before);
  });
});
