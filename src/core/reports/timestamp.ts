// The submission time in column 1: a Date cell, a spreadsheet serial number, or text.
import type { CellValue, Instant } from "../model";
import { isValidDate } from "../sheets/cells";
import { validDay } from "../time/localDay";
import { instantOfLocal, startOfLocalDay } from "../time/timeZone";

const MS_PER_DAY = 86_400_000;
const SHEETS_EPOCH_OFFSET_DAYS = 25569;

/**
 * Reads a timestamp; null when unreadable. Text forms, read as local time in `timeZone`:
 * `dd/MM/yyyy HH:mm[:ss]` (day first, as Indonesian Sheets shows it; `-` or `.` also separate the
 * date), falling back to `M/d/yyyy H:mm:ss` when the day-first reading is no date (e.g. 11/21/2026);
 * `yyyy-MM-dd HH:mm[:ss]`; a date alone is its local midnight. ISO text with `Z` or an offset is exact.
 */
export function parseTimestamp(cell: CellValue, timeZone: string): Instant | null {
  if (isValidDate(cell)) return cell.getTime();
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 1 || cell > 200_000) return null;
    const day = Math.floor(cell) - SHEETS_EPOCH_OFFSET_DAYS;
    return startOfLocalDay(day, timeZone) + Math.round((cell - Math.floor(cell)) * MS_PER_DAY);
  }
  if (typeof cell !== "string" || cell.length > 100) return null;
  const t = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(t)) {
    const ms = Date.parse(t);
    return Number.isFinite(ms) ? ms : null;
  }
  const time = String.raw`(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?`;
  let m = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${time}$`).exec(t);
  if (m) return local(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], timeZone);
  m = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${time}$`).exec(t);
  if (m) {
    const dayFirst = local(Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5], m[6], timeZone);
    return dayFirst ?? local(Number(m[3]), Number(m[1]), Number(m[2]), m[4], m[5], m[6], timeZone);
  }
  return null;
}

function local(y: number, mo: number, d: number, h: string | undefined, mi: string | undefined,
  s: string | undefined, timeZone: string): Instant | null {
  const day = validDay(y, mo, d);
  if (day === null) return null;
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return instantOfLocal(day, hour, minute, timeZone) + second * 1000;
}
