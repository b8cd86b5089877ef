// `Kepatuhan Pendamping`: reporting completeness of every active pendamping over the look-back window.
import { type CellValue, type LocalDay, type Registry, type ValidationResult } from "../model";
import type { Settings } from "../settings/types";
import { digestResults } from "../digest/digest";
import type { PendampingTally, ResultsDigest } from "../digest/types";
import { HEADERS } from "../text/sheets";
import { localDayOf } from "../time/timeZone";
import { weekdayOf } from "../time/localDay";
import { BLANK, FORMAT, dateCell, type Table } from "./table";

const T = FORMAT.text;
const I = FORMAT.integer;
const KEPATUHAN_FORMATS: readonly string[] = [T, T, T, I, I, I, FORMAT.decimal1, I, I, FORMAT.date, I];

/** Working days of the window of `complianceWindowDays` days ending today (inclusive): working weekdays minus holidays. */
export function workingDaysInWindow(today: LocalDay, settings: Settings): Set<LocalDay> {
  const holidays = new Set(settings.holidays);
  const weekdays = new Set(settings.workingWeekdays);
  const days = new Set<LocalDay>();
  for (let d = today - Math.max(0, settings.complianceWindowDays) + 1; d <= today; d++) {
    if (weekdays.has(weekdayOf(d)) && !holidays.has(d)) days.add(d);
  }
  return days;
}

/**
 * Per active pendamping who reports (`Jenis` Koperasi, a cooperative assigned, or a report sent), sorted by `Kelengkapan (%)` ascending (worst first; blank last), then ID. Choices:
 * - `Hari Melapor` counts distinct working days of the window (submission day in the settings' time zone)
 *   with at least one counted report; reports sent on weekends or holidays do not count as extra days;
 * - `Kelengkapan (%)` = Hari Melapor / Hari Kerja x 100, one decimal, blank when Hari Kerja is 0;
 * - `Laporan Valid` = all-time counted reports (`Valid` + `Peringatan`); `Laporan Ditolak` = all-time `Ditolak`;
 * - `Laporan Terakhir` = day of the latest submission of any status; blank when none.
 */
export function kepatuhanTable(
  registry: Registry,
  results: readonly ValidationResult[],
  settings: Settings,
  today: LocalDay,
): Table {
  return kepatuhanFromDigest(registry, digestResults(results, settings, today), settings, today);
}

/** kepatuhanTable from a digest of the results (made with these settings, on or before `today`). */
export function kepatuhanFromDigest(registry: Registry, digest: ResultsDigest, settings: Settings, today: LocalDay): Table {
  const workDays = workingDaysInWindow(today, settings);
  const tz = settings.timeZone;
  const none: PendampingTally = { counted: 0, rejected: 0, last: null, days: new Map() };
  const tallyOf = (id: string): PendampingTally => digest.pendamping.get(id) ?? none;
  const reportDays = (t: PendampingTally): number => {
    let n = 0;
    for (const day of t.days.keys()) if (workDays.has(day)) n++;
    return n;
  };
  const assigned = new Map<string, number>();
  for (const k of registry.koperasi) assigned.set(k.pendampingId, (assigned.get(k.pendampingId) ?? 0) + 1);

  // The pendamping who report (SPEC section 8, seed 003: of 78 PPPK only the pendamping koperasi report):
  // `Jenis` Koperasi, or any with a cooperative assigned or a report sent; UKM/KUR staff otherwise left out.
  const reports = (p: (typeof registry.pendamping)[number]): boolean => {
    const t = tallyOf(p.id);
    return p.kind === "Koperasi" || (assigned.get(p.id) ?? 0) > 0 || t.counted + t.rejected > 0;
  };
  const entries = registry.pendamping.filter((p) => p.active && reports(p)).map((p) => {
    const t = tallyOf(p.id);
    const days = reportDays(t);
    const completeness = workDays.size > 0 ? Math.round((days / workDays.size) * 1000) / 10 : null;
    const lastDay = t.last !== null ? localDayOf(t.last, tz) : null;
    const row: CellValue[] = [
      p.id, p.name, p.regency, assigned.get(p.id) ?? 0, workDays.size, days, completeness ?? BLANK,
      t.counted, t.rejected, lastDay === null ? BLANK : dateCell(lastDay, settings.sheetTimeZone),
      lastDay === null ? BLANK : Math.max(0, today - lastDay),
    ];
    return { id: p.id, completeness, row };
  });
  entries.sort((a, b) => {
    const ca = a.completeness ?? Infinity;
    const cb = b.completeness ?? Infinity;
    return ca !== cb ? ca - cb : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return { headers: HEADERS.kepatuhan, rows: entries.map((e) => e.row), numberFormats: KEPATUHAN_FORMATS };
}
