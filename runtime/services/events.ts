// Event objects Apps Script passes to trigger functions.
// https://developers.google.com/apps-script/guides/triggers/events
import { wallClock } from "./tz";

/** ISO-8601 week number of a UTC date. */
function isoWeek(ms: number): number {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(new Date(thursday).getUTCFullYear(), 0, 4));
  const first = Date.UTC(firstThursday.getUTCFullYear(), 0, 4 - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  return 1 + Math.round((thursday - first) / (7 * 86_400_000));
}

/** Time-driven event: fields are in UTC (`timezone: "UTC"`), day-of-week 1 = Monday ... 7 = Sunday. */
export function timeDrivenEvent(at: Date, triggerUid: string): Record<string, unknown> {
  const w = wallClock(at.getTime(), "UTC");
  return {
    authMode: "FULL",
    "day-of-month": w.day,
    "day-of-week": w.weekday === 0 ? 7 : w.weekday,
    hour: w.hour,
    minute: w.minute,
    month: w.month,
    second: w.second,
    timezone: "UTC",
    triggerUid,
    "week-of-year": isoWeek(at.getTime()),
    year: w.year,
  };
}
