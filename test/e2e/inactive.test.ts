// When a pendamping leaves and staff set `Aktif = Tidak`, the reports already sent keep counting after
// every later full validation; a report sent afterwards (typed in by hand) is rejected.
import { agencyWorkbook, paste, PENDAMPING, records, report, typeReport, wita } from "./agency";

describe("a pendamping set inactive", () => {
  it("keeps earlier reports counted and rejects later ones", () => {
    const driver = agencyWorkbook({ now: wita("2026-11-16T08:00:00") });
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    expect(records(driver, "Validasi").map((r) => r.Status)).toEqual(["Valid"]);

    // Two days later P-01 leaves: staff change Aktif to Tidak and rebuild.
    driver.runtime.clock.set(wita("2026-11-18T08:00:00").getTime());
    const rows = PENDAMPING.map((r) => (r[0] === "P-01" ? [...r.slice(0, 5), "Tidak", r[6]!] : r));
    paste(driver, "Pendamping", rows);
    driver.clickMenu("Validasi ulang semua laporan");
    expect(records(driver, "Validasi").map((r) => r.Status)).toEqual(["Valid"]);

    // A report typed in afterwards under P-01 is rejected with the reason.
    typeReport(driver, { pendamping: "P-01", koperasi: "K-02", visit: "2026-11-18", progress: "5", stage: "Belum mulai" }, wita("2026-11-18T17:00:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    const validasi = records(driver, "Validasi");
    expect(validasi.map((r) => r.Status)).toEqual(["Valid", "Ditolak"]);
    expect(String(validasi[1]!.Alasan)).toContain("P-01");
    expect(records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-01")?.["Progres Fisik (%)"]).toBe(10);
  });
});
