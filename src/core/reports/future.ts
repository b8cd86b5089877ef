// A submission time on a later day than the run (a pasted row with the wrong year) is no real report.
import type { Instant, Report } from "../model";
import { localDayOf } from "../time/timeZone";

/**
 * Adds a SUBMITTED_IN_FUTURE rejection to a report whose submission time falls on a later local day
 * than `now` (a later hour of today is accepted: typed times and clocks differ by minutes, and every
 * rule counts days). Without it the cooperative would look freshly reported until that day comes.
 */
export function rejectFutureSubmission(report: Report, now: Instant, timeZone: string): void {
  if (report.submittedAt === null) return;
  const submitDay = localDayOf(report.submittedAt, timeZone);
  const today = localDayOf(now, timeZone);
  if (submitDay <= today) return;
  report.problems = [...report.problems, { code: "SUBMITTED_IN_FUTURE", severity: "reject", params: { submitDay, today } }];
}
