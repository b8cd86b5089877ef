// Which `Log` rows an archive run moves (before the first day of last month) and their stable keys.
import { logCutoff, logPrefix, logRows } from "../../src/core/archive/log";
import { dayFromYmd } from "../../src/core/time/localDay";

const TZ = "Asia/Makassar";
const at = (iso: string) => new Date(`${iso}+08:00`);
const src = { province: "NTB", spreadsheetId: "ss1", timeZone: TZ, archivedAt: at("2026-12-03T10:00:00") };

describe("Log archive rows", () => {
  it("keeps the current and the previous calendar month, across the year's turn", () => {
    expect(logCutoff(dayFromYmd(2026, 12, 3))).toBe(dayFromYmd(2026, 11, 1));
    expect(logCutoff(dayFromYmd(2027, 1, 1))).toBe(dayFromYmd(2026, 12, 1));
  });

  it("takes the block from row 2 up to the first row not older than the cutoff (days in ZONA_WAKTU) or without a time", () => {
    const cutoff = dayFromYmd(2026, 11, 1);
    expect(logPrefix([at("2026-10-01T08:00:00"), at("2026-10-31T23:59:00"), at("2026-11-01T00:00:00"), at("2026-10-02T00:00:00")], cutoff, TZ)).toBe(2);
    expect(logPrefix([at("2026-10-01T08:00:00"), "", at("2026-10-02T00:00:00")], cutoff, TZ)).toBe(1);
  });

  it("gives identical rows different keys and the same rows the same keys on every run", () => {
    const row = [at("2026-10-01T08:00:00"), "(pemicu otomatis)", "Kirim formulir", "Berhasil", "K-01 valid"];
    const rows = logRows([row, row, [...row.slice(0, 4), "K-02 valid"]], src);
    expect(new Set(rows.map((r) => r.log_key)).size).toBe(3);
    expect(logRows([row, row], src).map((r) => r.log_key)).toEqual(rows.slice(0, 2).map((r) => r.log_key));
    expect(rows[0]).toMatchObject({ waktu: "2026-10-01T00:00:00.000Z", aksi: "Kirim formulir", rincian: "K-01 valid", province: "NTB" });
  });

  it("keys identical rows split between two ranges as in one go (the counts carried from range to range)", () => {
    const row = [at("2026-10-01T08:00:00"), "(pemicu otomatis)", "Kirim formulir", "Berhasil", "K-01 valid"];
    const other = [at("2026-10-01T08:00:01"), "(pemicu otomatis)", "Kirim formulir", "Berhasil", "K-02 valid"];
    const whole = logRows([row, other, row, row], src).map((r) => r.log_key);
    const seen = new Map<string, number>();
    const parts = [...logRows([row, other], src, seen), ...logRows([row, row], src, seen)].map((r) => r.log_key);
    expect(parts).toEqual(whole);
    expect(new Set(parts).size).toBe(4);
  });
});
