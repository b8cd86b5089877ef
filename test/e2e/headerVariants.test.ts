// Issue 16.5, through dist/Code.js: the headers agencies really use (`Kab/Kota`, `Nama Kabupaten`,
// `Desa / Kelurahan`, a note in brackets) are read; a header a letter or two off a known one is named
// by sheet and column instead of being ignored silently.
import type { CellValue } from "../../src/core/model";
import { ADMIN, CODE, lastAlert, lastLog, paste, records, wita } from "./agency";
import { Driver } from "../../runtime/driver";

function workbook(koperasi: CellValue[][], pendamping: CellValue[][]): Driver {
  const driver = new Driver({ codePath: CODE, user: ADMIN, now: wita("2026-11-16T08:00:00") });
  driver.open();
  driver.clickMenu("Siapkan lembar kerja");
  for (const name of ["Koperasi", "Pendamping"]) (driver.spreadsheet as any).__sheet(name).clear(); // eslint-disable-line @typescript-eslint/no-explicit-any
  paste(driver, "Koperasi", koperasi);
  paste(driver, "Pendamping", pendamping);
  return driver;
}

const KOPERASI: CellValue[][] = [
  ["ID Koperasi", "Nama Koperasi", "Desa / Kelurahan", "Kec.", "Nama Kabupaten", "ID Pendamping", "Target Selesai (tanggal)"],
  ["K-01", "KMP Desa Gerung", "Gerung", "Gerung", "Lombok Barat", "P-01", "31/12/2026"],
  ["K-02", "KMP Desa Praya", "Praya", "Praya", "Lombok Tengah", "P-02", ""],
];

describe("header variants", () => {
  it("Kab/Kota, Nama Kabupaten, Desa / Kelurahan, Kec. and a note in brackets are read", () => {
    const driver = workbook(KOPERASI, [
      ["NIP", "Nama", "Kab/Kota", "Aktif (Ya/Tidak)"],
      ["P-01", "Baiq Nurul", "Lombok Barat", "Ya"],
      ["P-02", "Lalu Ahmad", "Lombok Tengah", "Tidak"],
    ]);
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    expect(lastAlert(driver)).not.toContain("mirip");
    const status = records(driver, "Status Koperasi");
    expect(status.map((r) => [r["Desa/Kelurahan"], r.Kecamatan, r["Kabupaten/Kota"]])).toEqual([
      ["Gerung", "Gerung", "Lombok Barat"], ["Praya", "Praya", "Lombok Tengah"],
    ]);
    const kepatuhan = records(driver, "Kepatuhan Pendamping");
    expect(kepatuhan.map((r) => [r["ID Pendamping"], r["Kabupaten/Kota"]])).toEqual([["P-01", "Lombok Barat"]]);
  });

  it("a header a letter off is named with its column, and a required one missing says which column looks like it", () => {
    const driver = workbook(KOPERASI, [
      ["ID Pendamping", "Nama", "Kabupatn/Kota", "Aktf"],
      ["P-01", "Baiq Nurul", "Lombok Barat", "Ya"],
      ["P-02", "Lalu Ahmad", "Lombok Tengah", "Tidak"],
    ]);
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    const alert = lastAlert(driver);
    expect(alert).toContain('Lembar Pendamping kolom C: judul "Kabupatn/Kota" mirip "Kabupaten/Kota" tetapi tidak dikenali, jadi kolom ini diabaikan; ganti judulnya menjadi "Kabupaten/Kota" bila isinya sama.');
    expect(alert).toContain('Lembar Pendamping kolom D: judul "Aktf" mirip "Aktif"');

    paste(driver, "Koperasi", [["ID Koperasi", "Nama Koprasi"]]);
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Gagal");
    expect(lastAlert(driver)).toContain('Lembar Koperasi kolom B: judul "Nama Koprasi" mirip "Nama Koperasi"');
  });
});
