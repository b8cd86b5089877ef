// Time-zone helpers for the service fakes (form timestamps and dates, time-driven trigger events),
// built on the runtime's one Intl-based implementation in runtime/tz.ts.
import { instantFromWall, wallParts, type WallParts } from "../tz";

export type WallClock = WallParts;

export function wallClock(ms: number, timeZone: string): WallClock {
  return wallParts(ms, timeZone);
}

/** The instant at which the wall clock in `timeZone` shows the given local time. */
export function zonedInstant(
  year: number, month: number, day: number, timeZone: string, hour = 0, minute = 0, second = 0,
): Date {
  return new Date(instantFromWall(year, month, day, hour, minute, second, 0, timeZone));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Date text the way Sheets shows it for a locale: en_US `M/d/yyyy`, others (id_ID...) `d/M/yyyy`. */
export function formatDateText(ms: number, timeZone: string, locale: string, withTime: boolean): string {
  const w = wallClock(ms, timeZone);
  const date = locale.startsWith("en_US") || locale === "en"
    ? `${w.month}/${w.day}/${w.year}`
    : `${w.day}/${w.month}/${w.year}`;
  return withTime ? `${date} ${w.hour}:${pad(w.minute)}:${pad(w.second)}` : date;
}
