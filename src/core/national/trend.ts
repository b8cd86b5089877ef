// `Tren Nasional`: one row per day and province (Tanggal, Provinsi, Hijau, Kuning, Merah), from each
// province's latest `Riwayat` day. Rows already there are kept; only new (day, province) pairs are added.
import type { CellValue, LocalDay } from "../model";
import { cellText, isValidDate, parseDayCell } from "../sheets/cells";
import { normalizeLabel } from "../sheets/cells";
import { dateCell, FORMAT } from "../summaries/table";
import { isoDay } from "../time/localDay";
import { localDayOf } from "../time/timeZone";
import type { LatestDay } from "./provinceData";

const I = FORMAT.integer;
export const TREN_FORMATS: readonly string[] = [FORMAT.date, FORMAT.text, I, I, I];
const HALF_DAY_MS = 43_200_000;

function key(day: LocalDay, province: string): string {
  return `${isoDay(day)}|${normalizeLabel(province)}`;
}

/** Keys of the rows already in the sheet (columns Tanggal, Provinsi; the header row is skipped). */
export function trendKeys(existing: readonly (readonly CellValue[])[], timeZone: string): Set<string> {
  const keys = new Set<string>();
  for (const line of existing.slice(1)) {
    const cell = line[0];
    const day = isValidDate(cell) ? localDayOf(cell.getTime() + HALF_DAY_MS, timeZone) : parseDayCell(cell, timeZone);
    if (day !== null) keys.add(key(day, cellText(line[1], timeZone)));
  }
  return keys;
}

/** The rows to append, by day then in the order of `Provinsi`. */
export function newTrendRows(
  latest: readonly { name: string; latest: LatestDay | null }[],
  existing: Set<string>,
  timeZone: string,
): CellValue[][] {
  const rows: { day: LocalDay; order: number; cells: CellValue[] }[] = [];
  latest.forEach((p, order) => {
    if (p.latest === null || existing.has(key(p.latest.day, p.name))) return;
    const l = p.latest;
    rows.push({ day: l.day, order, cells: [dateCell(l.day, timeZone), p.name, l.green, l.yellow, l.red] });
  });
  return rows.sort((a, b) => a.day - b.day || a.order - b.order).map((r) => r.cells);
}
