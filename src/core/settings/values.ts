// Parsers for the value formats of `Pengaturan` (numbers, dates, colours, boxes, day lists, ...).
// Each returns the typed value or undefined when the cell does not fit; zod states the final shape.
// zod/mini: the same checks as "zod" with a fraction of the bundle size (every trigger run parses it).
import * as z from "zod/mini";
import { zBetween, zAboveUpTo, zInt, zMatching, zMaxLength, zMinLength } from "../zodChecks";
import type { CellValue, LocalDay } from "../model";
import { isValidDate, parseDayCell, parseDecimal, parseIndonesianNumber, parseYesNo } from "../sheets/cells";
import { normalizeWords } from "../sheets/choices";
import { localHourOf, isValidTimeZone } from "../time/timeZone";
import { parseDayText } from "../time/localDay";
import { NO_OBSTACLE } from "../text/sheets";
import { TIME_ZONE_ALIASES, WEEKDAY_ALIASES, WEEKDAY_NAMES } from "../text/settings";
import type { RegionBox } from "./types";

const MAX_TEXT = 2000;

function check<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

function textOf(cell: CellValue): string | undefined {
  return typeof cell === "string" && cell.length <= MAX_TEXT ? cell.trim() : undefined;
}

export const NUMBER_PATTERN = String.raw`[+-]?\d+(?:[.,]\d+)?`;
const RANGE_SEPARATOR = String.raw`(?:\.\.|–|—|-|s\/d|sampai|hingga)`;
const RANGE_RE = new RegExp(String.raw`^(${NUMBER_PATTERN})\s*${RANGE_SEPARATOR}\s*(${NUMBER_PATTERN})$`, "i");

function toNumber(text: string): number {
  return Number(text.replace(",", "."));
}

/** "0-5", "10..35", "-11.2..-7.9", "30 s/d 65"; a single number n is n..n when `single` is allowed. */
export function parseRange(text: string, single = false): { min: number; max: number } | undefined {
  const t = text.trim();
  const m = RANGE_RE.exec(t);
  if (m) return { min: toNumber(m[1] ?? ""), max: toNumber(m[2] ?? "") };
  if (single && new RegExp(`^${NUMBER_PATTERN}$`).test(t)) return { min: toNumber(t), max: toNumber(t) };
  return undefined;
}

export function parseTimeZone(cell: CellValue): string | undefined {
  const t = textOf(cell);
  if (t === undefined) return undefined;
  const name = TIME_ZONE_ALIASES[t.toUpperCase()] ?? t;
  return check(z.string().check(zMinLength(1), z.refine(isValidTimeZone)), name);
}

export function parsePlainText(cell: CellValue): string | undefined {
  const t = typeof cell === "number" && Number.isFinite(cell) ? String(cell) : textOf(cell);
  return check(z.string().check(zMinLength(1), zMaxLength(100)), t);
}

export function parseDay(cell: CellValue, timeZone: string): LocalDay | undefined {
  return check(zInt(), parseDayCell(cell, timeZone));
}

export function parseInteger(cell: CellValue, min: number, max: number): number | undefined {
  return check(zInt().check(zBetween(min, max)), parseDecimal(cell));
}

export function parseNumber(cell: CellValue, min: number, max: number, minExclusive = false): number | undefined {
  const schema = minExclusive ? z.number().check(zAboveUpTo(min, max)) : z.number().check(zBetween(min, max));
  return check(schema, parseDecimal(cell));
}

/** Land areas may be written with thousands dots: "1.000". */
export function parseArea(cell: CellValue, min: number, max: number): number | undefined {
  return check(z.number().check(zBetween(min, max)), parseIndonesianNumber(cell));
}

