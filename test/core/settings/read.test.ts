// Reading `Pengaturan`: defaults, typed cells, format variants, and errors that name key, value, expected.
import type { CellValue } from "../../../src/core/model";
import { defaultSettings } from "../../../src/core/settings/defaults";
import { SETTING_KEYS, defaultSettingRows } from "../../../src/core/settings/keys";
import { readSettings, type SettingsResult } from "../../../src/core/settings/read";
import type { Settings } from "../../../src/core/settings/types";
import { dayFromYmd } from "../../../src/core/time/localDay";
import { instantOfLocal } from "../../../src/core/time/timeZone";
import { settingRows, witaDate } from "../../builders/sheetRows";

function ok(result: SettingsResult): Extract<SettingsResult, { ok: true }> {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result;
}

function settingsWith(over: Record<string, CellValue>): Settings {
  return ok(readSettings(settingRows(over))).settings;
}

function errorsFor(over: Record<string, CellValue>, extra: CellValue[][] = []) {
  const result = readSettings(settingRows(over, extra));
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("the default Pengaturan rows", () => {
  it("parse to exactly the default settings", () => {
    const result = ok(readSettings(defaultSettingRows()));
    expect(result.settings).toEqual(defaultSettings());
    expect(result.unknownKeys).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("list every key of SPEC section 7 once, each with a description", () => {
    const rows = defaultSettingRows();
    expect(rows.map((r) => r[0])).toEqual([...SETTING_KEYS]);
    for (const key of ["ZONA_WAKTU", "BATAS_WILAYAH", "RENTANG_TAHAP", "HARI_KERJA", "ADMIN", "LEMBAR_LOG"]) {
      expect(rows.some((r) => r[0] === key)).toBe(true);
    }
    for (const [, , description] of rows) expect(description.length).toBeGreaterThan(20);
    const byKey = Object.fromEntries(rows.map((r) => [r[0], r[1]]));
    expect(byKey.ZONA_WAKTU).toBe("Asia/Makassar");
    expect(byKey.HARI_KERJA).toBe("Senin-Jumat");
    expect(byKey.RENTANG_TAHAP).toContain("Belum mulai=0-5; Persiapan lahan=0-15; Pondasi=10-35");
    expect(byKey.LEMBAR_STATUS_KOPERASI).toBe("Status Koperasi");
  });

  it("an empty sheet gives the defaults too", () => {
    expect(ok(readSettings([])).settings).toEqual(defaultSettings());
  });

  it("a blank value takes the default, but blank ADMIN, HARI_LIBUR, BATAS_WILAYAH mean none", () => {
    const s = settingsWith({ MAKS_UMUR_LAPORAN_HARI: "", WARNA_HIJAU: "  ", BATAS_WILAYAH: "", ADMIN: "", HARI_LIBUR: "" });
    expect(s.maxReportAgeDays).toBe(7);
    expect(s.colors.HIJAU).toBe("#b7e1cd");
    expect(s.regionBox).toBeNull();
    expect(s.admins).toEqual([]);
    expect(s.holidays).toEqual([]);
  });

  it("a missing key takes its default", () => {
    const rows = settingRows().filter((r) => r[0] !== "BATAS_WILAYAH" && r[0] !== "JAM_PERBARUI");
    const s = ok(readSettings(rows)).settings;
    expect(s.regionBox).toEqual(defaultSettings().regionBox);
    expect(s.rebuildHour).toBe(6);
  });
});

describe("values as getValues hands them back", () => {
  it("numbers typed as numbers, keys written loosely", () => {
    const rows = settingRows({ MAKS_UMUR_LAPORAN_HARI: 14, JARAK_KOORDINAT_MAKS_KM: 2.5 })
      .map((r) => (r[0] === "LONJAKAN_PROGRES_MAKS" ? [" lonjakan progres maks ", 40] : r));
    const s = ok(readSettings(rows)).settings;
    expect(s.maxReportAgeDays).toBe(14);
    expect(s.maxCoordinateDistanceKm).toBe(2.5);
    expect(s.maxProgressJump).toBe(40);
  });

  it("points typed as \"10%\" (a percent cell, handed back as 0.1) are read as 10 points, with a note", () => {
    const result = ok(readSettings(settingRows({ TERTINGGAL_KUNING_POIN: 0.1, TERTINGGAL_MERAH_POIN: 0.25, LONJAKAN_PROGRES_MAKS: 0.3 })));
    expect(result.settings.behindPlanYellow).toBe(10);
    expect(result.settings.behindPlanRed).toBe(25);
    expect(result.settings.maxProgressJump).toBe(30);
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings[0]).toContain("persen");
    expect(result.warnings.join(" ")).toContain("dibaca sebagai 10 poin");
  });

  it("a percent cell below one point (0,5%) is still an error naming the key", () => {
    expect(errorsFor({ TERTINGGAL_KUNING_POIN: 0.005 }).map((e) => e.key)).toEqual(["TERTINGGAL_KUNING_POIN"]);
  });

  it("a date cell is read as its day in ZONA_WAKTU, whatever the row order", () => {
    const s = settingsWith({ TANGGAL_MULAI_PROGRAM: witaDate(2025, 10, 1) });
    expect(s.programStart).toBe(dayFromYmd(2025, 10, 1));
    // Midnight in Jakarta is 01:00 WITA; read in Asia/Jakarta it is still 1 October.
    const jakartaMidnight = new Date(instantOfLocal(dayFromYmd(2025, 10, 1), 0, 0, "Asia/Jakarta"));
    const rows = settingRows({ TANGGAL_MULAI_PROGRAM: jakartaMidnight, ZONA_WAKTU: "Asia/Jakarta" });
    rows.reverse();
    const jkt = ok(readSettings(rows)).settings;
    expect(jkt.timeZone).toBe("Asia/Jakarta");
    expect(jkt.programStart).toBe(dayFromYmd(2025, 10, 1));
  });

  it("accepts reasonable variants of each format", () => {
    const s = settingsWith({
      ZONA_WAKTU: "WITA",
      TANGGAL_MULAI_PROGRAM: "2025-10-01",
      LUAS_LAHAN_MIN_M2: "1.000",
      JARAK_KOORDINAT_MAKS_KM: "2,5",
      BATAS_WILAYAH: "lintang -9,2..-7,9; bujur 115,7..119,4",
      WARNA_KUNING: "FCE8B2",
      WARNA_MERAH: "#F4C7C3",
      HARI_KERJA: "Senin, Selasa, Rabu",
      HARI_LIBUR: "01/01/2026; 17/08/2026\n25/12/2026, 17/08/2026",
      JAM_PERBARUI: "07:00",
      ADMIN: "Kabid@NTBprov.go.id; staf@contoh.id\nstaf@contoh.id",
    });
    expect(s.timeZone).toBe("Asia/Makassar");
    expect(s.programStart).toBe(dayFromYmd(2025, 10, 1));
    expect(s.minLandAreaM2).toBe(1000);
    expect(s.maxCoordinateDistanceKm).toBe(2.5);
    expect(s.regionBox).toEqual({ minLat: -9.2, maxLat: -7.9, minLon: 115.7, maxLon: 119.4 });
    expect(s.colors).toEqual({ HIJAU: "#b7e1cd", KUNING: "#fce8b2", MERAH: "#f4c7c3", "BELUM PORTAL": "#e8eaed" });
    expect(s.workingWeekdays).toEqual([1, 2, 3]);
    expect(s.holidays).toEqual([dayFromYmd(2026, 1, 1), dayFromYmd(2026, 8, 17), dayFromYmd(2026, 12, 25)]);
    expect(s.rebuildHour).toBe(7);
    expect(s.admins).toEqual(["kabid@ntbprov.go.id", "staf@contoh.id"]);
  });

  it.each([
    ["Senin-Jumat", [1, 2, 3, 4, 5]],
    ["Senin s/d Sabtu", [1, 2, 3, 4, 5, 6]],
    ["senin - rabu, Jum'at", [1, 2, 3, 5]],
    ["Sabtu-Senin", [0, 1, 6]],
    ["Senin, Rabu dan Jumat", [1, 3, 5]],
  ])("HARI_KERJA %j", (text, days) => {
    expect(settingsWith({ HARI_KERJA: text }).workingWeekdays).toEqual(days);
  });

  it.each([
    "-11.2..-7.9; 115.7..125.3",
    "-11.2 - -7.9; 115.7 - 125.3",
    "-11.2..-7.9, 115.7..125.3",
    "lat -7.9 s/d -11.2\nlon 115.7 s/d 125.3",
  ])("BATAS_WILAYAH %j", (text) => {
    expect(settingsWith({ BATAS_WILAYAH: text }).regionBox).toEqual(defaultSettings().regionBox);
  });

  it("RENTANG_TAHAP by stage label, in any order and case; a stage left out keeps its default with a warning", () => {
    const result = ok(readSettings(settingRows({
      RENTANG_TAHAP: "pondasi = 5-40\nSTRUKTUR DAN DINDING: 35..70; Selesai=100",
    })));
    const ranges = result.settings.stageRanges;
    expect(ranges.PONDASI).toEqual({ min: 5, max: 40 });
    expect(ranges.STRUKTUR).toEqual({ min: 35, max: 70 });
    expect(ranges.SELESAI).toEqual({ min: 100, max: 100 });
    expect(ranges.ATAP).toEqual(defaultSettings().stageRanges.ATAP);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain("Belum mulai");
    expect(result.warnings[0]).toContain("RENTANG_TAHAP");
  });

  it("sheet names can be overridden", () => {
    const s = settingsWith({ LEMBAR_KOPERASI: " Data KDKMP ", LEMBAR_LOG: "Catatan" });
    expect(s.sheetNames.koperasi).toBe("Data KDKMP");
    expect(s.sheetNames.log).toBe("Catatan");
    expect(s.sheetNames.pendamping).toBe("Pendamping");
  });
});

describe("bad values stop with a message naming key, value and what is expected", () => {
  it("gives the exact sentence", () => {
    const errors = errorsFor({ MAKS_UMUR_LAPORAN_HARI: "tujuh" });
    expect(errors).toEqual([{
      key: "MAKS_UMUR_LAPORAN_HARI",
      value: "tujuh",
      expected: "bilangan bulat 1 sampai 60",
      message: 'Pengaturan MAKS_UMUR_LAPORAN_HARI bernilai "tujuh", padahal harus bilangan bulat 1 sampai 60.',
    }]);
  });

  it.each<[string, CellValue, string]>([
    ["ZONA_WAKTU", "Mars/Olympus", "Asia/Makassar"],
    ["NAMA_PROVINSI", "x".repeat(150), "teks"],
    ["TANGGAL_MULAI_PROGRAM", "31/02/2025", "dd/MM/yyyy"],
    ["TANGGAL_MULAI_PROGRAM", true, "dd/MM/yyyy"],
    ["MAKS_UMUR_LAPORAN_HARI", 0, "1 sampai 60"],
    ["MAKS_UMUR_LAPORAN_HARI", "7,5", "bilangan bulat"],
    ["LONJAKAN_PROGRES_MAKS", 150, "1 sampai 100"],
    ["LUAS_LAHAN_MIN_M2", "-5", "0 sampai"],
    ["JARAK_KOORDINAT_MAKS_KM", 0, "lebih dari 0"],
    ["BATAS_WILAYAH", "NTB", "rentang lintang; rentang bujur"],
    ["BATAS_WILAYAH", "-95..-7.9; 115.7..125.3", "lintang -90 sampai 90"],
    ["HARI_TANPA_LAPORAN_MERAH", "seminggu", "bilangan bulat 1 sampai 365"],
    ["HARI_MACET_KUNING", NaN, "bilangan bulat"],
    ["WARNA_HIJAU", "hijau", "#rrggbb"],
    ["RENTANG_TAHAP", "Pondasi=10-35; Atap=90-60", "Tahap=min-maks"],
    ["RENTANG_TAHAP", "Pondasi=10-35; Genteng=60-85", "Tahap=min-maks"],
    ["RENTANG_TAHAP", "Pondasi=10-35; pondasi=20-40", "Tahap=min-maks"],
    ["HARI_KERJA", "Senin-Funday", "Senin-Jumat"],
    ["HARI_LIBUR", "01/01/2026, besok", "dd/MM/yyyy"],
    ["JENDELA_KEPATUHAN_HARI", 1000, "1 sampai 366"],
    ["JAM_PERBARUI", 24, "0 sampai 23"],
    ["ADMIN", "kabid@ntbprov.go.id, bukan-email", "daftar email"],
  ])("%s = %j", (key, value, expected) => {
    const errors = errorsFor({ [key]: value });
    expect(errors).toHaveLength(1);
    const e = errors[0]!;
    expect(e.key).toBe(key);
    expect(e.expected).toContain(expected);
    expect(e.message).toContain(`Pengaturan ${key} bernilai "`);
    expect(e.message).toContain(e.value);
    expect(e.message).toContain(e.expected);
  });

  it("reports every bad value at once, and a very long value is shortened", () => {
    const errors = errorsFor({ WARNA_MERAH: "merah", JAM_PERBARUI: "pagi", NAMA_PROVINSI: "N".repeat(5000) });
    expect(errors.map((e) => e.key).sort()).toEqual(["JAM_PERBARUI", "NAMA_PROVINSI", "WARNA_MERAH"]);
    const long = errors.find((e) => e.key === "NAMA_PROVINSI")!;
    expect(long.value.length).toBeLessThanOrEqual(60);
  });

  it("a yellow threshold above the red one is an error naming both", () => {
    const errors = errorsFor({ HARI_TANPA_LAPORAN_KUNING: 10, HARI_TANPA_LAPORAN_MERAH: 7 });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.key).toBe("HARI_TANPA_LAPORAN_KUNING");
    expect(errors[0]!.message).toContain("HARI_TANPA_LAPORAN_MERAH (7)");
    const points = errorsFor({ TERTINGGAL_KUNING_POIN: 30 });
    expect(points[0]!.key).toBe("TERTINGGAL_KUNING_POIN");
  });

  it("two sheets cannot share a name", () => {
    const errors = errorsFor({ LEMBAR_RIWAYAT: "log" });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain("LEMBAR_");
    expect(errorsFor({ LEMBAR_VALIDASI: "Pengaturan" })[0]!.key).toBe("LEMBAR_VALIDASI");
  });

  it("a key written twice is an error with both rows", () => {
    const errors = errorsFor({}, [["ADMIN", "a@b.id", ""]]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.key).toBe("ADMIN");
    const adminRow = SETTING_KEYS.indexOf("ADMIN") + 2;
    expect(errors[0]!.message).toMatch(new RegExp(`ADMIN ditulis lebih dari sekali \\(baris ${adminRow}, \\d+\\)`));
  });
});

describe("unknown keys", () => {
  it("are reported, not errors, and blank rows are skipped", () => {
    const result = ok(readSettings(settingRows({}, [["MAKS_UMUR_LAPORAN", "7", ""], ["", "", ""], ["Catatan", "x"]])));
    expect(result.unknownKeys).toEqual(["MAKS_UMUR_LAPORAN", "Catatan"]);
    expect(result.settings).toEqual(defaultSettings());
  });
});
