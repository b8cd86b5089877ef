// Issue 16.4 and 16.9, through dist/Code.js: kabupaten/kota names and ids are compared without case or
// extra spaces everywhere (one `Ringkasan` row, one cooperative), every place two spellings meet is
// named by sheet, row and column, and a cooperative assigned to an unknown pendamping is reported.
import type { CellValue } from "../../src/core/model";
import { HEADERS } from "../../src/core/text/sheets";
import { ADMIN, CODE, lastAlert, lastLog, paste, records, responseSheetName, values, wita } from "./agency";
import { Driver } from "../../runtime/driver";

const KOPERASI: CellValue[][] = [
  [...HEADERS.koperasi],
  ["K-01", "KMP Kelurahan Oebobo", "Oebobo", "Oebobo", "Kota Kupang", "P-01", "Tidak", "Ya", "", "", ""],
  ["K-02", "KMP Kelurahan Fatululi", "Fatululi", "Oebobo", "KOTA KUPANG", "P-01", "Tidak", "Ya", "", "", ""],
  ["k-01 ", "KMP Kelurahan Oebobo (lagi)", "Oebobo", "Oebobo", "kota  kupang", "P-01", "Tidak", "Ya", "", "", ""],
  ["K-03", "KMP Desa Baumata", "Baumata", "Taebenu", "Kupang", "p-02", "Tidak", "Ya", "", "", ""],
  ["K-04", "KMP Desa Oelnasi", "Oelnasi", "Kupang Tengah", "Kupang", "P-99", "Tidak", "Ya", "", "", ""],
  ["K-05", "KMP Desa Noelbaki", "Noelbaki", "Kupang Tengah", "Kupang", "P-99", "Tidak", "Ya", "", "", ""],
];
const PENDAMPING: CellValue[][] = [
  [...HEADERS.pendamping],
  ["P-01", "Yohanes Tefa", "", "Koperasi", "Kota Kupang", "Ya", ""],
  ["P-02", "Maria Bria", "", "Koperasi", "kupang", "Ya", ""],
];

/** A row typed into the response sheet under the form's own headers. */
function typeRow(driver: Driver, answers: Record<string, CellValue>, at: Date): void {
  const name = responseSheetName(driver);
  const header = values(driver, name)[0]!.map(String);
  paste(driver, name, [header.map((h, i) => (i === 0 ? at : answers[h] ?? ""))], values(driver, name).length + 1);
}

function nttWorkbook(): Driver {
  const driver = new Driver({ codePath: CODE, user: ADMIN, now: wita("2026-11-16T08:00:00") });
  driver.open();
  driver.clickMenu("Siapkan lembar kerja");
  paste(driver, "Pengaturan", [["NAMA_PROVINSI", "Nusa Tenggara Timur"]], 3);
  paste(driver, "Koperasi", KOPERASI);
  paste(driver, "Pendamping", PENDAMPING);
  driver.clickMenu("Buat / perbarui formulir");
  return driver;
}

describe("names and ids in two spellings", () => {
  it("make one kabupaten/kota and one cooperative, and every meeting of spellings is named", () => {
    const driver = nttWorkbook();
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    const alert = lastAlert(driver);
    expect(alert).toContain('Lembar Koperasi baris 3: kolom "Kabupaten/Kota" berisi "KOTA KUPANG", ejaan lain dari "Kota Kupang" (Koperasi baris 2); dihitung sama. Samakan penulisannya.');
    expect(alert).toContain('Lembar Koperasi baris 4: ID Koperasi "k-01" sudah dipakai di baris 2 (sebagai "K-01")');
    expect(alert).toContain('Lembar Pendamping baris 3: kolom "Kabupaten/Kota" berisi "kupang", ejaan lain dari "Kupang" (Koperasi baris 5)');
    expect(alert).toContain('Lembar Koperasi baris 5: kolom "ID Pendamping" berisi "p-02", ejaan lain dari "P-02" (Pendamping baris 3)');

    const ringkasan = values(driver, "Ringkasan");
    const top = ringkasan.findIndex((r) => r[0] === "Kabupaten/Kota");
    const end = ringkasan.findIndex((r) => r[0] === "TOTAL");
    expect(ringkasan.slice(top + 1, end + 1).map((r) => [r[0], r[1]])).toEqual([["Kota Kupang", 2], ["Kupang", 3], ["TOTAL", 5]]);
    expect(records(driver, "Status Koperasi").map((r) => r["ID Koperasi"])).toEqual(["K-01", "K-02", "K-03", "K-04", "K-05"]);
    expect(records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-03")?.["ID Pendamping"]).toBe("P-02");
  });

  it("a report typed as k-01 by p-01 counts for K-01, assigned to P-01, with no warning", () => {
    const driver = nttWorkbook();
    typeRow(driver, {
      "ID Pendamping": "p-01 ", "Kabupaten/Kota": "Kota Kupang", "Koperasi (Kota Kupang)": "k-01", "Tanggal Kunjungan": "16/11/2026",
      "Status Lahan": "Belum ada lahan", "Progres Fisik (%)": 0, "Tahap Pembangunan": "Belum mulai",
    }, wita("2026-11-16T07:00:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    const v = records(driver, "Validasi");
    expect(v.map((r) => [r["ID Koperasi"], r["ID Pendamping"], r.Status])).toEqual([["K-01", "P-01", "Valid"]]);
    expect(records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-01")?.["Laporan Terakhir"]).not.toBe("");
  });
});

describe("a cooperative assigned to a pendamping not in Pendamping (16.9)", () => {
  it("is reported once per unknown id with its rows and what to do", () => {
    const driver = nttWorkbook();
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(driver)).toContain(
      'Lembar Koperasi baris 6: kolom "ID Pendamping" berisi "P-99" (baris 6, 7), yang tidak ada di lembar Pendamping; '
      + "tambahkan pendamping itu atau perbaiki ID-nya.",
    );
    expect(String(lastLog(driver).Rincian)).toContain('"P-99" (baris 6, 7)');
  });
});
