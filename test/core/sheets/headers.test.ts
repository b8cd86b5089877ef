// Header matching: synonyms, any order, any case and spacing, extra columns ignored, missing reported.
import { matchColumns, nearHeaders } from "../../../src/core/sheets/headers";
import { KOPERASI_COLUMNS, KOPERASI_REQUIRED, PENDAMPING_COLUMNS, PENDAMPING_REQUIRED } from "../../../src/core/text/sheets";

describe("matchColumns", () => {
  it("finds the canonical headers in the default order", () => {
    const { index, missing } = matchColumns(
      ["ID Pendamping", "Nama", "Email", "Jenis", "Kabupaten/Kota", "Aktif", "No. HP"],
      PENDAMPING_COLUMNS, PENDAMPING_REQUIRED,
    );
    expect(index).toEqual({ id: 0, name: 1, email: 2, kind: 3, regency: 4, active: 5, phone: 6, inactiveSince: -1 });
    expect(missing).toEqual([]);
  });

  it("accepts synonyms, any order, any case and stray spaces, and ignores extra columns", () => {
    const { index, missing } = matchColumns(
      ["No", "  nama   KOPERASI ", "kabupaten", "Catatan Dinas", "KODE KOPERASI", "lintang", "Bujur", 42, ""],
      KOPERASI_COLUMNS, KOPERASI_REQUIRED,
    );
    expect(index.id).toBe(4);
    expect(index.name).toBe(1);
    expect(index.regency).toBe(2);
    expect(index.lat).toBe(5);
    expect(index.lon).toBe(6);
    expect(index.targetDay).toBe(-1);
    expect(missing).toEqual([]);
  });

  it("reports the required columns that are absent", () => {
    const { index, missing } = matchColumns(["Nama Koperasi", "Kecamatan"], KOPERASI_COLUMNS, KOPERASI_REQUIRED);
    expect(missing).toEqual(["id", "regency"]);
    expect(index.id).toBe(-1);
  });

  it("uses the first of two identical headers, and prefers the canonical name over a synonym", () => {
    const dup = matchColumns(["Nama", "ID Pendamping", "ID Pendamping"], PENDAMPING_COLUMNS, PENDAMPING_REQUIRED);
    expect(dup.index.id).toBe(1);
    const syn = matchColumns(["NIP", "Nama", "ID Pendamping"], PENDAMPING_COLUMNS, PENDAMPING_REQUIRED);
    expect(syn.index.id).toBe(2);
  });

  it("never gives one column to two keys", () => {
    const { index } = matchColumns(["Kota", "Kabupaten/Kota"], { a: ["Kabupaten/Kota", "Kota"], b: ["Kota"] }, []);
    expect(index).toEqual({ a: 1, b: 0 });
  });

  it("an empty header row has every required column missing", () => {
    expect(matchColumns([], PENDAMPING_COLUMNS, PENDAMPING_REQUIRED).missing).toEqual(["id", "name"]);
  });
});

describe("header variants (issue 16.5)", () => {
  it("ignores spaces around punctuation and a trailing note in brackets, and knows the agencies' synonyms", () => {
    const { index } = matchColumns(
      ["ID Koperasi", "Nama Koperasi", "Desa / Kelurahan", "Kec.", "Kab / Kota", "Target Selesai (tanggal)"],
      KOPERASI_COLUMNS, KOPERASI_REQUIRED,
    );
    expect([index.village, index.district, index.regency, index.targetDay]).toEqual([2, 3, 4, 5]);
  });

  it("names a header one or two letters off a column it could not find, and no other", () => {
    const header = ["ID Pendamping", "Nama", "Aktf", "Catatan", "Kabupatn/Kota"];
    const { index } = matchColumns(header, PENDAMPING_COLUMNS, PENDAMPING_REQUIRED);
    expect(nearHeaders(header, PENDAMPING_COLUMNS, index).map((n) => [n.column, n.key])).toEqual([[2, "active"], [4, "regency"]]);
  });
});
