// Reading the agency's Koperasi sheet: typed cells, synonyms, and row problems reported by row.
import type { CellValue } from "../../../src/core/model";
import { readKoperasi } from "../../../src/core/registry";
import { defaultSettings } from "../../../src/core/settings/defaults";
import { dayFromYmd } from "../../../src/core/time/localDay";
import { KOPERASI_HEADER, aKoperasiRow, witaDate } from "../../builders/sheetRows";

const settings = defaultSettings();

function read(rows: CellValue[][], header: CellValue[] = KOPERASI_HEADER) {
  return readKoperasi([header, ...rows], settings);
}

describe("readKoperasi", () => {
  it("reads a row into a typed cooperative with its sheet row", () => {
    const { items, issues } = read([aKoperasiRow()]);
    expect(issues).toEqual([]);
    expect(items).toEqual([{
      id: "K-0001", name: "KDKMP Gerung Utara", village: "Gerung Utara", district: "Gerung", regency: "Lombok Barat",
      pendampingId: "P001", pilot: true, inPortal: false, lat: -8.65, lon: 116.12,
      targetDay: dayFromYmd(2026, 12, 31), row: 2,
    }]);
  });

  it("reads headers by synonym in any order, ignoring extra columns", () => {
    const header = ["Catatan", "kabupaten/kota", "Kode Koperasi", "NAMA KOPERASI", "Lintang", "Bujur"];
    const { items, issues } = read([["lama", "Dompu", " K-7 ", "KDKMP Kempo", "-8,65", "118,2"]], header);
    expect(issues).toEqual([]);
    expect(items[0]).toMatchObject({ id: "K-7", name: "KDKMP Kempo", regency: "Dompu", lat: -8.65, lon: 118.2 });
    expect(items[0]).toMatchObject({ village: "", pendampingId: "", pilot: false, inPortal: false, targetDay: null });
  });

  it("reports a missing required column by its name and reads nothing", () => {
    const { items, issues } = read([["KDKMP", "Dompu"]], ["Nama Koperasi", "Kabupaten/Kota"]);
    expect(items).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "MISSING_COLUMN", sheet: "Koperasi", row: null });
    expect(issues[0]!.message).toContain('kolom "ID Koperasi" tidak ditemukan');
  });

  it("keeps the first row of a repeated id and reports the later row", () => {
    const rows = [aKoperasiRow({ id: "K-0012", name: "Pertama" })];
    for (let i = 0; i < 4; i++) rows.push(aKoperasiRow({ id: `K-10${i}` }));
    rows.push(aKoperasiRow({ id: "K-0012", name: "Kedua" }));
    const { items, issues } = read(rows);
    expect(items.filter((k) => k.id === "K-0012").map((k) => k.name)).toEqual(["Pertama"]);
    expect(issues).toEqual([{
      code: "DUPLICATE_ID", sheet: "Koperasi", row: 7,
      message: expect.stringContaining(
        'Lembar Koperasi baris 7: ID Koperasi "K-0012" sudah dipakai di baris 2; setiap koperasi harus punya ID sendiri.',
      ),
    }]);
  });

  it("skips and reports a row with a blank required cell; skips fully blank rows silently", () => {
    const { items, issues } = read([
      aKoperasiRow({ id: "K-1" }),
      ["", "", "", "", "", "", "", "", "", "", ""],
      aKoperasiRow({ id: "K-2", name: "  " }),
      aKoperasiRow({ id: "", regency: "" }),
      [],
    ]);
    expect(items.map((k) => k.id)).toEqual(["K-1"]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([["BLANK_REQUIRED", 4], ["BLANK_REQUIRED", 5], ["BLANK_REQUIRED", 5]]);
    expect(issues[0]!.message).toBe(
      'Lembar Koperasi baris 4: kolom "Nama Koperasi" kosong; isi kolom itu. Baris ini diabaikan sampai diisi.',
    );
  });

  it("a row filled only in a column it does not read is a blank row", () => {
    const { items, issues } = read([["1", ""]], ["No", "ID Koperasi", "Nama Koperasi", "Kabupaten/Kota"]);
    expect(items).toEqual([]);
    expect(issues).toEqual([]);
  });

  it("ids typed as numbers become their text", () => {
    const { items } = read([aKoperasiRow({ id: 5201012 }), aKoperasiRow({ id: 12.0, pendampingId: 77 })]);
    expect(items.map((k) => [k.id, k.pendampingId])).toEqual([["5201012", "P001"], ["12", "77"]]);
  });

  it.each<[CellValue, boolean]>([
    ["Ya", true], ["ya", true], [" YA ", true], ["y", true], ["yes", true], ["true", true], [true, true], ["1", true],
    [1, true], ["Tidak", false], ["tidak", false], ["no", false], [false, false], [0, false], ["", false],
  ])("Percontohan %j is %s", (cell, expected) => {
    const { items, issues } = read([aKoperasiRow({ pilot: cell })]);
    expect(items[0]!.pilot).toBe(expected);
    expect(issues).toEqual([]);
  });

  it("an unreadable Ya/Tidak, coordinate or date keeps the row and warns with BAD_VALUE", () => {
    const { items, issues } = read([aKoperasiRow({ inPortal: "mungkin", lat: "selatan", lon: 400, targetDay: "akhir tahun" })]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ inPortal: false, lat: null, lon: null, targetDay: null });
    expect(issues.map((i) => i.code)).toEqual(["BAD_VALUE", "BAD_VALUE", "BAD_VALUE", "BAD_VALUE"]);
    expect(issues.every((i) => i.row === 2)).toBe(true);
    expect(issues[0]!.message).toContain('kolom "Masuk Portal" berisi "mungkin"; isi dengan Ya atau Tidak');
    expect(issues[3]!.message).toContain("dd/MM/yyyy");
  });

  it("reads Target Selesai from a date cell as its day in the settings' time zone, or from text", () => {
    const late = witaDate(2026, 11, 21, 23, 30);
    const { items } = read([
      aKoperasiRow({ id: "A", targetDay: late }),
      aKoperasiRow({ id: "B", targetDay: "1/6/2026" }),
      aKoperasiRow({ id: "C", targetDay: "2026-06-30" }),
      aKoperasiRow({ id: "D", targetDay: "" }),
    ]);
    expect(items.map((k) => k.targetDay)).toEqual([
      dayFromYmd(2026, 11, 21), dayFromYmd(2026, 6, 1), dayFromYmd(2026, 6, 30), null,
    ]);
  });

  it("uses the overridden sheet name in messages and changes nothing it read", () => {
    const values = [KOPERASI_HEADER, aKoperasiRow(), aKoperasiRow()];
    const copy = JSON.parse(JSON.stringify(values));
    const renamed = { ...settings, sheetNames: { ...settings.sheetNames, koperasi: "Data KDKMP" } };
    const { issues } = readKoperasi(values, renamed);
    expect(issues[0]!.message).toMatch(/^Lembar Data KDKMP baris 3:/);
    expect(JSON.parse(JSON.stringify(values))).toEqual(copy);
  });

  it("a sheet with only a header, or nothing at all, reads as empty", () => {
    expect(read([])).toEqual({ items: [], issues: [] });
    expect(readKoperasi([], settings).issues.map((i) => i.code)).toEqual(["MISSING_COLUMN", "MISSING_COLUMN", "MISSING_COLUMN"]);
  });
});
