// Calendar days as integers (days since 1970-01-01) and their `dd/MM/yyyy` text. Pure arithmetic, no time zone.
import type { LocalDay } from "../model";

const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month: number, day: number): LocalDay {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymdOf(day: LocalDay): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Minggu (Sunday) .. 6 = Sabtu (Saturday). */
export function weekdayOf(day: LocalDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Texts of days already formatted (every row of a big sheet formats one of a few hundred days). */
const DAY_TEXT_LIMIT = 20_000;
const formatted = new Map<LocalDay, string>();
const isoFormatted = new Map<LocalDay, string>();

function remember(cache: Map<LocalDay, string>, day: LocalDay, text: string): string {
  if (cache.size >= DAY_TEXT_LIMIT) cache.clear();
  cache.set(day, text);
  return text;
}

/** `dd/MM/yyyy`, the way dates are shown to people. */
export function formatDay(day: LocalDay): string {
  const known = formatted.get(day);
  if (known !== undefined) return known;
  const { year, month, day: d } = ymdOf(day);
  return remember(formatted, day, `${pad(d)}/${pad(month)}/${pad(year, 4)}`);
}

/** `yyyy-MM-dd`, for keys and settings written by machines. */
export function isoDay(day: LocalDay): string {
  const known = isoFormatted.get(day);
  if (known !== undefined) return known;
  const { year, month, day: d } = ymdOf(day);
  return remember(isoFormatted, day, `${pad(year, 4)}-${pad(month)}-${pad(d)}`);
}

/** A real calendar date or null (31/02 is null). */
export function validDay(year: number, month: number, day: number): LocalDay | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const result = dayFromYmd(year, month, day);
  const back = ymdOf(result);
  return back.month === month && back.day === day ? result : null;
}

/**
 * Reads a day typed as text: `dd/MM/yyyy`, `d/M/yyyy`, `dd-MM-yyyy`, `yyyy-MM-dd`, `dd.MM.yyyy`.
 * Day-first, the Indonesian order; a `yyyy-MM-dd` is unambiguous. Returns null when unreadable.
 */
export function parseDayText(text: string): LocalDay | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(t);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(t);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
