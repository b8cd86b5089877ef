// `Riwayat`: today's rows per kabupaten/kota, appended once per day.
import { riwayatRows, shouldAppendRiwayat } from "../../../src/core/summaries/riwayat";
import { instantOfLocal } from "../../../src/core/time/timeZone";
import { dateOf } from "../../builders/summaries";
import { settings, statuses, T } from "../../builders/summaryWorkbook";

describe("riwayat", () => {
  const rows = riwayatRows(statuses, T, settings);

  it("has one row per kabupaten/kota for today", () => {
    expect(rows).toEqual([
      // ... then the funnel: Mulai Dibangun, Selesai, Beroperasi, Terkendala
      [dateOf(T), "Kota Mataram", 1, 1, 1, 50.3, 3, 1, 1, 0],
      [dateOf(T), "Lombok Timur", 1, 0, 2, 25, 2, 0, 0, 1],
    ]);
  });

  it("is appended once per day", () => {
    const header = ["Tanggal", "Kabupaten/Kota", "Hijau", "Kuning", "Merah", "Rata-rata Progres (%)"];
    expect(shouldAppendRiwayat([], T, settings)).toBe(true);
    expect(shouldAppendRiwayat([header, ...riwayatRows(statuses, T - 1, settings)], T, settings)).toBe(true);
    expect(shouldAppendRiwayat([header, ...riwayatRows(statuses, T - 1, settings), ...rows], T, settings)).toBe(false);
    expect(shouldAppendRiwayat([["20/11/2026", "Bima", 1, 0, 0, ""]], T, settings)).toBe(false);
  });

  it("recognises today's date read back from a sheet in another time zone", () => {
    // Local midnight in Asia/Jayapura is 23:00 the day before in Asia/Makassar.
    const jayapuraMidnight = new Date(instantOfLocal(T, 0, 0, "Asia/Jayapura"));
    expect(shouldAppendRiwayat([[jayapuraMidnight, "Bima", 1, 0, 0, ""]], T, settings)).toBe(false);
  });
});
