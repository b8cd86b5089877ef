// Display formatting like Sheets: number formats ("0.0%", "#,##0", "dd/MM/yyyy HH:mm", "@"), colours, locales.
import { wallAsUtc } from "../tz";
import type { CellValue } from "./grid";

/** What Range.getNumberFormat returns for a cell with the automatic format. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

interface LocaleInfo {
  decimal: string;
  group: string;
  dayFirst: boolean;
  intl: string;
}

/** Separators and date order of the spreadsheet locale ("en_US", "in_ID", ...). */
export function localeInfo(locale: string): LocaleInfo {
  const lang = (locale.split(/[_-]/)[0] ?? "en").toLowerCase();
  const intl = locale.replace("_", "-").replace(/^in-/, "id-");
  if (lang === "en") {
    const dayFirst = !/^en[_-](US|PH)$/i.test(locale);
    return { decimal: ".", group: ",", dayFirst, intl };
  }
  const space = ["fr", "ru", "sv", "fi", "nb", "pl", "cs"].includes(lang);
  const comma = space || ["in", "id", "de", "es", "it", "nl", "pt", "tr", "da"].includes(lang);
  return { decimal: comma ? "," : ".", group: space ? "\u00a0" : comma ? "." : ",", dayFirst: true, intl };
}

/** Number format Sheets gives a cell when a date-time is written into an automatic-format cell. */
export function defaultDateTimeFormat(locale: string): string {
  return localeInfo(locale).dayFirst ? "dd/MM/yyyy H:mm:ss" : "M/d/yyyy H:mm:ss";
}

export function defaultDateFormat(locale: string): string {
  return localeInfo(locale).dayFirst ? "dd/MM/yyyy" : "M/d/yyyy";
}

const NAMED: Record<string, string> = {
  white: "#ffffff", black: "#000000", red: "#ff0000", green: "#008000", blue: "#0000ff", yellow: "#ffff00",
  orange: "#ffa500", gray: "#808080", grey: "#808080", silver: "#c0c0c0", purple: "#800080", lime: "#00ff00",
  cyan: "#00ffff", magenta: "#ff00ff", pink: "#ffc0cb", brown: "#a52a2a", navy: "#000080", teal: "#008080",
};

/** Sheets stores colours as lower-case "#rrggbb"; null resets (to white for backgrounds). */
export function normalizeColor(color: string | null | undefined, fallback: string): string {
  if (color === null || color === undefined || color === "") return fallback;
  const c = color.trim().toLowerCase();
  if (NAMED[c]) return NAMED[c] as string;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}

export function dateToSerial(d: Date, timeZone: string): number {
  return (wallAsUtc(d.getTime(), timeZone) - SERIAL_EPOCH_MS) / DAY_MS;
}

function stripLiterals(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
}

export function isDateFormat(fmt: string): boolean {
  return /[dyhs]/i.test(stripLiterals(fmt).replace(/General/gi, "").replace(/[ap]m?\/[ap]m?/gi, ""));
}

function monthName(month: number, style: "long" | "short", intl: string): string {
  return new Intl.DateTimeFormat(intl, { month: style, timeZone: "UTC" }).format(Date.UTC(2000, month - 1, 1));
}

function dayName(wallUtc: number, style: "long" | "short", intl: string): string {
  return new Intl.DateTimeFormat(intl, { weekday: style, timeZone: "UTC" }).format(wallUtc);
}

