// The split of the basis: what a report's outcome depends on (a change reads every report again) and what
// only the outputs read (applied from the kept states), for settings and registry rows.
import * as fc from "fast-check";
import type { Koperasi, Pendamping } from "../../../src/core/model";
import { defaultSettings } from "../../../src/core/settings/defaults";
import { readSettings } from "../../../src/core/settings/read";
import { changedOutputKeys, validationRegistry, validationSettings } from "../../../src/core/settings/basisParts";
import type { Settings } from "../../../src/core/settings/types";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Settings as `Pengaturan` gives them after one key is typed over. */
function typed(key: string, value: string): Settings {
  const result = readSettings([[key, value]], "Asia/Makassar");
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.settings;
}

const BASE = typed("NAMA_PROVINSI", "Nusa Tenggara Barat");

describe("settings", () => {
  const output: Array<[string, string]> = [
    ["HARI_TANPA_LAPORAN_KUNING", "2"], ["HARI_TANPA_LAPORAN_MERAH", "9"], ["TERTINGGAL_KUNING_POIN", "5"],
    ["TERTINGGAL_MERAH_POIN", "30"], ["HARI_MACET_KUNING", "10"], ["WARNA_HIJAU", "#00ff00"], ["WARNA_KUNING", "#ffff00"],
    ["WARNA_MERAH", "#ff0000"], ["WARNA_BELUM_PORTAL", "#cccccc"], ["ZONA_HANYA_PORTAL", "Ya"], ["HARI_KERJA", "Senin-Sabtu"],
    ["HARI_LIBUR", "25/12/2026"], ["JAM_PERBARUI", "7"], ["ADMIN", "kepala@diskop.go.id"], ["KIRIM_UMPAN_BALIK", "Ya"],
    ["ARSIP_DATASET", "kdkmp_ntb"],
  ];
  it.each(output)("%s only reaches the outputs, and is named as applied", (key, value) => {
    const after = typed(key, value);
    expect(same(validationSettings(after), validationSettings(BASE))).toBe(true);
    expect(changedOutputKeys(BASE, after)).toEqual([key === "ARSIP_DATASET" ? "ARSIP_*" : key]);
  });

  const validation: Array<[string, string]> = [
    ["ZONA_WAKTU", "Asia/Jakarta"], ["NAMA_PROVINSI", "NTB"], ["TANGGAL_MULAI_PROGRAM", "01/09/2025"],
    ["MAKS_UMUR_LAPORAN_HARI", "8"], ["LONJAKAN_PROGRES_MAKS", "40"], ["LUAS_LAHAN_MIN_M2", "900"],
    ["JARAK_KOORDINAT_MAKS_KM", "6"], ["BATAS_WILAYAH", "-11.0..-7.9; 115.7..125.3"], ["JENIS_KENDALA", "Cuaca"],
    ["RENTANG_TAHAP", "Belum mulai=0-7"], ["JENDELA_KEPATUHAN_HARI", "14"], ["LEMBAR_VALIDASI", "Hasil Validasi"],
  ];
  it.each(validation)("%s reaches a report's outcome, the states or the digest", (key, value) => {
    expect(same(validationSettings(typed(key, value)), validationSettings(BASE))).toBe(false);
  });

  it("the spreadsheet's own time zone reaches the outcome (date cells are read in it)", () => {
    expect(same(validationSettings(defaultSettings("Asia/Jakarta")), validationSettings(defaultSettings("Asia/Makassar")))).toBe(false);
  });

  it("any mix of output settings leaves the validation side as it was (fast-check)", () => {
    fc.assert(fc.property(fc.subarray(output, { minLength: 1 }), (picked) => {
      const rows = picked.map(([k, v]) => [k, v]);
      const result = readSettings(rows, "Asia/Makassar");
      if (!result.ok) return; // a yellow threshold above the red one is refused before any run
      expect(same(validationSettings(result.settings), validationSettings(BASE))).toBe(true);
    }));
  });
});

describe("registry rows", () => {
  const k = (over: Partial<Koperasi> = {}): Koperasi => ({
    id: "K-01", name: "KMP Desa Gerung", village: "Gerung", district: "Gerung", regency: "Lombok Barat", pendampingId: "P-01",
    pilot: false, inPortal: false, lat: -8.68, lon: 116.12, targetDay: null, operating: false, row: 2, ...over,
  });
  const p = (over: Partial<Pendamping> = {}): Pendamping => ({
    id: "P-01", name: "Baiq Nurul", email: "nurul@example.id", kind: "Koperasi", regency: "Lombok Barat", active: true, phone: "0812", row: 2, ...over,
  });
  const side = (koperasi: Koperasi[], pendamping: Pendamping[] = [p()]) => JSON.stringify(validationRegistry({ koperasi, pendamping }));
  const base = side([k(), k({ id: "K-02", row: 3 })]);

  it.each<[string, Partial<Koperasi>]>([
    ["name", { name: "KMP Desa Gerung Baru" }], ["village", { village: "Gerung Utara" }], ["district", { district: "X" }],
    ["regency", { regency: "Lombok Tengah" }], ["pilot flag", { pilot: true }], ["portal flag", { inPortal: true }],
    ["target day", { targetDay: 20_800 }], ["Beroperasi", { operating: true }], ["sheet row", { row: 9 }],
  ])("a cooperative's %s only reaches the outputs", (_what, over) => {
    expect(side([k(over), k({ id: "K-02", row: 3 })])).toBe(base);
  });

  it.each<[string, Koperasi[]]>([
    ["id", [k({ id: "K-09" }), k({ id: "K-02", row: 3 })]],
    ["pendamping", [k({ pendampingId: "P-02" }), k({ id: "K-02", row: 3 })]],
    ["coordinates", [k({ lat: -8.5 }), k({ id: "K-02", row: 3 })]],
    ["order", [k({ id: "K-02", row: 3 }), k()]],
    ["count", [k(), k({ id: "K-02", row: 3 }), k({ id: "K-03", row: 4 })]],
  ])("a cooperative's %s reaches the outcome or the state rows", (_what, list) => {
    expect(side(list)).not.toBe(base);
  });

  it("a pendamping's name, email, phone, kind and regency only reach the outputs; being active reaches the outcome", () => {
    const list = [k(), k({ id: "K-02", row: 3 })];
    expect(side(list, [p({ name: "Baiq", email: "b@x.id", phone: "0813", kind: "UKM", regency: "Lombok Timur" })])).toBe(base);
    expect(side(list, [p({ active: false })])).not.toBe(base);
    expect(side(list, [p({ inactiveSince: 20_800 })])).not.toBe(base);
  });
});
