// What an archive run moves and how: the oldest response rows (a prefix of the sheet, so the rows that
// stay keep their order) whose visit month has closed and that are older than the setting, only when
// every one of them has its `Validasi` row; then insertAll requests within BigQuery's limits.
import type { CellValue, LocalDay } from "../model";
import { isValidDate, parseDayCell } from "../sheets/cells";
import { ymdOf } from "../time/localDay";
import { localDayOf } from "../time/timeZone";
import type { ArchiveRow } from "./rows";

/** Rows per insertAll request: BigQuery recommends about 500 (the hard limit is 50,000). */
export const ROWS_PER_REQUEST = 500;
/** Bytes per request, below BigQuery's 10 MB HTTP limit with room for the envelope. */
export const BYTES_PER_REQUEST = 9 * 1024 * 1024;

const VISIT_COL = 4; // Validasi: Tanggal Kunjungan

function monthIndex(day: LocalDay): number {
  const { year, month } = ymdOf(day);
  return year * 12 + month;
}

/**
 * How many data rows (from sheet row `firstRow`, 2 unless a range further down) may go: the longest
 * prefix whose submission is more than `ageDays` before `today` and whose visit month is before today's
 * month. `validasi[i]` is the `Validasi` row of `responses[i]` (its Baris equal to i + firstRow); a row
 * without one stops the prefix.
 */
export function archivablePrefix(
  responses: readonly (readonly CellValue[])[],
  validasi: readonly (readonly CellValue[])[],
  today: LocalDay,
  ageDays: number,
  timeZone: string,
  firstRow = 2,
): number {
  const month = monthIndex(today);
  let n = 0;
  for (; n < responses.length; n++) {
    const stamp = responses[n]![0];
    const v = validasi[n];
    if (!isValidDate(stamp) || !v || Number(v[0]) !== n + firstRow) break;
    if (today - localDayOf(stamp.getTime(), timeZone) <= ageDays) break;
    const visit = parseDayCell(v[VISIT_COL], timeZone) ?? localDayOf(stamp.getTime(), timeZone);
    if (monthIndex(visit) >= month) break;
  }
  return n;
}

/** The rows not archived yet (keys BigQuery already holds are skipped: a run cut off before the delete). */
export function notYetArchived(rows: readonly ArchiveRow[], archivedKeys: ReadonlySet<string>, key = "report_key"): ArchiveRow[] {
  return rows.filter((r) => !archivedKeys.has(String(r[key])));
}

/** insertAll request bodies: at most ROWS_PER_REQUEST rows and BYTES_PER_REQUEST bytes each; insertId = the row's key. */
export function insertRequests(rows: readonly ArchiveRow[], key = "report_key"): { rows: { insertId: string; json: ArchiveRow }[] }[] {
  const out: { rows: { insertId: string; json: ArchiveRow }[] }[] = [];
  let current: { insertId: string; json: ArchiveRow }[] = [];
  let bytes = 0;
  for (const json of rows) {
    const size = JSON.stringify(json).length * 3 + 64; // UTF-8 worst case per character
    if (current.length > 0 && (current.length >= ROWS_PER_REQUEST || bytes + size > BYTES_PER_REQUEST)) {
      out.push({ rows: current });
      current = [];
      bytes = 0;
    }
    current.push({ insertId: String(json[key]), json });
    bytes += size;
  }
  if (current.length > 0) out.push({ rows: current });
  return out;
}
