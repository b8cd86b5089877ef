// Issue 16.6, through dist/Code.js: form responses that sit in an unlinked "Form Responses 1" or
// "Jawaban Formulir 1" (an exported copy, a form made by hand) are found by their header and validated,
// with a note saying so; a look-alike sheet whose header does not match stops the run naming LEMBAR_LAPORAN.
import type { CellValue } from "../../src/core/model";
import { ADMIN, CODE, koperasiRows, lastAlert, lastLog, paste, PENDAMPING, records, wita } from "./agency";
import { Driver } from "../../runtime/driver";

const HEADER = [
  "Timestamp", "ID Pendamping", "Kabupaten/Kota", "Koperasi (Lombok Barat)", "Koperasi (Lombok Tengah)", "Tanggal Kunjungan",
  "Status Lahan", "Luas Lahan (m²)", "Progres Fisik (%)", "Tahap Pembangunan", "Kendala", "Tautan Foto", "Koordinat",
];
const ROWS: CellValue[][] = [
  [wita("2026-11-16T17:00:00"), "P-01 — Baiq Nurul", "Lombok Barat", "K-01 — KMP Desa Gerung (Gerung)", "", "16/11/2026", "Siap bangun (clear & clean)", "", 10, "Persiapan lahan", "", "", ""],
  [wita("2026-11-16T18:00:00"), "P-02 — Lalu Ahmad", "Lombok Tengah", "", "K-04 — KMP Desa Praya (Praya)", "16/11/2026", "Siap bangun (clear & clean)", "", 5, "Persiapan lahan", "", "", ""],
];

function imported(sheetName: string, header: CellValue[]): Driver {
  const driver = new Driver({ codePath: CODE, user: ADMIN, now: wita("2026-11-17T08:00:00") });
  driver.open();
  driver.clickMenu("Siapkan lembar kerja");
  paste(driver, "Koperasi", koperasiRows());
  paste(driver, "Pendamping", PENDAMPING);
  driver.spreadsheet.insertSheet(sheetName);
  paste(driver, sheetName, [header, ...ROWS]);
  return driver;
}

describe("an unlinked response sheet", () => {
  it.each(["Form Responses 1", "Jawaban Formulir 1"])("%s is found by its header and its rows validated", (name) => {
    const driver = imported(name, HEADER);
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    expect(records(driver, "Validasi").map((r) => [r.Baris, r["ID Koperasi"], r.Status])).toEqual([[2, "K-01", "Valid"], [3, "K-04", "Valid"]]);
    expect(records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-01")?.["Progres Fisik (%)"]).toBe(10);
    expect(lastAlert(driver)).toContain(`Jawaban formulir dibaca dari lembar "${name}", dikenali dari judul kolomnya`);
    expect(String(lastLog(driver).Rincian)).toContain("LEMBAR_LAPORAN");
  });

  it("whose header lacks a question stops the run, names the sheet, the question and LEMBAR_LAPORAN, and writes nothing", () => {
    const driver = imported("Form Responses 1", HEADER.map((h) => (h === "Progres Fisik (%)" ? "Progres (%)" : h)));
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Gagal");
    const alert = lastAlert(driver);
    expect(alert).toContain('Lembar "Form Responses 1" tampak seperti lembar jawaban formulir');
    expect(alert).toContain("Progres Fisik (%)");
    expect(alert).toContain("LEMBAR_LAPORAN");
    expect(records(driver, "Status Koperasi")).toEqual([]);
  });

  it("named in LEMBAR_LAPORAN is preferred over another matching sheet", () => {
    const driver = imported("Form Responses 1", HEADER);
    driver.spreadsheet.insertSheet("Salinan Jawaban");
    paste(driver, "Salinan Jawaban", [HEADER, ROWS[0]!]);
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Gagal");
    expect(lastAlert(driver)).toContain('Beberapa lembar berisi jawaban formulir yang tidak terhubung: "Form Responses 1", "Salinan Jawaban"');

    const settings = records(driver, "Pengaturan");
    paste(driver, "Pengaturan", [["LEMBAR_LAPORAN", "Form Responses 1"]], settings.findIndex((r) => r.Kunci === "LEMBAR_LAPORAN") + 2);
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    expect(records(driver, "Validasi")).toHaveLength(2);
  });
});
