// Instants seen in an explicit IANA time zone (never the machine's): local day, local hour, text.
// Uses Intl (available in Apps Script V8 and Node); offsets are cached per zone and hour.
import type { Instant, LocalDay } from "../model";
import { formatDay } from "./localDay";

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Zones whose offset never changes (all of Indonesia): no Intl call needed. */
const FIXED_OFFSET_MINUTES: Record<string, number> = {
  "Asia/Jakarta": 420,
  "Asia/Pontianak": 420,
  "Asia/Makassar": 480,
  "Asia/Jayapura": 540,
  UTC: 0,
  "Etc/UTC": 0,
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the name is a time zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone in FIXED_OFFSET_MINUTES) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes to add to UTC to get local wall-clock time at that instant. */
export function offsetMinutes(at: Instant, timeZone: string): number {
  const fixed = FIXED_OFFSET_MINUTES[timeZone];
  if (fixed !== undefined) return fixed;
  const key = `${timeZone}|${Math.floor(at / MS_PER_HOUR)}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(at))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0,
    parts.minute ?? 0, parts.second ?? 0);
  const offset = Math.round((asUtc - (at - (at % 1000))) / 60_000);
  if (offsetCache.size > 10_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/** The calendar day of an instant in the zone (a visit at 23:30 WITA is that day, not the next). */
export function localDayOf(at: Instant, timeZone: string): LocalDay {
  return Math.floor((at + offsetMinutes(at, timeZone) * 60_000) / MS_PER_DAY);
}

/** The local hour 0..23 of an instant in the zone. */
export function localHourOf(at: Instant, timeZone: string): number {
  const local = at + offsetMinutes(at, timeZone) * 60_000;
  return Math.floor((((local % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_HOUR);
}

/** The instant of local midnight that starts the day. */
export function startOfLocalDay(day: LocalDay, timeZone: string): Instant {
  const guess = day * MS_PER_DAY;
  const first = guess - offsetMinutes(guess, timeZone) * 60_000;
  return guess - offsetMinutes(first, timeZone) * 60_000;
}

/** The instant of a local wall-clock time. */
export function instantOfLocal(day: LocalDay, hour: number, minute: number, timeZone: string): Instant {
  return startOfLocalDay(day, timeZone) + hour * MS_PER_HOUR + minute * 60_000;
}

/** `dd/MM/yyyy HH:mm` in the zone. */
export function formatDateTime(at: Instant, timeZone: string): string {
  const local = at + offsetMinutes(at, timeZone) * 60_000;
  const day = Math.floor(local / MS_PER_DAY);
  const minutes = Math.floor((local - day * MS_PER_DAY) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${formatDay(day)} ${hh}:${mm}`;
}
