// The common shape of every output block: values, one number format per column, optional backgrounds.
import type { CellValue, LocalDay } from "../model";
import { startOfLocalDay } from "../time/timeZone";

/**
 * One block the adapter writes in one go. Values: numbers as numbers, days as Date objects at local
 * midnight, text as strings, '' for blank. Every column holding text that came from a person has the
 * "@" (plain text) format, so Sheets never evaluates it as a formula.
 */
export interface Table {
  headers: readonly string[];
  rows: CellValue[][];
  /** One per column. */
  numberFormats: readonly string[];
  /** Same shape as rows; null = leave the cell's background alone. Rows may be shared: read-only. */
  backgrounds?: (string | null)[][];
}

export const FORMAT = {
  text: "@",
  date: "dd/MM/yyyy",
  dateTime: "dd/MM/yyyy HH:mm",
  integer: "0",
  decimal1: "0.0",
} as const;

export const BLANK = "";

/** A day as a real date for Sheets: the instant of its local midnight in the settings' time zone. */
export function dateCell(day: LocalDay, timeZone: string): Date {
  return new Date(startOfLocalDay(day, timeZone));
}

/** Mean rounded to one decimal, or '' when there is nothing to average. */
export function meanCell(sum: number, count: number): number | "" {
  return count > 0 ? Math.round((sum / count) * 10) / 10 : BLANK;
}

let nameCollator: Intl.Collator | null = null;

/**
 * Sort key for kabupaten/kota names: Indonesian collation, case-insensitive, ties by raw text. One
 * collator for every comparison: `localeCompare` with a locale builds one per call (same order).
 */
export function compareNames(a: string, b: string): number {
  nameCollator ??= new Intl.Collator("id", { sensitivity: "base" });
  return nameCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Distinct names in display order, with each name's rank (sorting by rank avoids collation per comparison). */
export function sortedNames(names: Iterable<string>): { order: string[]; rank: Map<string, number> } {
  const order = [...new Set(names)].sort(compareNames);
  return { order, rank: new Map(order.map((n, i) => [n, i])) };
}
