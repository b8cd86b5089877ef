// The `Provinsi` sheet and a province's sheets as the roll-up reads them (pure core).
import { readProvinceList, spreadsheetIdOf } from "../../../src/core/national/provinces";
import { readProvinceData, weightedProgress } from "../../../src/core/national/provinceData";
import { readNationalSettings } from "../../../src/core/national/settings";

const TZ = "Asia/Jakarta";
const RINGKASAN = ["Kabupaten/Kota", "Jumlah Koperasi", "Sudah Melapor", "Hijau", "Kuning", "Merah", "Rata-rata Progres (%)"];
const RIWAYAT = [["Tanggal", "Kabupaten/Kota", "Hijau", "Kuning", "Merah"]];

describe("the Provinsi sheet", () => {
  it("takes an id or a pasted URL, and names every row it cannot use", () => {
    const list = readProvinceList([
      ["Provinsi", "ID Spreadsheet", "Status"],
      ["Bali", "https://docs.google.com/spreadsheets/d/1Bali_x-9/edit#gid=0", "old"],
      ["", "", ""],
      ["NTB", "1Bali_x-9", ""],
      ["NTT", "", ""],
      ["", "1Orphan", ""],
      ["Aceh", "bukan id!", ""],
    ], TZ);
    expect(list.statusCol).toBe(2);
    expect(list.entries.map((e) => [e.row, e.id, e.problem?.slice(0, 30) ?? null])).toEqual([
      [2, "1Bali_x-9", null],
      [4, null, "ID Spreadsheet sama dengan bar"],
      [5, null, "ID Spreadsheet kosong; tempel "],
      [6, null, "kolom Provinsi kosong; isi nam"],
      [7, null, "ID Spreadsheet \"bukan id!\" tid"],
    ]);
    expect(spreadsheetIdOf("https://docs.google.com/spreadsheets/d/abc/edit")).toBe("abc");
  });

  it("reports the required columns it lacks and where a Status column would go", () => {
    const list = readProvinceList([["Nama", "ID Spreadsheet", "Catatan"]], TZ);
    expect(list.missing).toEqual(["Provinsi"]);
    expect(readProvinceList([["Provinsi", "ID Spreadsheet", "Catatan"]], TZ)).toMatchObject({ statusCol: -1, headerWidth: 3 });
  });
});

describe("a province's Ringkasan and Riwayat", () => {
  it("reads the table by header up to TOTAL, ignoring the chart data to its right, and lists absent columns", () => {
    const result = readProvinceData([
      [...RINGKASAN, "", "Kabupaten/Kota", "Hijau"],
      ["Bima", 10, 4, 5, 3, 2, 50, "", "Bima", 99],
      ["Dompu", 6, 2, 1, 1, 4, "", "", "Dompu", 99],
      ["TOTAL", 16, 6, 6, 4, 6, 40, "", "", ""],
      ["", "", "", "", "", "", "", "", "", ""],
      ["Diperbarui: 20/11/2026 06:00"],
    ], RIWAYAT, TZ);
    if (!result.ok) throw new Error(result.problem);
    expect(result.data.regencies.map((r) => [r.regency, r.figures.green, r.figures.progress])).toEqual([["Bima", 5, 50], ["Dompu", 1, null]]);
    expect(result.data.total.figures.coops).toBe(16);
    expect(result.data.missing).toEqual(["inPortal", "started", "finished", "operating", "constrained"]);
    expect(result.data.latest).toBeNull();
  });

  it("sums the latest Riwayat day only; a text figure is left blank and named", () => {
    const jan = (d: number) => new Date(Date.UTC(2026, 0, d) - 8 * 3_600_000); // WITA midnights
    const result = readProvinceData([RINGKASAN, ["Bima", "sepuluh", 4, 5, 3, 2, 50]], [
      ...RIWAYAT, [jan(2), "Bima", 5, 3, 2], [jan(3), "Bima", 4, 4, 2], [jan(3), "Dompu", 1, 1, 1], [jan(1), "Bima", 9, 0, 0],
    ], TZ);
    if (!result.ok) throw new Error(result.problem);
    expect(result.data.latest).toMatchObject({ green: 5, yellow: 5, red: 3 });
    expect(result.data.regencies[0]!.figures.coops).toBeNull();
    expect(result.data.unreadable).toEqual(["Ringkasan!B2"]);
  });

  it("says which sheet or column a malformed workbook lacks", () => {
    expect(readProvinceData(null, RIWAYAT, TZ)).toMatchObject({ ok: false, problem: expect.stringContaining('lembar "Ringkasan" tidak ada') });
    expect(readProvinceData([RINGKASAN], [["Tanggal", "Hijau"]], TZ)).toMatchObject({ ok: false, problem: expect.stringContaining("Kuning, Merah") });
    expect(readProvinceData([RINGKASAN], RIWAYAT, TZ)).toMatchObject({ ok: false, problem: expect.stringContaining("belum berisi baris") });
  });

  it("weights each mean progress by the cooperatives that reported, and gives up when a weight is unknown", () => {
    const row = (progress: number | null, reported: number | null) => ({ regency: "x", reported, figures: { progress } as never });
    expect(weightedProgress([row(50, 1), row(20, 3), row(null, 0)])).toBe(27.5);
    expect(weightedProgress([row(50, 1), row(20, null)])).toBeNull();
  });
});

describe("the national Pengaturan", () => {
  it("defaults to WIB and 08.00, and names a bad value with what it expects", () => {
    expect(readNationalSettings([])).toEqual({ ok: true, settings: { timeZone: "Asia/Jakarta", rollupHour: 8 }, unknownKeys: [] });
    expect(readNationalSettings([["JAM_PERBARUI", "jam 9"], ["LAIN", "x"]])).toEqual({
      ok: false, errors: ['Pengaturan JAM_PERBARUI bernilai "jam 9", padahal harus jam bilangan bulat 0 sampai 23, misalnya 8.'],
    });
  });
});
