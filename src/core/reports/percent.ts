// A progress cell typed as "45%" holds 0.45 with a percent format: it is read as it shows (45).
import type { CellValue } from "../model";

/** True for a number format that shows the value times 100 with "%" (not a quoted or escaped "%"). */
export function isPercentFormat(format: string): boolean {
  return format.replace(/"[^"]*"|\\./g, "").includes("%");
}

/**
 * Whether a cell's reading can depend on its format: a number that is a plausible percentage typed
 * with "%" (0,45 for 45%, 1,5 for 150%). Whole numbers above 2 read the same either way for an
 * agency (45 in a percent-formatted cell shows 4500% but was meant as 45), so their formats are not read.
 */
export function mayBePercent(cell: CellValue): boolean {
  return typeof cell === "number" && cell !== 0 && (Math.abs(cell) <= 2 || !Number.isInteger(cell));
}

/** The value a percent-formatted number shows (times 100, without binary noise such as 45.00000000000001). */
export function percentShown(value: number): number {
  return Math.round(value * 100 * 1e9) / 1e9;
}

/**
 * Replaces, in `values` (header row first), each percent-formatted number of column `col` by what it
 * shows; `formats[i]` is the format of data row i (values[i + 1]).
 */
export function applyPercentFormats(values: CellValue[][], col: number, formats: readonly string[]): void {
  for (let i = 0; i < formats.length; i++) {
    const line = values[i + 1];
    const v = line?.[col];
    if (line && typeof v === "number" && isPercentFormat(formats[i] ?? "")) line[col] = percentShown(v);
  }
}
