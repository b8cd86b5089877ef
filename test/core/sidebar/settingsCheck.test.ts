// Sidebar settings check: every problem of `Pengaturan`, naming key, value and what is expected.
import { settingsCheck } from "../../../src/core/sidebar/settingsCheck";
import { settingRows } from "../../builders/sheetRows";

const HEADER = ["Kunci", "Nilai", "Keterangan"];

describe("settingsCheck", () => {
  it("says the settings are right when they are", () => {
    expect(settingsCheck([HEADER, ...settingRows()], "Pengaturan")).toEqual({
      ok: true, summary: "Pengaturan sudah benar.", problems: [], notes: [],
    });
  });

  it("lists a bad value with its key, the value and what is expected", () => {
    const v = settingsCheck([HEADER, ...settingRows({ MAKS_UMUR_LAPORAN_HARI: "tujuh" })], "Pengaturan");
    expect(v.ok).toBe(false);
    expect(v.summary).toBe("Ditemukan 1 masalah di lembar Pengaturan.");
    expect(v.problems[0]).toMatchObject({ key: "MAKS_UMUR_LAPORAN_HARI", value: "tujuh" });
    expect(v.problems[0]!.expected).not.toBe("");
    expect(v.problems[0]!.message).toContain("MAKS_UMUR_LAPORAN_HARI");
    expect(v.problems[0]!.message).toContain("tujuh");
  });

  it("lists unknown keys, also next to bad values", () => {
    const v = settingsCheck([HEADER, ...settingRows({ WARNA_MERAH: "merah" }, [["HARI_TANPA_LAPORN", 5, ""]])], "Pengaturan");
    expect(v.problems.map((p) => p.key)).toEqual(["WARNA_MERAH", "HARI_TANPA_LAPORN"]);
    expect(v.problems[1]!.message).toContain("tidak dikenal");
  });

  it("says defaults are used when the sheet is missing", () => {
    const v = settingsCheck(null, "Pengaturan");
    expect(v.ok).toBe(true);
    expect(v.notes[0]).toContain("Siapkan lembar kerja");
  });
});