/** Formats a wall-clock time (as a UTC epoch) with a Sheets date pattern (letters case-insensitive). */
export function formatSheetsDate(wallUtc: number, fmt: string, locale: string): string {
  const d = new Date(wallUtc);
  const intl = localeInfo(locale).intl;
  const tokens: { t: string; lit?: boolean }[] = [];
  const re = /"([^"]*)"|\\(.)|(am\/pm|a\/p)|([dmyhs])\4*|(\.0+)|([^"\\dmyhsa]+|.)/gi;
  for (const m of fmt.matchAll(re)) {
    if (m[1] !== undefined) tokens.push({ t: m[1], lit: true });
    else if (m[2] !== undefined) tokens.push({ t: m[2], lit: true });
    else if (m[3] !== undefined) tokens.push({ t: m[3] });
    else if (m[4] !== undefined) tokens.push({ t: m[0] });
    else if (m[5] !== undefined) tokens.push({ t: m[5] });
    else tokens.push({ t: m[0], lit: true });
  }
  const twelve = tokens.some((k) => !k.lit && /^(am\/pm|a\/p)$/i.test(k.t));
  const kinds = tokens.map((k) => (k.lit ? "" : k.t[0]?.toLowerCase() ?? ""));
  const near = (i: number, step: number): string => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) if (kinds[j]) return kinds[j] as string;
    return "";
  };
  const pad = (n: number, w: number): string => String(n).padStart(w, "0");
  const h = d.getUTCHours();
  return tokens
    .map((k, i) => {
      if (k.lit) return k.t;
      const n = k.t.length;
      const low = k.t.toLowerCase();
      if (low === "am/pm") return h < 12 ? "AM" : "PM";
      if (low === "a/p") return h < 12 ? "A" : "P";
      if (low.startsWith(".")) return "." + pad(d.getUTCMilliseconds(), 3).slice(0, n - 1).padEnd(n - 1, "0");
      switch (low[0]) {
        case "y": return n <= 2 ? pad(d.getUTCFullYear() % 100, 2) : String(d.getUTCFullYear());
        case "d":
          if (n >= 4) return dayName(wallUtc, "long", intl);
          if (n === 3) return dayName(wallUtc, "short", intl);
          return pad(d.getUTCDate(), n);
        case "h": {
          const hh = twelve ? (h % 12 === 0 ? 12 : h % 12) : h;
          return pad(hh, Math.min(n, 2));
        }
        case "s": return pad(d.getUTCSeconds(), Math.min(n, 2));
        case "m": {
          // Minutes when preceded by an hour or followed by seconds, month otherwise (Sheets rule).
          if (n <= 2 && (near(i, -1) === "h" || near(i, 1) === "s")) return pad(d.getUTCMinutes(), n);
          if (n >= 5) return monthName(d.getUTCMonth() + 1, "long", intl).slice(0, 1);
          if (n === 4) return monthName(d.getUTCMonth() + 1, "long", intl);
          if (n === 3) return monthName(d.getUTCMonth() + 1, "short", intl);
          return pad(d.getUTCMonth() + 1, n);
        }
        default: return k.t;
      }
    })
    .join("");
}

/** Formats a number with a Sheets numeric pattern such as "0", "0.0", "#,##0.00", "0%", "0.0%". */
export function formatNumberPattern(value: number, fmt: string, locale: string): string {
  const info = localeInfo(locale);
  const sections = fmt.split(";");
  let section = sections[0] ?? "";
  let v = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1] ?? section;
    v = Math.abs(value);
  } else if (value === 0 && sections.length > 2) section = sections[2] ?? section;
  const lits = section.match(/"[^"]*"|\\./g) ?? [];
  const body = section.replace(/"[^"]*"|\\./g, "\u0000");
  const m = /[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/.exec(body);
  if (!m) return section.replace(/"([^"]*)"/g, "$1");
  const pattern = m[0];
  const percent = body.includes("%");
  if (percent) v *= 100;
  const [intPart = "", fracPart = ""] = pattern.split(".");
  const maxDec = fracPart.length;
  const minDec = (fracPart.match(/0/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(",");
  let text = Math.abs(v).toFixed(maxDec);
  let [ip = "0", fp = ""] = text.split(".");
  while (fp.length > minDec && fp.endsWith("0")) fp = fp.slice(0, -1);
  ip = ip.replace(/^0+/, "").padStart(minInt, "0");
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, info.group);
  text = fp ? `${ip}${info.decimal}${fp}` : ip;
  if (text === "") text = "0";
  const negative = v < 0 && Number(text.replace(/[^0-9]/g, "")) !== 0 ? "-" : "";
  let litIndex = 0;
  const rebuilt = body.slice(0, m.index) + "\u0001" + body.slice(m.index + pattern.length);
  return (negative + rebuilt)
    .replace(/\u0000/g, () => (lits[litIndex++] ?? "").replace(/^"|"$/g, "").replace(/^\\/, ""))
    .replace("\u0001", text);
}

/** "Automatic" display of a number: up to 10 decimals, locale decimal separator, no grouping. */
export function formatAutomaticNumber(value: number, locale: string): string {
  if (!Number.isFinite(value)) return "#NUM!";
  const s = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10)));
  return s.replace(".", localeInfo(locale).decimal);
}

/** The text a cell shows (Range.getDisplayValues) for its value, format, time zone and locale. */
export function displayValue(value: CellValue, fmt: string | undefined, timeZone: string, locale: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const automatic = fmt === undefined || fmt === "" || fmt === DEFAULT_NUMBER_FORMAT || /^general$/i.test(fmt);
  if (value instanceof Date) {
    const wall = wallAsUtc(value.getTime(), timeZone);
    if (automatic) return formatSheetsDate(wall, defaultDateTimeFormat(locale), locale);
    if (fmt === "@") return formatSheetsDate(wall, defaultDateTimeFormat(locale), locale);
    if (isDateFormat(fmt)) return formatSheetsDate(wall, fmt, locale);
    return formatNumberPattern(dateToSerial(value, timeZone), fmt, locale);
  }
  if (automatic || fmt === "@") return formatAutomaticNumber(value, locale);
  if (isDateFormat(fmt)) return formatSheetsDate(SERIAL_EPOCH_MS + value * DAY_MS, fmt, locale);
  return formatNumberPattern(value, fmt, locale);
}

