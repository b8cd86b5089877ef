// What staff typed in their own columns beside archived `Validasi` rows: written to `Log` before those
// rows are deleted (the `Log` rows go to BigQuery's `log` table at a later archive), so nothing is lost.
import type { CellValue } from "../model";
import { VALIDASI_HEADERS } from "../summaries/validasi";
import { ARCHIVE_TEXT } from "../text/archive";
import { formatDay } from "../time/localDay";
import { localDayOf } from "../time/timeZone";

/** Below Google's 50,000 characters per cell, with room for the part's prefix. */
const CELL_CHARS = 45_000;

/** Where `Baris`, `ID Koperasi` and `Tanggal Kunjungan` are among the add-on's `Validasi` columns. */
const [ROW, ID, DAY] = (["Baris", "ID Koperasi", "Tanggal Kunjungan"] as const).map((h) => VALIDASI_HEADERS.indexOf(h)) as [number, number, number];
/** The add-on's columns to read for naming the rows (A through `Tanggal Kunjungan`). */
export const REPORT_COLUMNS = Math.max(ROW, ID, DAY) + 1;

const filled = (c: CellValue | undefined): boolean => c !== undefined && c !== null && c !== "";

const show = (c: CellValue | undefined, timeZone: string): string =>
  c instanceof Date ? formatDay(localDayOf(c.getTime(), timeZone)) : String(c ?? "");

/** Indexes (into `staff`, from 1: row 0 is the header) of the rows holding anything. */
export function staffRows(staff: readonly CellValue[][]): number[] {
  const out: number[] = [];
  for (let i = 1; i < staff.length; i++) if (staff[i]!.some(filled)) out.push(i);
  return out;
}

/**
 * The `Log` texts naming each archived row's report (`Baris`, `ID Koperasi`, `Tanggal Kunjungan` from
 * `own`, the add-on's columns A.. of the same rows) with each staff header and value; several texts
 * when one cell would not hold them all. `timeZone`: the spreadsheet's, in which date cells hold their day.
 */
export function staffLogTexts(
  sheet: string, staff: readonly CellValue[][], own: readonly CellValue[][], rows: readonly number[], timeZone: string, limit = CELL_CHARS,
): string[] {
  const header = staff[0] ?? [];
  const items: string[] = [];
  for (const i of rows) {
    const mine = own[i - 1] ?? [];
    staff[i]!.forEach((c, j) => {
      if (filled(c)) items.push(ARCHIVE_TEXT.staffCell(mine[ROW] ?? "", mine[ID] ?? "", show(mine[DAY], timeZone), show(header[j], timeZone), show(c, timeZone)));
    });
  }
  const text = ARCHIVE_TEXT.staffCells(sheet, items.join("; "));
  if (text.length <= limit) return [text];
  const k = Math.ceil(text.length / limit);
  return Array.from({ length: k }, (_, i) => ARCHIVE_TEXT.staffPart(i + 1, k) + text.slice(i * limit, (i + 1) * limit));
}
