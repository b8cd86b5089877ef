// Issue 16.3, through dist/Code.js: a progress typed as "45%" in the response sheet (Sheets stores 0.45
// with a percent format) is read as the 45 it shows, whatever else the sheet holds; the usual sheet of
// whole numbers costs no extra call.
import { agencyWorkbook, records, report, typeReport, wita } from "./agency";

describe("a progress cell typed with %", () => {
  it("counts as the percentage it shows: 45% is 45, 150% is Ditolak as 150", () => {
    const driver = agencyWorkbook({ now: wita("2026-11-16T08:00:00") });
    driver.submitForm(report("K-04", "2026-11-16", 20), wita("2026-11-16T09:00:00"));
    typeReport(driver, { pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "45%", stage: "Struktur & dinding" }, wita("2026-11-16T10:00:00"));
    typeReport(driver, { pendamping: "P-01", koperasi: "K-02", visit: "2026-11-16", progress: "150%", stage: "Selesai" }, wita("2026-11-16T10:05:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    const validasi = records(driver, "Validasi");
    expect(validasi.map((r) => r.Status)).toEqual(["Valid", "Valid", "Ditolak"]);
    expect(String(validasi[2]!.Alasan)).toContain("150%");
    const status = records(driver, "Status Koperasi");
    expect(status.find((r) => r["ID Koperasi"] === "K-01")?.["Progres Fisik (%)"]).toBe(45);
    expect(status.find((r) => r["ID Koperasi"] === "K-04")?.["Progres Fisik (%)"]).toBe(20);
  });

  it("the formats are read only when a progress number could be a typed percentage", () => {
    const driver = agencyWorkbook({ now: wita("2026-11-16T08:00:00") });
    driver.submitForm(report("K-04", "2026-11-16", 20), wita("2026-11-16T09:00:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    const before = driver.ledger.count("Range.getNumberFormats");
    driver.clickMenu("Perbarui status & ringkasan");
    expect(driver.ledger.count("Range.getNumberFormats")).toBe(before);
    typeReport(driver, { pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "45%", stage: "Struktur & dinding" }, wita("2026-11-16T10:00:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    expect(driver.ledger.count("Range.getNumberFormats")).toBe(before + 1);
    // With that row last, the next rebuild still works from the kept states (it reads the row as shown).
    driver.clickMenu("Perbarui status & ringkasan");
    expect(String(records(driver, "Log").at(-1)?.Rincian)).toMatch(/Dihitung dari status tersimpan/);
  });
});
