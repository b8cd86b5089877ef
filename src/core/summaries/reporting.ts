// Per cooperative, whether it has a counted report and its latest counted visit day (from a results digest).
import type { LocalDay, ValidationResult } from "../model";
import { digestResults } from "../digest/digest";
import { isRecent } from "../digest/recent";
import type { ResultsDigest } from "../digest/types";

export { RECENT_DAYS, isRecent } from "../digest/recent";

/**
 * Latest counted visit day on or before today per cooperative id (present = has at least one counted
 * report; -Infinity when none of its counted visit days is usable).
 */
export function latestCountedVisitDays(results: readonly ValidationResult[], today: LocalDay): Map<string, LocalDay> {
  return latestVisitDays(digestResults(results, { complianceWindowDays: 0, timeZone: "UTC" }, today), today);
}

/** latestCountedVisitDays from a digest made on or before `today`. */
export function latestVisitDays(digest: ResultsDigest, today: LocalDay): Map<string, LocalDay> {
  const latest = new Map<string, LocalDay>();
  for (const [id, v] of digest.visits) {
    let best = v.best;
    for (const day of v.ahead) if (day <= today && day > best) best = day;
    latest.set(id, best);
  }
  return latest;
}

/** Cooperatives with a counted report whose visit day is within the last 7 days (see isRecent). */
export function reportedRecently(latestVisit: ReadonlyMap<string, LocalDay>, id: string, today: LocalDay): boolean {
  const day = latestVisit.get(id);
  return day !== undefined && isRecent(day, today);
}
