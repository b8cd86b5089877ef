// Settings read in the spreadsheet's own zone: date cells keep the day typed; a note when it differs from ZONA_WAKTU.
import { readSettings } from "../../../src/core/settings/read";
import { sameClock, sheetZoneNote } from "../../../src/core/settings/sheetZone";
import { dayFromYmd } from "../../../src/core/time/localDay";

const midnightWib = new Date("2026-01-05T00:00:00+07:00");

describe("the spreadsheet's zone and ZONA_WAKTU", () => {
  it("a date cell in a WIB workbook is the day typed, with ZONA_WAKTU WITA", () => {
    const r = readSettings([["ZONA_WAKTU", "WITA"], ["TANGGAL_MULAI_PROGRAM", midnightWib]], "Asia/Jakarta");
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("; "));
    expect(r.settings.timeZone).toBe("Asia/Makassar");
    expect(r.settings.sheetTimeZone).toBe("Asia/Jakarta");
    expect(r.settings.programStart).toBe(dayFromYmd(2026, 1, 5));
    expect(sheetZoneNote(r.settings)).toContain("Zona waktu spreadsheet (Asia/Jakarta");
  });

  it("without the spreadsheet's zone, the workbook is taken to be in ZONA_WAKTU and no note is given", () => {
    const r = readSettings([["ZONA_WAKTU", "Asia/Jakarta"]]);
    if (!r.ok) throw new Error("settings");
    expect(r.settings.sheetTimeZone).toBe("Asia/Jakarta");
    expect(sheetZoneNote(r.settings)).toBeNull();
  });

  it("two names of one clock are the same zone", () => {
    expect(sameClock("Asia/Makassar", "Asia/Ujung_Pandang")).toBe(true);
    expect(sameClock("Asia/Makassar", "Asia/Jakarta")).toBe(false);
  });
});
