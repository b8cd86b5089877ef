// One pass over validation results: per cooperative, whether it has a counted report and its latest counted visit day.
import { isCounted, type LocalDay, type ValidationResult } from "../model";

/** Length of the "last 7 days" window used by Ringkasan, Tindak Lanjut and WhatsApp: today-6 .. today. */
export const RECENT_DAYS = 7;

/** True when the day lies in the 7 days ending today (inclusive). */
export function isRecent(day: LocalDay, today: LocalDay): boolean {
  return day <= today && day > today - RECENT_DAYS;
}

/**
 * Latest counted visit day on or before today per cooperative id (present = has at least one counted
 * report; -Infinity when none of its counted visit days is usable).
 */
export function latestCountedVisitDays(results: readonly ValidationResult[], today: LocalDay): Map<string, LocalDay> {
  const latest = new Map<string, LocalDay>();
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (!isCounted(r.status)) continue;
    const day = r.visitDay !== null && r.visitDay <= today ? r.visitDay : Number.NEGATIVE_INFINITY;
    const prev = latest.get(r.koperasiId);
    if (prev === undefined || day > prev) latest.set(r.koperasiId, day);
  }
  return latest;
}

/** Cooperatives with a counted report whose visit day is within the last 7 days (see isRecent). */
export function reportedRecently(latestVisit: ReadonlyMap<string, LocalDay>, id: string, today: LocalDay): boolean {
  const day = latestVisit.get(id);
  return day !== undefined && isRecent(day, today);
}
