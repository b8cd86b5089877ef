// `Log` rows an archive run moves to BigQuery's `log` table: the oldest rows, from before the first day
// of the previous calendar month (the sheet keeps this month and the last), each with a stable key.
import type { CellValue, LocalDay } from "../model";
import { fnv1a64 } from "../reports/hash";
import { cellText, isValidDate } from "../sheets/cells";
import { dayFromYmd, ymdOf } from "../time/localDay";
import { localDayOf } from "../time/timeZone";
import type { ArchiveRow } from "./rows";
import { f, type ArchiveField } from "./schema";

export const LOG_TABLE = "log";

/** The first day the `Log` keeps: the first of the month before today's. */
export function logCutoff(today: LocalDay): LocalDay {
  const { year, month } = ymdOf(today);
  return month === 1 ? dayFromYmd(year - 1, 12, 1) : dayFromYmd(year, month - 1, 1);
}

/** How many rows from `Log` row 2 may go: the longest block whose `Waktu` is a time before the cutoff. */
export function logPrefix(waktu: readonly CellValue[], cutoff: LocalDay, timeZone: string): number {
  let n = 0;
  while (n < waktu.length && isValidDate(waktu[n]) && localDayOf((waktu[n] as Date).getTime(), timeZone) < cutoff) n++;
  return n;
}

/**
 * The rows as BigQuery rows; identical rows (same second, same text) are told apart by their order.
 * `seen`: how often each row fingerprint came before (carried from one range of rows to the next).
 */
export function logRows(
  rows: readonly (readonly CellValue[])[], src: { province: string; spreadsheetId: string; timeZone: string; archivedAt: Date },
  seen = new Map<string, number>(),
): ArchiveRow[] {
  return rows.map((r) => {
    const [waktu, pengguna, aksi, hasil, rincian] = [0, 1, 2, 3, 4].map((i) => (isValidDate(r[i]) ? (r[i] as Date).toISOString() : cellText(r[i], src.timeZone)));
    const hash = fnv1a64([waktu, pengguna, aksi, hasil, rincian].join("\u001f"));
    const k = seen.get(hash) ?? 0;
    seen.set(hash, k + 1);
    return {
      log_key: `${src.spreadsheetId}:${hash}${k > 0 ? `:${k}` : ""}`,
      province: src.province,
      spreadsheet_id: src.spreadsheetId,
      waktu: isValidDate(r[0]) ? waktu! : null,
      pengguna: pengguna!,
      aksi: aksi!,
      hasil: hasil!,
      rincian: rincian!,
      archived_at: src.archivedAt.toISOString(),
    };
  });
}

export const LOG_SCHEMA: readonly ArchiveField[] = [
  f("log_key", "STRING", "Workbook id and row fingerprint; the insertId", "REQUIRED"),
  f("province", "STRING", "NAMA_PROVINSI", "REQUIRED"),
  f("spreadsheet_id", "STRING", "Workbook id", "REQUIRED"),
  f("waktu", "TIMESTAMP", "Log Waktu"),
  f("pengguna", "STRING", "Log Pengguna"),
  f("aksi", "STRING", "Log Aksi"),
  f("hasil", "STRING", "Log Hasil"),
  f("rincian", "STRING", "Log Rincian"),
  f("archived_at", "TIMESTAMP", "When archived", "REQUIRED"),
];
