// Time-zone arithmetic for the fakes (Node Intl): wall-clock parts of an instant, and the instant of a
// wall-clock time in a zone. Used for form timestamps/dates and time-driven trigger events.

export interface WallClock {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
      hour: "numeric", minute: "numeric", second: "numeric", weekday: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? "Sun"),
  };
}

/** Offset of the zone from UTC at instant `ms`, in milliseconds. */
export function zoneOffset(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` shows the given local time. */
export function zonedInstant(
  year: number, month: number, day: number, timeZone: string, hour = 0, minute = 0, second = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let ms = guess - zoneOffset(guess, timeZone);
  ms = guess - zoneOffset(ms, timeZone);
  return new Date(ms);
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
