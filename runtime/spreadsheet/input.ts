// How a value given to setValue(s)/appendRow lands in a cell: strings are parsed as if typed in the UI.
import { instantFromWall } from "../tz";
import { defaultDateFormat, defaultDateTimeFormat, localeInfo } from "./formats";
import type { Cell, CellValue } from "./grid";

/** Sheets refuses a cell of more than 50,000 characters (support.google.com/drive/answer/37603). */
export const MAX_CELL_CHARS = 50_000;
export const CELL_TOO_LONG = "Your input contains more than the maximum of 50000 characters in a single cell.";

/** Throws Google's error for text longer than a cell may hold (checked before anything is written). */
export function checkCellLength(raw: unknown): void {
  if (typeof raw === "string" && raw.length > MAX_CELL_CHARS) throw new Error(CELL_TOO_LONG);
}

/** What a write sets: the value, the formula (undefined for none) and the number format. */
export interface Written {
  v: CellValue;
  f: string | undefined;
  fmt: string | undefined;
}

export interface WriteContext {
  timeZone: string;
  locale: string;
}

/**
 * Range.setValue(s) parse strings like USER_ENTERED input (developers.google.com/sheets/api/reference/rest/v4/ValueInputOption):
 * "=..." becomes a formula, "0812" the number 812, "TRUE" a boolean, "21/11/2026" a date, "'x" the text x;
 * a cell whose number format is "@" (plain text) keeps the string as typed.
 */
export function writeValue(cell: Written, raw: unknown, ctx: WriteContext): void {
  cell.f = undefined;
  if (raw === null || raw === undefined || raw === "") {
    cell.v = "";
    return;
  }
  if (raw instanceof Date) {
    cell.v = new Date(raw.getTime());
    if (cell.fmt === undefined) cell.fmt = defaultDateTimeFormat(ctx.locale);
    return;
  }
  if (typeof raw === "number" || typeof raw === "boolean") {
    cell.v = raw;
    return;
  }
  const text = typeof raw === "string" ? raw : String(raw);
  if (cell.fmt === "@") {
    cell.v = text;
    return;
  }
  if (text.startsWith("'")) {
    cell.v = text.slice(1);
    return;
  }
  if (text.startsWith("=") && text.length > 1) {
    cell.f = text;
    cell.v = ""; // no evaluator: the cached result of a formula written here is ''
    return;
  }
  const parsed = parseTyped(text, ctx);
  cell.v = parsed.value;
  if (parsed.format !== undefined && cell.fmt === undefined) cell.fmt = parsed.format;
}

interface Parsed {
  value: string | number | boolean | Date;
  format?: string;
}

function parseTyped(text: string, ctx: WriteContext): Parsed {
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const info = localeInfo(ctx.locale);
  const dec = info.decimal === "," ? "," : "\\.";
  const num = new RegExp(`^([+-]?)(\\d+(?:${dec}\\d*)?|${dec}\\d+)(?:[eE]([+-]?\\d+))?(%?)$`).exec(t);
  if (num) {
    const [, sign = "", digits = "", exp, pct] = num;
    let n = Number(`${sign}${digits.replace(",", ".")}${exp ? `e${exp}` : ""}`);
    if (pct) n /= 100;
    if (Number.isFinite(n)) {
      if (pct) return { value: n, format: digits.includes(info.decimal) ? "0.00%" : "0%" };
      return { value: n };
    }
  }
  const date = parseDate(t, ctx);
  if (date) return date;
  return { value: text };
}

function parseDate(t: string, ctx: WriteContext): Parsed | null {
  const time = "(?:[ T](\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?";
  const iso = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${time}$`).exec(t);
  const slash = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${time}$`).exec(t);
  let y: number, mo: number, d: number, rest: (string | undefined)[];
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    rest = iso.slice(4);
  } else if (slash) {
    const dayFirst = localeInfo(ctx.locale).dayFirst;
    const a = Number(slash[1]);
    const b = Number(slash[2]);
    [d, mo] = dayFirst ? [a, b] : [b, a];
    y = Number(slash[3]);
    rest = slash.slice(4);
  } else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCDate() !== d) return null;
  const [hh, mi, ss] = rest;
  const hasTime = hh !== undefined;
  const instant = instantFromWall(y, mo, d, Number(hh ?? 0), Number(mi ?? 0), Number(ss ?? 0), 0, ctx.timeZone);
  const format = iso
    ? hasTime ? "yyyy-MM-dd H:mm:ss" : "yyyy-MM-dd"
    : hasTime ? defaultDateTimeFormat(ctx.locale) : defaultDateFormat(ctx.locale);
  return { value: new Date(instant), format };
}

export type FormulaRisk = "formula" | "plus-minus" | "at";

/**
 * Whether a stored cell is (or risks being read as) a formula: "=" is always one; "+"/"-" followed by a
 * letter, "(" or an arithmetic expression may be parsed as one by Sheets (and by Excel/CSV consumers);
 * a leading "@" is formula-like in Excel. A number format "@" (plain text) makes the cell text.
 */
export function formulaRisk(cell: Cell): FormulaRisk | null {
  if (cell.f !== undefined) return "formula";
  if (typeof cell.v !== "string" || cell.fmt === "@") return null;
  const s = cell.v;
  if (/^[+-]\s*[A-Za-z(]/.test(s) || /^[+-]\s*\d[\d.,]*\s*[-+*/^&]/.test(s)) return "plus-minus";
  if (/^@\S/.test(s)) return "at";
  return null;
}
