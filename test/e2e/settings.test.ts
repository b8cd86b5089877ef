// Issue 3 (d), through dist/Code.js: `Pengaturan` is checked at the start of every action. A bad
// value stops the action with an Indonesian message naming the key, the value and what is expected,
// a `Log` row says `Gagal`, and no output sheet changes; unknown keys are reported; LEMBAR_* renames work.
import type { Driver } from "../../runtime/driver";
import {
  agencyWorkbook, lastAlert, lastLog, paste, records, report, setSetting, snapshot, values, wita,
} from "./agency";

const OUTPUTS = ["Validasi", "Status Koperasi", "Ringkasan", "Kepatuhan Pendamping", "Tindak Lanjut", "Percontohan", "Riwayat"];

function workbookWithReports(): Driver {
  const driver = agencyWorkbook();
  driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
  driver.submitForm(report("K-04", "2026-11-16", 5), wita("2026-11-16T17:30:00"));
  driver.clickMenu("Perbarui status & ringkasan");
  return driver;
}

describe("a bad value in Pengaturan", () => {
  it("stops `Perbarui status & ringkasan` with a message naming key, value and what is expected, and changes no output sheet", () => {
    const driver = workbookWithReports();
    // The next day a cooperative is added and someone writes the report age in words.
    paste(driver, "Koperasi", [["K-06", "KMP Desa Batukliang", "Batukliang", "Batukliang", "Lombok Tengah", "P-02"]], 7);
    setSetting(driver, "MAKS_UMUR_LAPORAN_HARI", "tujuh");
    const before = snapshot(driver, OUTPUTS);
    driver.runtime.clock.set(wita("2026-11-17T09:00:00").getTime());

    driver.clickMenu("Perbarui status & ringkasan");
    const alert = lastAlert(driver);
    expect(alert).toMatch(/gagal/i);
    expect(alert).toContain("MAKS_UMUR_LAPORAN_HARI");
    expect(alert).toContain("tujuh");
    expect(alert).toContain("bilangan bulat 1 sampai 60");
    expect(alert).toMatch(/versi sebelumnya tetap utuh/);
    expect(lastLog(driver)).toMatchObject({ Aksi: "Perbarui status & ringkasan", Hasil: "Gagal" });
    expect(String(lastLog(driver).Rincian)).toContain("MAKS_UMUR_LAPORAN_HARI");
    expect(snapshot(driver, OUTPUTS)).toEqual(before);

    // Fixed: the same action now runs and the new cooperative appears.
    setSetting(driver, "MAKS_UMUR_LAPORAN_HARI", 7);
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    expect(records(driver, "Status Koperasi").map((r) => r["ID Koperasi"])).toContain("K-06");
  });

  it("stops every menu action the same way", () => {
    const driver = workbookWithReports();
    setSetting(driver, "WARNA_MERAH", "merah muda");
    const before = snapshot(driver, OUTPUTS);
    for (const caption of ["Validasi laporan baru", "Validasi ulang semua laporan", "Buat / perbarui formulir", "Pasang pemicu otomatis"]) {
      driver.clickMenu(caption);
      expect(lastAlert(driver)).toContain("WARNA_MERAH");
      expect(lastAlert(driver)).toContain("merah muda");
      expect(lastLog(driver)).toMatchObject({ Aksi: caption, Hasil: "Gagal" });
    }
    expect(snapshot(driver, OUTPUTS)).toEqual(before);
  });

  it("a form submit while the settings are broken is logged as failed and caught up once they are fixed", () => {
    const driver = workbookWithReports();
    setSetting(driver, "JAM_PERBARUI", "jam enam");
    expect(() => driver.submitForm(report("K-02", "2026-11-17", 5), wita("2026-11-17T08:00:00"))).toThrow();
    expect(lastLog(driver)).toMatchObject({ Hasil: "Gagal" });
    expect(String(lastLog(driver).Rincian)).toContain("JAM_PERBARUI");
    expect(records(driver, "Validasi")).toHaveLength(2);
    setSetting(driver, "JAM_PERBARUI", 6);
    driver.fireTimeTriggers(wita("2026-11-17T09:00:00"));
    expect(records(driver, "Validasi").map((r) => [r.Baris, r.Status])).toEqual([[2, "Valid"], [3, "Valid"], [4, "Valid"]]);
  });
});

describe("other settings", () => {
  it("an unknown key is reported by name, and the action still runs", () => {
    const driver = workbookWithReports();
    setSetting(driver, "MAKS_UMUR_LAPORAN", 5); // a typo of MAKS_UMUR_LAPORAN_HARI
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(driver)).toMatch(/tidak dikenal[^\n]*MAKS_UMUR_LAPORAN\b/);
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    expect(String(lastLog(driver).Rincian)).toContain("MAKS_UMUR_LAPORAN");
  });

  it("a sheet renamed through LEMBAR_* is the one read and written", () => {
    const driver = workbookWithReports();
    (driver.spreadsheet as any).__sheet("Koperasi").setName("Data Koperasi");
    setSetting(driver, "LEMBAR_KOPERASI", "Data Koperasi");
    setSetting(driver, "LEMBAR_RINGKASAN", "Ringkasan Pimpinan");
    paste(driver, "Data Koperasi", [["K-06", "KMP Desa Batukliang", "Batukliang", "Batukliang", "Lombok Tengah", "P-02"]], 7);
    const oldRingkasan = values(driver, "Ringkasan");
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    expect(records(driver, "Status Koperasi")).toHaveLength(6);
    const total = values(driver, "Ringkasan Pimpinan").find((r) => r[0] === "TOTAL");
    expect(total?.[1]).toBe(6);
    expect(values(driver, "Ringkasan")).toEqual(oldRingkasan); // the old tab is left alone
    expect((driver.spreadsheet as any).__sheet("Koperasi")).toBeUndefined(); // nothing recreated under the old name
  });
});
