// Reading the Pendamping sheet and building the registry lookups.
import type { CellValue } from "../../../src/core/model";
import { buildRegistry, readKoperasi, readPendamping } from "../../../src/core/registry";
import { defaultSettings } from "../../../src/core/settings/defaults";
import { KOPERASI_HEADER, PENDAMPING_HEADER, aKoperasiRow, aPendampingRow } from "../../builders/sheetRows";
import { formatDay } from "../../../src/core/time/localDay";

const settings = defaultSettings();

function read(rows: CellValue[][], header: CellValue[] = PENDAMPING_HEADER) {
  return readPendamping([header, ...rows], settings);
}

describe("readPendamping", () => {
  it("reads a row", () => {
    const { items, issues } = read([aPendampingRow()]);
    expect(issues).toEqual([]);
    expect(items).toEqual([{
      id: "P001", name: "Baiq Nurul", email: "baiq@contoh.id", kind: "Koperasi", regency: "Lombok Barat",
      active: true, phone: "081234567890", row: 2, inactiveSince: null,
    }]);
  });

  it("Aktif is Ya when blank and reads Tidak in any case", () => {
    const { items } = read([
      aPendampingRow({ id: "P1", active: "" }), aPendampingRow({ id: "P2", active: "TIDAK" }),
      aPendampingRow({ id: "P3", active: false }), aPendampingRow({ id: "P4", active: "y" }),
    ]);
    expect(items.map((p) => p.active)).toEqual([true, false, false, true]);
  });

  it("Jenis is matched case-insensitively; anything else is '' with a BAD_VALUE warning", () => {
    const { items, issues } = read([
      aPendampingRow({ id: "P1", kind: "kur" }), aPendampingRow({ id: "P2", kind: " ukm " }),
      aPendampingRow({ id: "P3", kind: "" }), aPendampingRow({ id: "P4", kind: "Penyuluh" }),
    ]);
    expect(items.map((p) => p.kind)).toEqual(["KUR", "UKM", "", ""]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "BAD_VALUE", row: 5, sheet: "Pendamping" });
    expect(issues[0]!.message).toContain("Koperasi, UKM, atau KUR");
  });

  it("accepts NIP for the id and reports a repeated NIP", () => {
    const { items, issues } = read(
      [["19800101", "Ani"], [19800101, "Budi"], ["  ", "Tanpa NIP"]],
      ["NIP", "Nama Pendamping"],
    );
    expect(items.map((p) => p.name)).toEqual(["Ani"]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([["DUPLICATE_ID", 3], ["BLANK_REQUIRED", 4]]);
  });

  it("reports the missing Nama column by name", () => {
    const { issues } = read([["P1"]], ["ID Pendamping"]);
    expect(issues.map((i) => i.code)).toEqual(["MISSING_COLUMN"]);
    expect(issues[0]!.message).toContain('"Nama"');
  });
});

describe("buildRegistry", () => {
  it("looks cooperatives and pendamping up by id", () => {
    const kop = readKoperasi([KOPERASI_HEADER, aKoperasiRow({ id: "K-1" }), aKoperasiRow({ id: "K-2" })], settings).items;
    const pen = readPendamping([PENDAMPING_HEADER, aPendampingRow({ id: "P001" })], settings).items;
    const registry = buildRegistry(kop, pen);
    expect(registry.koperasi).toHaveLength(2);
    expect(registry.koperasiById.get("K-2")?.row).toBe(3);
    expect(registry.pendampingById.get("P001")?.name).toBe("Baiq Nurul");
    expect(registry.koperasiById.get("K-3")).toBeUndefined();
  });
});

describe("No. HP typed without text format", () => {
  it("gets back the leading zero Sheets dropped", () => {
    const values: CellValue[][] = [["ID Pendamping", "Nama", "No. HP"], ["P1", "Ani", 81234567801], ["P2", "Budi", "+62 812 3456"]];
    const { items } = readPendamping(values, settings);
    expect(items.map((p) => p.phone)).toEqual(["081234567801", "+62 812 3456"]);
  });
});

describe("Tanggal Nonaktif", () => {
  it("is read as a day and makes the pendamping inactive; Aktif = Ya beside it is reported by row and column", () => {
    const { items, issues } = read([
      aPendampingRow({ id: "P1", active: "Tidak", inactiveSince: "18/11/2026" }),
      aPendampingRow({ id: "P2", active: "", inactiveSince: "18/11/2026" }),
      aPendampingRow({ id: "P3", active: "Ya", inactiveSince: "18/11/2026" }),
      aPendampingRow({ id: "P4", active: "Tidak", inactiveSince: "" }),
    ]);
    expect(items.map((p) => [p.active, p.inactiveSince === null ? null : formatDay(p.inactiveSince!)])).toEqual([
      [false, "18/11/2026"], [false, "18/11/2026"], [false, "18/11/2026"], [false, null],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'Lembar Pendamping baris 4: kolom "Aktif" Ya, tetapi "Tanggal Nonaktif" terisi; dianggap tidak aktif sejak tanggal itu. '
      + 'Kosongkan tanggalnya atau ubah "Aktif" menjadi Tidak.',
    ]);
  });
});
