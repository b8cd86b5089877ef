// Issue 16.2, through dist/Code.js: a pasted row whose submission time is in a later year is Ditolak
// (not counted), so its cooperative does not look freshly reported; the same row counts once its day comes.
import { agencyWorkbook, records, typeReport, wita } from "./agency";

describe("a submission time after the run", () => {
  it("is Ditolak with the day and what to check; today's later hour is accepted", () => {
    const driver = agencyWorkbook({ now: wita("2026-11-16T08:00:00") });
    driver.runtime.clock.set(wita("2026-11-20T09:00:00").getTime());
    typeReport(driver, { pendamping: "P-01", koperasi: "K-01", visit: "2026-11-20", progress: "5", stage: "Persiapan lahan" }, wita("2027-11-20T10:00:00"));
    typeReport(driver, { pendamping: "P-02", koperasi: "K-04", visit: "2026-11-20", progress: "5", stage: "Persiapan lahan" }, wita("2026-11-20T15:00:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    const validasi = records(driver, "Validasi");
    expect(validasi.map((r) => r.Status)).toEqual(["Ditolak", "Valid"]);
    expect(validasi[0]!.Alasan).toContain("Waktu kirim 20/11/2027 (stempel waktu) lebih lambat dari hari ini 20/11/2026; perbaiki tanggalnya.");
    const k01 = records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-01")!;
    expect(k01["Laporan Terakhir"]).toBe("");
    expect(k01.Zona).toBe("MERAH");
  });
});
