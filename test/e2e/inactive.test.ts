// Issue 16.1: whether a pendamping's report counts depends only on the workbook: `Aktif` = `Tidak`
// rejects every report of that pendamping (SPEC section 3), `Tanggal Nonaktif` keeps those sent before
// that day; running again later, or on another copy of the workbook, gives the same `Validasi`.
import type { CellValue } from "../../src/core/model";
import { agencyWorkbook, paste, PENDAMPING, records, report, typeReport, wita } from "./agency";

/** `Pendamping` with P-01 set inactive: `Aktif` = Tidak and `Tanggal Nonaktif` (8th column) as given. */
function p01Inactive(date: CellValue): CellValue[][] {
  return PENDAMPING.map((r, i) => (i === 0 ? [...r, "Tanggal Nonaktif"] : r[0] === "P-01" ? [...r.slice(0, 5), "Tidak", r[6]!, date] : r));
}

describe("a pendamping set inactive", () => {
  it("with only Aktif = Tidak: every report is Ditolak, today and tomorrow alike, and the reason says what to fill", () => {
    const driver = agencyWorkbook({ now: wita("2026-11-16T08:00:00") });
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    expect(records(driver, "Validasi").map((r) => r.Status)).toEqual(["Valid"]);

    driver.runtime.clock.set(wita("2026-11-18T08:00:00").getTime());
    paste(driver, "Pendamping", p01Inactive(""));
    driver.clickMenu("Validasi ulang semua laporan");
    const first = records(driver, "Validasi");
    expect(first.map((r) => r.Status)).toEqual(["Ditolak"]);
    expect(String(first[0]!.Alasan)).toContain("Pendamping P-01 tercatat tidak aktif");
    expect(String(first[0]!.Alasan)).toContain("Tanggal Nonaktif");

    // A day later nothing in the workbook changed: nothing in the result changes either.
    driver.runtime.clock.set(wita("2026-11-19T08:00:00").getTime());
    driver.clickMenu("Validasi ulang semua laporan");
    expect(records(driver, "Validasi").map((r) => [r.Status, r.Alasan])).toEqual(first.map((r) => [r.Status, r.Alasan]));
    expect(records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-01")?.Zona).toBe("MERAH");
  });

  it("with Tanggal Nonaktif: reports sent before that day keep counting, later ones are Ditolak with the date", () => {
    const driver = agencyWorkbook({ now: wita("2026-11-16T08:00:00") });
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    driver.runtime.clock.set(wita("2026-11-18T08:00:00").getTime());
    paste(driver, "Pendamping", p01Inactive("18/11/2026"));
    driver.clickMenu("Validasi ulang semua laporan");
    expect(records(driver, "Validasi").map((r) => r.Status)).toEqual(["Valid"]);

    typeReport(driver, { pendamping: "P-01", koperasi: "K-02", visit: "2026-11-18", progress: "5", stage: "Belum mulai" }, wita("2026-11-18T07:00:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    const validasi = records(driver, "Validasi");
    expect(validasi.map((r) => r.Status)).toEqual(["Valid", "Ditolak"]);
    expect(String(validasi[1]!.Alasan)).toContain("Pendamping P-01 tidak aktif sejak 18/11/2026");
    expect(records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-01")?.["Progres Fisik (%)"]).toBe(10);
    // Inactive pendamping are not in Kepatuhan Pendamping.
    expect(records(driver, "Kepatuhan Pendamping").map((r) => r["ID Pendamping"])).toEqual(["P-02"]);
  });

  it("two copies of one workbook validated on different days agree", () => {
    const outcome = (runDay: string) => {
      const driver = agencyWorkbook({ now: wita("2026-11-16T08:00:00") });
      driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
      paste(driver, "Pendamping", p01Inactive(""));
      driver.runtime.clock.set(wita(`${runDay}T08:00:00`).getTime());
      driver.clickMenu("Perbarui status & ringkasan");
      return records(driver, "Validasi").map((r) => [r.Status, r.Alasan]);
    };
    expect(outcome("2026-11-17")).toEqual(outcome("2026-11-20"));
  });
});
