// The daily feedback emails: for one day, each active pendamping's `Ditolak`/`Peringatan` reports read
// from `Validasi`, with the addresses of their `Email` cell split into usable and malformed ones.
import type { CellValue, LocalDay, Registry, ValidationStatus } from "../model";
import { cellText, isValidDate } from "../sheets/cells";
import { formatDay } from "../time/localDay";
import { localDayOf } from "../time/timeZone";
import { HEADERS } from "../text/sheets";
import { FEEDBACK_TEXT, type FeedbackItem } from "../text/feedback";

const COL = {
  row: HEADERS.validasi.indexOf("Baris"),
  submitted: HEADERS.validasi.indexOf("Stempel Waktu"),
  koperasi: HEADERS.validasi.indexOf("ID Koperasi"),
  pendamping: HEADERS.validasi.indexOf("ID Pendamping"),
  visit: HEADERS.validasi.indexOf("Tanggal Kunjungan"),
  status: HEADERS.validasi.indexOf("Status"),
  reasons: HEADERS.validasi.indexOf("Alasan"),
};
/** `Validasi` columns the emails read (A..`Alasan`). */
export const FEEDBACK_COLUMNS = COL.reasons + 1;
const FLAGGED: ReadonlySet<string> = new Set<ValidationStatus>(["Ditolak", "Peringatan"]);
const EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()".]+$/;

export interface FeedbackMessage {
  pendampingId: string;
  /** "Nama (ID)", for `Log` lines. */
  who: string;
  /** Usable addresses (may be empty), and those that are not email addresses. */
  to: string[];
  malformed: string[];
  subject: string;
  body: string;
}

/** An `Email` cell as addresses: split at commas, semicolons and spaces; each checked on its own. */
export function splitAddresses(cell: string): { valid: string[]; malformed: string[] } {
  const parts = cell.split(/[,;\s]+/).filter((p) => p !== "");
  const valid: string[] = [];
  const malformed: string[] = [];
  for (const p of parts) (EMAIL.test(p) ? valid : malformed).push(p);
  return { valid: [...new Set(valid)], malformed };
}

/**
 * True when `rows` (of `Validasi`) hold a dated report and every dated one was submitted before `day`:
 * looking back from the sheet's end, such a block ends the look for the day's reports.
 */
export function allBefore(rows: readonly (readonly CellValue[])[], day: LocalDay, timeZone: string): boolean {
  let dated = false;
  for (const r of rows) {
    const at = r[COL.submitted];
    if (!isValidDate(at)) continue;
    if (localDayOf(at.getTime(), timeZone) >= day) return false;
    dated = true;
  }
  return dated;
}

/**
 * One message per active pendamping with at least one `Ditolak`/`Peringatan` report submitted on `day`
 * (its `Stempel Waktu` in the settings' zone), in `Pendamping` order; reports in `Validasi` row order.
 * `rows` are `Validasi` rows (no header) from sheet row `firstRow` on; `sheetTimeZone`: the spreadsheet's,
 * in which the `Tanggal Kunjungan` date cells hold their day.
 */
export function feedbackMessages(
  rows: readonly (readonly CellValue[])[], firstRow: number, registry: Registry, day: LocalDay, timeZone: string,
  formUrl: string | null, province: string, sheetTimeZone = timeZone,
): FeedbackMessage[] {
  const items = new Map<string, FeedbackItem[]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const status = String(r[COL.status] ?? "");
    if (!FLAGGED.has(status)) continue;
    const submitted = r[COL.submitted];
    if (!isValidDate(submitted) || localDayOf(submitted.getTime(), timeZone) !== day) continue;
    const pendampingId = cellText(r[COL.pendamping], timeZone);
    const p = registry.pendampingById.get(pendampingId);
    if (!p || !p.active) continue;
    const koperasiId = cellText(r[COL.koperasi], timeZone);
    const k = registry.koperasiById.get(koperasiId);
    const list = items.get(p.id) ?? [];
    list.push({
      row: typeof r[COL.row] === "number" ? (r[COL.row] as number) : firstRow + i,
      // A day written as a date cell: midnight in the spreadsheet's zone, not ZONA_WAKTU's.
      visit: cellText(r[COL.visit], sheetTimeZone),
      koperasi: k ? `${k.id} (${k.name})` : koperasiId || "(tanpa ID)",
      status: status as ValidationStatus,
      reasons: cellText(r[COL.reasons], timeZone),
    });
    items.set(p.id, list);
  }
  const dayText = formatDay(day);
  const out: FeedbackMessage[] = [];
  for (const p of registry.pendamping) {
    const list = items.get(p.id);
    if (!list) continue;
    const { valid, malformed } = splitAddresses(p.email);
    out.push({
      pendampingId: p.id, who: `${p.name} (${p.id})`, to: valid, malformed,
      subject: FEEDBACK_TEXT.subject(dayText, list.length),
      body: FEEDBACK_TEXT.body(p.name, dayText, list, formUrl, province),
    });
  }
  return out;
}
