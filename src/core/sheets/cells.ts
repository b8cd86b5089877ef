// Reading one cell of Range.getValues() defensively: text, numbers (Indonesian style), yes/no, days.
import type { CellValue, LocalDay } from "../model";
import { formatDay, parseDayText } from "../time/localDay";
import { localDayOf } from "../time/timeZone";
import { NO_WORDS, YES_WORDS } from "../text/registry";

/** Longest text a number/date/choice parser looks at; longer text is unreadable by definition. */
const MAX_PARSE_LENGTH = 200;

/** Days between the spreadsheet epoch 30/12/1899 and 01/01/1970. */
const SHEETS_EPOCH_OFFSET_DAYS = 25569;

/** True for '' and whitespace-only text (and anything getValues never returns: null/undefined). */
export function isBlank(cell: CellValue | null | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  if (cell.length === 0) return true;
  // A printable, non-space ASCII first character survives trim() (no need to trim a long answer).
  const first = cell.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return cell.trim() === "";
}

/** A valid Date object (getValues gives Dates for date cells; an invalid Date is unreadable). */
export function isValidDate(cell: unknown): cell is Date {
  return cell instanceof Date && Number.isFinite(cell.getTime());
}

/**
 * The cell as trimmed text, the way a person reads it: numbers without a trailing ".0",
 * booleans as TRUE/FALSE, a Date as its dd/MM/yyyy day in the zone.
 */
export function cellText(cell: CellValue | null | undefined, timeZone: string): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (isValidDate(cell)) return formatDay(localDayOf(cell.getTime(), timeZone));
  return "";
}

/** Trimmed text with runs of whitespace collapsed, lower-cased: for comparing labels and headers. */
export function normalizeLabel(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

function stripUnits(text: string): string {
  return text
    .replace(/\s*(m2|m²|m\^2|meter persegi|meter|persen|%|km|kilometer|hari|poin)\s*$/i, "")
    .trim();
}

/**
 * A decimal number where `,` or `.` is the decimal mark and there are no thousands separators
 * ("45", "45,5", "45.5", "-8,65", "45%"). For progress, coordinates and small settings.
 */
export function parseDecimal(cell: CellValue | null | undefined): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string" || cell.length > MAX_PARSE_LENGTH) return null;
  const t = stripUnits(cell.trim());
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return null;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/**
 * A number written the Indonesian way, where `.` groups thousands and `,` marks decimals
 * ("1.000" = 1000, "1.250,5" = 1250.5, "1000 m2"); a single "." not followed by exactly three
 * digits groups is a decimal mark ("12.5"). For land areas.
 */
export function parseIndonesianNumber(cell: CellValue | null | undefined): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string" || cell.length > MAX_PARSE_LENGTH) return null;
  const t = stripUnits(cell.trim()).replace(/\s/g, "");
  if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(t)) {
    return Number(t.replace(/\./g, "").replace(",", "."));
  }
  if (/^[+-]?[1-9]\d{0,2}(,\d{3})+\.\d+$/.test(t)) {
    return Number(t.replace(/,/g, ""));
  }
  return parseDecimal(t);
}

/** Ya/Tidak (and y, yes, true, 1, TRUE / t, no, false, 0, FALSE); null when blank or unreadable. */
export function parseYesNo(cell: CellValue | null | undefined): boolean | null {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : null;
  if (typeof cell !== "string" || cell.length > MAX_PARSE_LENGTH) return null;
  const t = normalizeLabel(cell);
  if ((YES_WORDS as readonly string[]).includes(t)) return true;
  if ((NO_WORDS as readonly string[]).includes(t)) return false;
  return null;
}

/**
 * A calendar day from a Date cell (its day in the zone), a dd/MM/yyyy (or yyyy-MM-dd) text, or a
 * spreadsheet serial number (a date cell formatted as a number). Null when unreadable.
 */
export function parseDayCell(cell: CellValue | null | undefined, timeZone: string): LocalDay | null {
  if (isValidDate(cell)) return localDayOf(cell.getTime(), timeZone);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 1 || cell > 200_000) return null;
    return Math.floor(cell) - SHEETS_EPOCH_OFFSET_DAYS;
  }
  if (typeof cell !== "string" || cell.length > MAX_PARSE_LENGTH) return null;
  return parseDayText(cell);
}

/** Text shortened for a message: at most `max` characters, newlines flattened. */
export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