/** "#b7e1cd", "#B7E1CD", "b7e1cd", "#abc" -> "#b7e1cd" style lower-case #rrggbb. */
export function parseColor(cell: CellValue): string | undefined {
  const t = textOf(cell)?.toLowerCase().replace(/^#/, "");
  const full = t !== undefined && /^[0-9a-f]{3}$/.test(t) ? t.replace(/./g, (c) => c + c) : t;
  return check(z.string().check(zMatching(/^#[0-9a-f]{6}$/)), full === undefined ? undefined : `#${full}`);
}

/**
 * "lat_min..lat_max; lon_min..lon_max" (also `,` or a new line between the two ranges, optional words
 * lintang/lat and bujur/lon, and - or s/d between the ends). Ends may be given in either order.
 */
export function parseRegionBox(cell: CellValue): RegionBox | undefined {
  const t = textOf(cell);
  if (t === undefined) return undefined;
  const cleaned = t.replace(/\b(lintang|latitude|lat|bujur|longitude|lon|lng)\b\s*[:=]?/gi, " ");
  const parts = cleaned.split(/\s*[;|\n]\s*|,\s+/).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length !== 2) return undefined;
  const lat = parseRange(parts[0] ?? "");
  const lon = parseRange(parts[1] ?? "");
  if (!lat || !lon) return undefined;
  const box = {
    minLat: Math.min(lat.min, lat.max), maxLat: Math.max(lat.min, lat.max),
    minLon: Math.min(lon.min, lon.max), maxLon: Math.max(lon.min, lon.max),
  };
  return check(z.object({
    minLat: z.number().check(zBetween(-90, 90)), maxLat: z.number().check(zBetween(-90, 90)),
    minLon: z.number().check(zBetween(-180, 180)), maxLon: z.number().check(zBetween(-180, 180)),
  }), box);
}

function weekdayIndex(word: string): number | undefined {
  const w = word.trim().toLowerCase();
  const i = WEEKDAY_NAMES.findIndex((n) => n.toLowerCase() === w);
  if (i >= 0) return i;
  return WEEKDAY_ALIASES[w] ?? WEEKDAY_ALIASES[normalizeWords(w)];
}

/** "Senin-Jumat", "Senin s/d Sabtu", "Senin, Rabu, Jumat", "Senin-Rabu, Jumat" -> sorted weekday numbers. */
export function parseWeekdays(cell: CellValue): number[] | undefined {
  const t = textOf(cell);
  if (t === undefined) return undefined;
  const days = new Set<number>();
  for (const part of t.split(/\s*(?:[,;\n]|\bdan\b)\s*/i).filter((p) => p.trim() !== "")) {
    const range = /^(.+?)\s*(?:-|–|—|s\/d|sampai|hingga)\s*(.+)$/i.exec(part.trim());
    if (range) {
      const from = weekdayIndex(range[1] ?? "");
      const to = weekdayIndex(range[2] ?? "");
      if (from === undefined || to === undefined) return undefined;
      for (let d = from; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === to) break;
      }
    } else {
      const d = weekdayIndex(part);
      if (d === undefined) return undefined;
      days.add(d);
    }
  }
  return check(z.array(zInt().check(zBetween(0, 6))).check(zMinLength(1)), [...days].sort((a, b) => a - b));
}

/** Dates dd/MM/yyyy separated by commas, semicolons, spaces or new lines (or one date cell). */
export function parseHolidays(cell: CellValue, timeZone: string): LocalDay[] | undefined {
  if (isValidDate(cell)) return [parseDayCell(cell, timeZone) ?? 0];
  const t = textOf(cell);
  if (t === undefined) return undefined;
  const days = new Set<number>();
  for (const part of t.split(/[,;\s]+/).filter((p) => p !== "")) {
    const d = parseDayText(part);
    if (d === null) return undefined;
    days.add(d);
  }
  return check(z.array(zInt()), [...days].sort((a, b) => a - b));
}

/** 6, "6", "06:00", "06.00", or a time cell (its hour in the zone). */
export function parseHour(cell: CellValue, timeZone: string): number | undefined {
  if (isValidDate(cell)) return localHourOf(cell.getTime(), timeZone);
  const t = textOf(cell);
  const m = t === undefined ? null : /^(\d{1,2})[.:]00$/.exec(t);
  const value = m ? Number(m[1]) : parseDecimal(cell);
  return check(zInt().check(zBetween(0, 23)), value);
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Emails separated by commas, semicolons, spaces or new lines, lower-cased. */
export function parseEmails(cell: CellValue): string[] | undefined {
  const t = textOf(cell);
  if (t === undefined) return undefined;
  const emails = t.split(/[,;\s]+/).filter((p) => p !== "").map((p) => p.toLowerCase());
  return check(z.array(z.string().check(zMatching(EMAIL))), [...new Set(emails)]);
}

/** Ya/Tidak (also y/n, true/false, a checkbox cell). */
export function parseYesNoSetting(cell: CellValue): boolean | undefined {
  return parseYesNo(cell) ?? undefined;
}

/**
 * JENIS_KENDALA: categories separated by commas, semicolons or new lines; `Tidak ada` (always offered
 * first by the form) is dropped if written, repeats are dropped. At least one, each at most 60 characters.
 */
export function parseObstacleKinds(cell: CellValue): string[] | undefined {
  const t = textOf(cell);
  if (t === undefined) return undefined;
  const seen = new Set<string>([normalizeWords(NO_OBSTACLE)]);
  const out: string[] = [];
  for (const part of t.split(/[,;\n]/)) {
    const kind = part.replace(/\s+/g, " ").trim();
    if (kind === "") continue;
    if (kind.length > 60) return undefined;
    const key = normalizeWords(kind);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(kind);
  }
  return out.length > 0 ? out : undefined;
}
