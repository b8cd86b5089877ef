// End to end through dist/Code.js: the agency sets up, pendamping submit, triggers validate, the menu
// rebuilds every summary. What is asserted is what staff would see in the sheets.
import { agencyWorkbook, answers, lastAlert, records, values, wita } from "./agency";

describe("an agency's first week with Pantau KDKMP", () => {
  it("sets up every sheet and the settings with defaults, and leaves existing sheets alone", () => {
    const driver = agencyWorkbook();
    const names = (driver.spreadsheet as any).__sheets.map((s: any) => s.getName ? s.__name ?? s.getName() : s);
    for (const n of ["Koperasi", "Pendamping", "Pengaturan", "Validasi", "Status Koperasi", "Ringkasan",
      "Kepatuhan Pendamping", "Tindak Lanjut", "Percontohan", "Riwayat", "Log", "Laporan Harian"]) {
      expect((driver.spreadsheet as any).__sheet(n)).toBeTruthy();
    }
    expect(names.length).toBeGreaterThan(0);
    const settings = records(driver, "Pengaturan");
    const zona = settings.find((r) => r.Kunci === "ZONA_WAKTU");
    expect(zona?.Nilai).toBe("Asia/Makassar");
    expect(String(zona?.Keterangan).length).toBeGreaterThan(10);
    // A second setup creates nothing and keeps the agency's registry as typed.
    const before = values(driver, "Koperasi");
    driver.clickMenu("Siapkan lembar kerja");
    expect(lastAlert(driver)).toMatch(/tidak ada yang diubah/i);
    expect(values(driver, "Koperasi")).toEqual(before);
  });

  it("validates each submitted report once, through the form-submit trigger", () => {
    const driver = agencyWorkbook();
    driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "10", stage: "Persiapan lahan" }), wita("2026-11-16T17:00:00"));
    // Visit date after the submission: rejected with a message saying what to check.
    driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-02", visit: "2026-11-20", progress: "5", stage: "Belum mulai" }), wita("2026-11-16T18:00:00"), { validate: false } as never);
    // The same report again: a duplicate, not counted twice.
    driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "10", stage: "Persiapan lahan" }), wita("2026-11-16T19:00:00"));
    // Different content for the same pendamping, cooperative and day: a correction.
    driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "12", stage: "Persiapan lahan" }), wita("2026-11-16T20:00:00"));
    const rows = records(driver, "Validasi");
    expect(rows.map((r) => [r.Baris, r.Status])).toEqual([[2, "Dikoreksi"], [3, "Ditolak"], [4, "Duplikat"], [5, "Valid"]]);
    expect(String(rows[1]!.Alasan)).toContain("20/11/2026");
    expect(String(rows[1]!.Alasan)).toMatch(/periksa/i);
    const status = records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-01");
    expect(status?.["Progres Fisik (%)"]).toBe(12);
  });

  it("rebuilds zones and every summary from the menu", () => {
    const driver = agencyWorkbook();
    driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "10", stage: "Persiapan lahan" }), wita("2026-11-16T17:00:00"));
    driver.submitForm(answers({ pendamping: "P-02", koperasi: "K-04", visit: "2026-11-16", land: "Bermasalah (sengketa/tidak layak)", progress: "0", stage: "Belum mulai" }), wita("2026-11-16T17:30:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(driver)).toMatch(/koperasi diperbarui/);
    const status = records(driver, "Status Koperasi");
    const zone = Object.fromEntries(status.map((r) => [r["ID Koperasi"], r.Zona]));
    expect(zone).toEqual({ "K-01": "HIJAU", "K-02": "MERAH", "K-03": "MERAH", "K-04": "MERAH", "K-05": "MERAH" });
    const ringkasan = values(driver, "Ringkasan");
    const total = ringkasan.find((r) => r[0] === "TOTAL")!;
    expect(total.slice(0, 7)).toEqual(["TOTAL", 5, 2, 2, 1, 0, 4]);
    expect(ringkasan.some((r) => /^Diperbarui: \d\d\/\d\d\/\d{4} \d\d:\d\d$/.test(String(r[0])))).toBe(true);
    const riwayat = records(driver, "Riwayat");
    expect(riwayat).toHaveLength(2);
    // A second rebuild the same day does not rewrite history.
    driver.clickMenu("Perbarui status & ringkasan");
    expect(records(driver, "Riwayat")).toHaveLength(2);
  });
});
