// `Status Koperasi` and `Percontohan` tables from the hand-computed workbook.
import { STATUS_ZONA_COLUMN, statusRow, statusTable } from "../../../src/core/summaries/status";
import { percontohanTable } from "../../../src/core/summaries/percontohan";
import { HEADERS } from "../../../src/core/text/sheets";
import { dateOf } from "../../builders/summaries";
import { settings, statuses, T } from "../../builders/summaryWorkbook";

describe("statusTable", () => {
  const table = statusTable(statuses, settings, T);

  it("has the exact headers, one row per cooperative in registry order", () => {
    expect(table.headers).toEqual(HEADERS.statusKoperasi);
    expect(table.rows.map((r) => r[0])).toEqual(["K1", "K2", "K3", "K4", "K5", "K6"]);
    expect(table.numberFormats).toHaveLength(table.headers.length);
  });

  it("fills every cell of a reported cooperative", () => {
    expect(table.rows[1]).toEqual([
      "K2", "KDKMP Sakra", "Sakra", "Gerung", "Lombok Timur", "P01", "Ya", "Proses (usulan/verifikasi)", 10,
      "Persiapan lahan", dateOf(T - 9), 9, "MERAH",
      "Tidak ada laporan sah selama 9 hari (batas merah 7 hari). Lahan masih dalam proses (usulan/verifikasi).",
      "Mulai Dibangun", "", "",
    ]);
  });

  it("leaves report cells blank for a never-reported cooperative", () => {
    expect(table.rows[2]).toEqual([
      "K3", "=HYPERLINK(\"x\")", "Selong", "Gerung", "Lombok Timur", "P01", "Tidak", "", "", "", "", "", "MERAH",
      "Belum pernah ada laporan sah (Valid/Peringatan).", "Masuk Portal", "", "",
    ]);
  });

  it("gives a finished cooperative HIJAU with no reason", () => {
    expect(table.rows[3]!.slice(6)).toEqual([
      "Ya", "Siap bangun (clear & clean)", 100, "Selesai", dateOf(T - 5), 5, "HIJAU", "", "Beroperasi", "", "",
    ]);
  });

  it("shows the funnel step, the latest obstacles and the photo link (SPEC section 8)", () => {
    const at = (h: string) => HEADERS.statusKoperasi.indexOf(h as never);
    expect(HEADERS.statusKoperasi.slice(-3)).toEqual(["Tahap Program", "Kendala Utama", "Tautan Foto"]);
    expect(table.rows[0]![at("Tahap Program")]).toBe("Mulai Dibangun");
    expect(table.rows[0]![at("Kendala Utama")]).toBe("Material, Cuaca");
    expect(table.rows[0]![at("Tautan Foto")]).toBe("https://drive.google.com/k1");
    for (const h of ["Tahap Program", "Kendala Utama", "Tautan Foto"]) expect(table.numberFormats[at(h)]).toBe("@");
  });

  it("colours only the Zona cell, and keeps text columns as plain text", () => {
    expect(table.backgrounds![1]![STATUS_ZONA_COLUMN]).toBe(settings.colors.MERAH);
    expect(table.backgrounds![0]![STATUS_ZONA_COLUMN]).toBe(settings.colors.HIJAU);
    expect(table.backgrounds![4]![STATUS_ZONA_COLUMN]).toBe(settings.colors.KUNING);
    expect(table.backgrounds![1]!.filter((c) => c !== null)).toHaveLength(1);
    expect(HEADERS.statusKoperasi[STATUS_ZONA_COLUMN]).toBe("Zona");
    for (const h of ["ID Koperasi", "Nama Koperasi", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "ID Pendamping", "Alasan Zona"]) {
      expect(table.numberFormats[HEADERS.statusKoperasi.indexOf(h as never)]).toBe("@");
    }
    expect(table.numberFormats[HEADERS.statusKoperasi.indexOf("Laporan Terakhir")]).toBe("dd/MM/yyyy");
  });

  it("statusRow gives the same row the table holds (for the form-submit path)", () => {
    expect(statusRow(statuses[4]!, settings, T)).toEqual(table.rows[4]);
  });

  it("dates are local midnight in the settings' time zone", () => {
    expect((table.rows[0]![10] as Date).toISOString()).toBe("2026-11-18T16:00:00.000Z");
  });
});

describe("percontohanTable", () => {
  it("holds the pilot cooperatives grouped by kabupaten/kota, sorted", () => {
    const { table, groups } = percontohanTable(statuses, settings, T);
    expect(table.headers).toEqual(HEADERS.percontohan);
    expect(table.rows.map((r) => r[0])).toEqual(["K4", "K6", "K1", "K2"]);
    expect(groups).toEqual([
      { regency: "Kota Mataram", startRow: 0, count: 2 },
      { regency: "Lombok Timur", startRow: 2, count: 2 },
    ]);
    expect(table.rows[0]).toEqual(statusRow(statuses[3]!, settings, T));
    expect(table.backgrounds![1]![STATUS_ZONA_COLUMN]).toBe(settings.colors.MERAH);
  });
});
