// `Riwayat`: the day's zone and funnel counts per kabupaten/kota, appended once per day; history is never rewritten.
import type { CellValue, CoopStatus, LocalDay } from "../model";
import type { Settings } from "../settings/types";
import { HEADERS } from "../text/sheets";
import { parseDayText } from "../time/localDay";
import { localDayOf } from "../time/timeZone";
import { regencyStats } from "./regencyStats";
import { regencyLabel } from "./ringkasan";
import { FORMAT, dateCell, meanCell } from "./table";

const I = FORMAT.integer;
export const RIWAYAT_NUMBER_FORMATS: readonly string[] = [FORMAT.date, FORMAT.text, I, I, I, FORMAT.decimal1, I, I, I, I];
export const RIWAYAT_HEADERS = HEADERS.riwayat;
/** The SPEC columns, then the funnel series (`Mulai Dibangun`, `Selesai`, `Beroperasi`, `Terkendala`). */
export const RIWAYAT_ALL_HEADERS: readonly string[] = [...HEADERS.riwayat, ...HEADERS.riwayatFunnel];

/**
 * Today's rows: one per kabupaten/kota (sorted by name): Tanggal, Kabupaten/Kota, Hijau, Kuning, Merah,
 * mean progress, then the funnel counts as `Ringkasan` gives them.
 */
export function riwayatRows(statuses: readonly CoopStatus[], today: LocalDay, settings: Settings): CellValue[][] {
  const date = dateCell(today, settings.sheetTimeZone);
  return regencyStats(statuses, today).byRegency.map((s) => [
    new Date(date.getTime()), regencyLabel(s.regency), s.zones.HIJAU, s.zones.KUNING, s.zones.MERAH,
    meanCell(s.progressSum, s.progressCount), s.started, s.finished, s.operating, s.blocked,
  ]);
}

/** True when a header row already has the funnel columns after the SPEC ones (a sheet of this version). */
export function hasFunnelHeaders(header: readonly CellValue[]): boolean {
  return HEADERS.riwayatFunnel.every((h, i) => String(header[HEADERS.riwayat.length + i] ?? "").trim() === h);
}

const HALF_DAY_MS = 43_200_000;

/** The day in a `Tanggal` cell: a Date (nearest local midnight, so a sheet in another zone still matches) or `dd/MM/yyyy` text. */
export function riwayatDay(cell: CellValue | undefined, settings: Settings): LocalDay | null {
  if (cell instanceof Date) {
    const t = cell.getTime();
    return Number.isNaN(t) ? null : localDayOf(t + HALF_DAY_MS, settings.sheetTimeZone);
  }
  if (typeof cell === "string") return parseDayText(cell);
  return null;
}

/** False when rows for today already exist (rows may include the header row; it is ignored). */
export function shouldAppendRiwayat(existingRows: readonly CellValue[][], today: LocalDay, settings: Settings): boolean {
  return !existingRows.some((row) => riwayatDay(row[0], settings) === today);
}
