// Issue 14, through dist/Code.js: the programme funnel. The three new questions answered through the form
// (a checkbox answer lands as comma-joined text), older rows without them, the funnel columns of
// Status Koperasi, Ringkasan and Riwayat, an old narrow Riwayat sheet kept working, and ZONA_HANYA_PORTAL.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { agencyWorkbook, dialogs, records, report, setSetting, sheetFake, values, wita } from "./agency";

/** Ringkasan's TOTAL row by header (the chart data beside the table repeat some headers). */
function total(driver: Driver): Record<string, CellValue> {
  const rows = values(driver, "Ringkasan");
  const header = rows[0]!;
  const row = rows.find((r) => r[0] === "TOTAL")!;
  const end = header.indexOf("");
  return Object.fromEntries(header.slice(0, end < 0 ? header.length : end).map((h, i) => [String(h), row[i]!]));
}

const FIELD = { "Sumber Data": "Kunjungan lapangan" };

/** Two days in the province: K-01 (in the portal) building with obstacles, K-04 (outside) with no land. */
function twoDays(): Driver {
  const driver = agencyWorkbook();
  driver.clickMenu("Buat / perbarui formulir");
  // An older row: the form had no funnel questions yet (typed without them).
  driver.submitForm(report("K-02", "2026-11-15", 0, { land: "Belum ada lahan", stage: "Belum mulai" }), wita("2026-11-15T17:00:00"));
  driver.submitForm({ ...report("K-01", "2026-11-16", 20, { stage: "Pondasi", photo: "https://drive.google.com/k01" }),
    "Jenis Kendala": ["Material", "Cuaca"], ...FIELD, "Gerai Beroperasi": "Tidak" } as never, wita("2026-11-16T17:00:00"));
  driver.runtime.clock.set(wita("2026-11-17T10:00:00").getTime());
  driver.clickMenu("Perbarui status & ringkasan");
  return driver;
}

describe("the programme funnel in the sheets", () => {
  const driver = twoDays();
  const status = Object.fromEntries(records(driver, "Status Koperasi").map((r) => [r["ID Koperasi"], r]));

  it("Status Koperasi shows Tahap Program, the latest obstacles and photo link", () => {
    expect(status["K-01"]).toMatchObject({
      "Tahap Program": "Mulai Dibangun", "Kendala Utama": "Material, Cuaca", "Tautan Foto": "https://drive.google.com/k01",
    });
    // The older row without the new answers stays valid and counts.
    expect(status["K-02"]).toMatchObject({ "Tahap Program": "Berbadan Hukum", "Kendala Utama": "", "Status Lahan": "Belum ada lahan" });
    expect(records(driver, "Validasi").map((r) => r.Status)).toEqual(["Valid", "Valid"]);
  });

  it("Ringkasan's TOTAL gives the funnel after Masuk Portal", () => {
    expect(total(driver)).toMatchObject({ "Jumlah Koperasi": 5, "Masuk Portal": 1, "Mulai Dibangun": 1, Beroperasi: 0, Terkendala: 1 });
    expect(values(driver, "Ringkasan")[0]!.slice(10, 14)).toEqual(["Masuk Portal", "Mulai Dibangun", "Beroperasi", "Terkendala"]);
  });

  it("Riwayat keeps the SPEC columns first, then the funnel series", () => {
    const header = values(driver, "Riwayat")[0];
    expect(header).toEqual(["Tanggal", "Kabupaten/Kota", "Hijau", "Kuning", "Merah", "Rata-rata Progres (%)",
      "Mulai Dibangun", "Selesai", "Beroperasi", "Terkendala"]);
  });

  it("the WhatsApp text opens with the funnel", () => {
    driver.clickMenu("Salin ringkasan untuk WhatsApp");
    const html = dialogs(driver).at(-1)!.html;
    expect(html).toContain("5 koperasi berbadan hukum, 1 masuk portal, 1 mulai dibangun, 0 selesai, 0 beroperasi; 1 terkendala.");
    expect(html.indexOf("berbadan hukum")).toBeLessThan(html.indexOf("Hijau"));
  });
});

describe("an old Riwayat sheet (the SPEC's 6 columns only)", () => {
  const driver = twoDays();
  const riwayat = sheetFake(driver, "Riwayat");
  // As an older version left it: 6 columns, yesterday's rows without the funnel.
  riwayat.deleteColumns(7, riwayat.__grid.maxCols - 6);
  driver.runtime.clock.set(wita("2026-11-18T10:00:00").getTime());
  driver.newExecution();
  driver.submitForm({ ...report("K-01", "2026-11-18", 30, { stage: "Pondasi" }), "Jenis Kendala": ["Tidak ada"], ...FIELD } as never,
    wita("2026-11-18T09:00:00"));
  driver.clickMenu("Perbarui status & ringkasan");

  it("gains the funnel columns with the next day's rows; the old rows are kept as they were", () => {
    const rows = values(driver, "Riwayat");
    expect(rows[0]!.slice(6)).toEqual(["Mulai Dibangun", "Selesai", "Beroperasi", "Terkendala"]);
    const days = rows.slice(1).map((r) => [r[1], r[6]]);
    expect(days).toEqual([["Lombok Barat", ""], ["Lombok Tengah", ""], ["Lombok Barat", 1], ["Lombok Tengah", 0]]);
  });

  it("the trend on Ringkasan shows construction per day, blank where the series did not exist yet", () => {
    const rk = values(driver, "Ringkasan");
    const at = rk.findIndex((r) => r.includes("Tanggal"));
    const col = rk[at]!.indexOf("Tanggal");
    expect(rk[at]!.slice(col, col + 6)).toEqual(["Tanggal", "Hijau", "Kuning", "Merah", "Mulai Dibangun", "Selesai"]);
    expect(rk.slice(at + 1, at + 3).map((r) => r.slice(col + 4, col + 6))).toEqual([["", ""], [1, 0]]);
  });
});

describe("ZONA_HANYA_PORTAL = Ya", () => {
  const driver = twoDays();
  setSetting(driver, "ZONA_HANYA_PORTAL", "Ya");
  driver.clickMenu("Perbarui status & ringkasan");
  const status = Object.fromEntries(records(driver, "Status Koperasi").map((r) => [r["ID Koperasi"], r]));

  it("gives BELUM PORTAL (with its land rules) to the cooperatives outside the portal, in its colour", () => {
    expect(status["K-02"]).toMatchObject({ Zona: "BELUM PORTAL", "Alasan Zona": "Belum masuk portal. Belum ada lahan." });
    expect(status["K-03"]).toMatchObject({ Zona: "BELUM PORTAL", "Alasan Zona": "Belum masuk portal" });
    const zonaCol = values(driver, "Status Koperasi")[0]!.indexOf("Zona");
    const row = records(driver, "Status Koperasi").findIndex((r) => r["ID Koperasi"] === "K-02") + 2;
    expect(sheetFake(driver, "Status Koperasi").getRange(row, zonaCol + 1).getBackground()).toBe("#e8eaed");
  });

  it("counts them in Belum Portal only, and leaves them out of Tindak Lanjut", () => {
    const t = total(driver);
    expect([t.Hijau, t.Kuning, t.Merah, t["Belum Portal"]]).toEqual([1, 0, 0, 4]);
    const listed = values(driver, "Tindak Lanjut").map((r) => r[1]);
    for (const id of ["K-02", "K-03", "K-04", "K-05"]) expect(listed).not.toContain(id);
  });
});
