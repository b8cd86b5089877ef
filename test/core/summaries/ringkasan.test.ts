// `Ringkasan` from the hand-computed workbook, cell by cell, including TOTAL, the update line and chart data.
import { ringkasanTable } from "../../../src/core/summaries/ringkasan";
import { HEADERS } from "../../../src/core/text/sheets";
import { instantOfLocal } from "../../../src/core/time/timeZone";
import { aKoperasi, aRegistry, summarySettings } from "../../builders/summaries";
import { coopStatuses } from "../../../src/core/zones/statuses";
import { latestById, registry, results, settings, statuses, T } from "../../builders/summaryWorkbook";

describe("ringkasanTable", () => {
  const now = instantOfLocal(T, 6, 5, "Asia/Makassar");
  const { table, updatedLine, chart } = ringkasanTable(statuses, results, settings, T, now);

  it("has one row per kabupaten/kota sorted by name and a TOTAL row, every cell as defined", () => {
    expect(table.headers).toEqual(HEADERS.ringkasan);
    expect(table.rows).toEqual([
      // Jumlah, Sudah Melapor, 7 Hari, Hijau, Kuning, Merah, Rata-rata, Selesai, Lahan Siap, Portal,
      // Mulai Dibangun, Beroperasi, Terkendala
      ["Kota Mataram", 3, 3, 3, 1, 1, 1, 50.3, 1, 2, 1, 3, 1, 0],
      ["Lombok Timur", 3, 2, 1, 1, 0, 2, 25, 0, 1, 2, 2, 0, 1],
      ["TOTAL", 6, 5, 4, 2, 1, 3, 40.2, 1, 3, 3, 5, 1, 1],
    ]);
    expect(table.numberFormats).toEqual(["@", "0", "0", "0", "0", "0", "0", "0.0", "0", "0", "0", "0", "0", "0"]);
  });

  it("says when it was updated, in the settings' time zone", () => {
    expect(updatedLine).toBe("Diperbarui: 20/11/2026 06:05");
  });

  it("gives chart data of zones per kabupaten/kota without the TOTAL", () => {
    expect(chart.zoneByRegency).toEqual([
      ["Kabupaten/Kota", "Hijau", "Kuning", "Merah"],
      ["Kota Mataram", 1, 1, 1],
      ["Lombok Timur", 1, 0, 2],
    ]);
  });

  it("leaves the average blank where nobody reported, and counts the 7-day window as today-6..today", () => {
    const reg = aRegistry([aKoperasi({ id: "A", regency: "Bima" })]);
    const s = summarySettings();
    const st = coopStatuses(reg, new Map(), T, s);
    expect(ringkasanTable(st, [], s, T, now).table.rows).toEqual([
      ["Bima", 1, 0, 0, 0, 0, 1, "", 0, 0, 0, 0, 0, 0],
      ["TOTAL", 1, 0, 0, 0, 0, 1, "", 0, 0, 0, 0, 0, 0],
    ]);
    const edge = (visitDay: number) => ringkasanTable(st, [{ row: 2, submittedAt: now, koperasiId: "A",
      pendampingId: "P", visitDay, status: "Valid", findings: [] }], s, T, now).table.rows[0]!.slice(1, 4);
    expect(edge(T - 6)).toEqual([1, 1, 1]);
    expect(edge(T - 7)).toEqual([1, 1, 0]);
  });
});

describe("ringkasanTable with ZONA_HANYA_PORTAL = Ya", () => {
  const s = { ...settings, portalOnly: true };
  const st = coopStatuses(registry, latestById, T, s);
  const { table, chart } = ringkasanTable(st, results, s, T, instantOfLocal(T, 6, 5, "Asia/Makassar"));

  it("counts the cooperatives outside the portal in a last column `Belum Portal`, in none of the zones", () => {
    expect(table.headers).toEqual([...HEADERS.ringkasan, "Belum Portal"]);
    const total = table.rows[2]!;
    const col = (h: string) => total[table.headers.indexOf(h)];
    expect([col("Hijau"), col("Kuning"), col("Merah"), col("Belum Portal")]).toEqual([2, 0, 1, 3]);
    expect(table.numberFormats).toHaveLength(table.headers.length);
    // The zone chart is about the sites being built.
    expect(chart.zoneByRegency[0]).toEqual(["Kabupaten/Kota", "Hijau", "Kuning", "Merah"]);
  });
});
