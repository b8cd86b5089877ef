// Time-zone arithmetic for the local runtime (wall-clock parts of an instant and back), via Intl.

export interface WallParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Throws for a time zone ICU does not know. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

export function wallParts(instant: number, timeZone: string): WallParts {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "0";
  const ms = ((instant % 1000) + 1000) % 1000;
  return {
    year: Number(get("year")),
    month: Number(get("month")),
    day: Number(get("day")),
    hour: Number(get("hour")) % 24,
    minute: Number(get("minute")),
    second: Number(get("second")),
    millisecond: ms,
    weekday: WEEKDAYS.indexOf(get("weekday")),
  };
}

function exactOffset(instant: number, timeZone: string): number {
  const p = wallParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return Math.round((asUtc - instant) / 60000);
}

const HOUR = 3_600_000;
/** Per zone, per UTC hour: the offset when it is the same at the hour's first and last millisecond, else null. */
const hourOffsets = new Map<string, Map<number, number | null>>();

/**
 * Offset of the zone from UTC at that instant, in minutes (Asia/Makassar: +480). Asking ICU costs a
 * formatToParts per call and every date cell of an xlsx import or export asks, so an hour whose offset
 * is the same at both ends (no transition inside: zones change offset at most once in an hour) answers
 * from a table; an hour with a transition asks ICU for the instant itself.
 */
export function offsetMinutes(instant: number, timeZone: string): number {
  let zone = hourOffsets.get(timeZone);
  if (!zone || zone.size > 100_000) {
    zone = new Map();
    hourOffsets.set(timeZone, zone);
  }
  const hour = Math.floor(instant / HOUR);
  let known = zone.get(hour);
  if (known === undefined) {
    const first = exactOffset(hour * HOUR, timeZone);
    known = first === exactOffset(hour * HOUR + HOUR - 1, timeZone) ? first : null;
    zone.set(hour, known);
  }
  return known ?? exactOffset(instant, timeZone);
}

/** The instant at which the wall clock in timeZone shows the given local time (month 1..12). */
export function instantFromWall(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
  timeZone = "UTC",
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  let guess = asUtc - offsetMinutes(asUtc, timeZone) * 60000;
  guess = asUtc - offsetMinutes(guess, timeZone) * 60000;
  return guess;
}

/** The wall-clock time of instant in timeZone, expressed as a UTC epoch (for serial-style storage). */
export function wallAsUtc(instant: number, timeZone: string): number {
  return instant + offsetMinutes(instant, timeZone) * 60000;
}

/** Inverse of wallAsUtc. */
export function utcWallToInstant(wallUtc: number, timeZone: string): number {
  const d = new Date(wallUtc);
  return instantFromWall(
    d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(),
    d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), timeZone,
  );
}
