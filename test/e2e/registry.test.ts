// Issue 3 (e), through dist/Code.js: the agency's own `Koperasi` and `Pendamping` sheets are read as
// they are (any column order, synonyms, extra columns); problems are reported by row in Indonesian;
// and no action ever changes what the agency typed there.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import {
  ADMIN, CODE, PENDAMPING, agencyWorkbook, lastAlert, lastLog, paste, records, report, snapshot, values, wita,
} from "./agency";
import { Driver as RuntimeDriver } from "../../runtime/driver";

const OUTPUTS = ["Validasi", "Status Koperasi", "Ringkasan", "Kepatuhan Pendamping", "Tindak Lanjut", "Percontohan", "Riwayat"];

/** The registry as an agency really keeps it: own column order, synonyms, an extra column, mistakes. */
const MESSY_KOPERASI: CellValue[][] = [
  [" kode koperasi ", "Kabupaten", "NAMA KOPERASI", "Catatan kantor", "Desa", "Kecamatan", "ID Pendamping", "Percontohan", "Masuk Portal", "Lintang", "Bujur"],
  ["K-01", "Lombok Barat", "KMP Desa Gerung", "cek lahan minggu depan", "Gerung", "Gerung", "P-01", "ya", "Ya", -8.68, 116.12],
  ["K-02", "Lombok Barat", "KMP Desa Kuripan", "", "Kuripan", "Kuripan", "P-01", "Tidak", "tidak", "", ""],
  ["K-03", "Lombok Barat", "KMP Desa Labuapi", "", "Labuapi", "Labuapi", "P-01", "", "", "", ""],
  ["K-04", "Lombok Tengah", "KMP Desa Praya", "+62 lahan: 25 x 40 m", "Praya", "Praya", "P-02", "Ya", "", -8.7, 116.27],
  ["K-05", "Lombok Tengah", "KMP Desa Jonggat", "", "Jonggat", "Jonggat", "P-02", "", "", "", ""],
  ["K-02", "Lombok Barat", "KMP Desa Kuripan (dobel)", "", "Kuripan", "Kuripan", "P-01", "", "", "", ""],
  ["K-07", "Lombok Tengah", "", "nama belum diisi", "Pujut", "Pujut", "P-02", "", "", "", ""],
  ["", "", "", "baris catatan saja", "", "", "", "", "", "", ""],
  ["K-08", "", "KMP Desa Kopang", "", "Kopang", "Kopang", "P-02", "", "", "", ""],
];
const MESSY_PENDAMPING: CellValue[][] = [
  ["NIP", "Nama Pendamping", "No HP", "Aktif", "Kabupaten/Kota", "Jenis", "E-mail"],
  ["P-01", "Baiq Nurul", "081234567801", "Ya", "Lombok Barat", "Koperasi", "nurul@example.id"],
  ["P-02", "Lalu Ahmad", "081234567802", "", "Lombok Tengah", "Koperasi", "ahmad@example.id"],
  ["P-03", "Made Wirawan", "081234567803", "Tidak", "Lombok Tengah", "UKM", "made@example.id"],
  ["P-01", "Baiq Nurul lagi", "", "Ya", "", "", ""],
  ["P-04", "", "", "Ya", "", "", ""],
];

function messyWorkbook(): Driver {
  const driver = new RuntimeDriver({ codePath: CODE, user: ADMIN, now: wita("2026-11-16T08:00:00") });
  driver.open();
  driver.clickMenu("Siapkan lembar kerja");
  for (const name of ["Koperasi", "Pendamping"]) (driver.spreadsheet as any).__sheet(name).clear();
  paste(driver, "Koperasi", MESSY_KOPERASI);
  paste(driver, "Pendamping", MESSY_PENDAMPING);
  return driver;
}

describe("the agency's registry as it is", () => {
  it("is read in its own column order with synonyms, and every row problem is reported by row", () => {
    const driver = messyWorkbook();
    driver.clickMenu("Buat / perbarui formulir");
    driver.clickMenu("Pasang pemicu otomatis");
    driver.submitForm(report("K-04", "2026-11-16", 5), wita("2026-11-16T17:00:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    const alert = lastAlert(driver);
    expect(alert).toMatch(/Lembar Koperasi baris 7: ID Koperasi "K-02" sudah dipakai di baris 3/);
    expect(alert).toMatch(/Lembar Koperasi baris 8: kolom "Nama Koperasi" kosong/);
    expect(alert).toMatch(/Lembar Koperasi baris 10: kolom "Kabupaten\/Kota" kosong/);
    expect(alert).toMatch(/Lembar Pendamping baris 5: ID Pendamping "P-01" sudah dipakai di baris 2/);
    expect(alert).toMatch(/Lembar Pendamping baris 6: kolom "Nama" kosong/);
    expect(alert).not.toMatch(/baris 9/); // a line with only a note is no cooperative, and no problem
    expect(String(lastLog(driver).Rincian)).toContain("baris 7");

    const status = records(driver, "Status Koperasi");
    expect(status.map((r) => r["ID Koperasi"])).toEqual(["K-01", "K-02", "K-03", "K-04", "K-05"]);
    expect(status.find((r) => r["ID Koperasi"] === "K-02")?.["Nama Koperasi"]).toBe("KMP Desa Kuripan"); // the first row wins
    expect(status.find((r) => r["ID Koperasi"] === "K-04")?.["Progres Fisik (%)"]).toBe(5);
    expect(records(driver, "Percontohan").map((r) => r["ID Koperasi"])).toEqual(["K-01", "K-04"]);
    // Aktif left blank means Ya; Tidak is left out.
    expect(records(driver, "Kepatuhan Pendamping").map((r) => r["ID Pendamping"])).toEqual(["P-01", "P-02"]);
  });

  it("a missing required column stops the action, names the column and the sheet, and changes nothing", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    const before = snapshot(driver, OUTPUTS);
    paste(driver, "Koperasi", [["ID Koperasi", "Nama"]]); // someone shortened a header
    driver.runtime.clock.set(wita("2026-11-17T09:00:00").getTime());
    driver.clickMenu("Perbarui status & ringkasan");
    const alert = lastAlert(driver);
    expect(alert).toMatch(/Lembar "Koperasi" tidak punya kolom wajib: "Nama Koperasi"\./);
    expect(alert).toMatch(/versi sebelumnya tetap utuh/);
    expect(lastLog(driver).Hasil).toBe("Gagal");
    expect(snapshot(driver, OUTPUTS)).toEqual(before);
    // The form sync stops as well, before the form is touched.
    driver.clickMenu("Buat / perbarui formulir");
    expect(lastAlert(driver)).toContain('"Nama Koperasi"');
  });
});

describe("nothing the agency typed is changed", () => {
  it("by any menu item or trigger", () => {
    const driver = messyWorkbook();
    const sheet = (n: string) => (driver.spreadsheet as any).__sheet(n);
    const typed = (): Record<string, unknown> => ({
      ...snapshot(driver, ["Koperasi", "Pendamping"]),
      formats: ["Koperasi", "Pendamping"].map((n) => [sheet(n).__numberFormats(), sheet(n).__backgrounds(), sheet(n).__fontWeights()]),
    });
    const original = typed();
    expect(original.Koperasi).toEqual(MESSY_KOPERASI);
    const steps: Array<[string, () => void]> = [
      ["Buat / perbarui formulir", () => driver.clickMenu("Buat / perbarui formulir")],
      ["Pasang pemicu otomatis", () => driver.clickMenu("Pasang pemicu otomatis")],
      ["submit", () => void driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"))],
      ["Validasi laporan baru", () => driver.clickMenu("Validasi laporan baru")],
      ["Validasi ulang semua laporan", () => driver.clickMenu("Validasi ulang semua laporan")],
      ["Perbarui status & ringkasan", () => driver.clickMenu("Perbarui status & ringkasan")],
      ["hourly 06", () => void driver.fireTimeTriggers(wita("2026-11-17T06:00:00"))],
      ["hourly 10", () => void driver.fireTimeTriggers(wita("2026-11-17T10:00:00"))],
      ["Salin ringkasan untuk WhatsApp", () => driver.clickMenu("Salin ringkasan untuk WhatsApp")],
      ["Bantuan", () => driver.clickMenu("Bantuan")],
      ["Siapkan lembar kerja", () => driver.clickMenu("Siapkan lembar kerja")],
      ["Hapus pemicu otomatis", () => driver.clickMenu("Hapus pemicu otomatis")],
    ];
    for (const [name, step] of steps) {
      driver.newExecution();
      step();
      expect({ name, ...typed() }).toEqual({ name, ...original });
    }
    // Formats too: the note that looks like a formula is still text, never evaluated.
    expect(values(driver, "Koperasi")[4]![3]).toBe("+62 lahan: 25 x 40 m");
    expect(PENDAMPING).toHaveLength(4); // the shared fixture itself was not touched
  });
});
