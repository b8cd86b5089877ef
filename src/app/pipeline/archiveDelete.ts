// The archive job's one deleting step (actions/archive.ts), after BigQuery holds every row it deletes:
// the new base is written beside the old one, the step's start recorded (the job's phase `delete` and
// `kdkmp.archivePending` with the fingerprints of response row 2 before and after), then one deleteRows
// per sheet (response sheet, `Validasi`, `_Status Internal`), the `Validasi` rows that stay renumbered,
// the new base taken into use, and the moved `Log` rows deleted. A rerun of a step cut off part-way
// deletes nothing twice: response row 2 tells whether the report rows left, and the `Log` block is
// measured again (only rows from before the cutoff, at most the number sent, are deleted). What staff
// typed beside the archived `Validasi` rows is written to `Log` before any delete (logStaffCells).
import { baseFromDigest, shiftReasons } from "../../core/archive/base";
import { logPrefix } from "../../core/archive/log";
import type { ResultsDigest } from "../../core/digest";
import type { CellValue, LocalDay, Report } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { REPORT_COLUMNS, staffLogTexts, staffRows } from "../../core/archive/staff";
import { VALIDASI_HEADERS, VALIDASI_REASON_COLUMN } from "../../core/summaries/validasi";
import { ACTION_NAMES, LOG_RESULT } from "../../core/text/actions";
import { HEADERS } from "../../core/text/sheets";
import type { CoopValidationState } from "../../core/validation/state";
import type { Context } from "../context";
import { INTERRUPTED, PROP } from "../props";
import { TRIGGER_USER } from "../run";
import { activate, ARCHIVE_PENDING_PROP, loadArchiveBase, markPending, writeNextBase } from "./archiveBase";
import { saveArchiveJob, type ArchiveJob } from "./archiveJob";
import { NOTE_LOG_THROUGH } from "./internal";
import { parseRows } from "./responses";

interface Pending { col: number; n: number; from: string; to: string }

/** Response rows `rows` (each alone, those below the last skipped) as reports, for their fingerprints. */
function reportsAt(ctx: Context, sheet: string, settings: Settings, header: readonly CellValue[], rows: number[]): Map<number, Report> {
  const out = new Map<number, Report>();
  const last = ctx.workbook.lastRow(sheet);
  for (const row of rows) {
    if (row > last) continue;
    const cells = ctx.workbook.readRows(sheet, row, row, header.length) ?? [];
    for (const r of parseRows([header.slice(), ...cells], row, settings, ctx.clock.now())) out.set(r.row, r);
  }
  return out;
}

/** Deletes the n archived report rows and moves to the new base (states after the block, its digest). */
export function deleteArchived(
  ctx: Context, settings: Settings, sheet: string, header: readonly CellValue[], job: ArchiveJob,
  states: ReadonlyMap<string, CoopValidationState>, digest: ResultsDigest,
): void {
  const names = settings.sheetNames;
  const n = job.n;
  const prev = loadArchiveBase(ctx);
  const slot = writeNextBase(ctx, baseFromDigest(prev, n, states, digest, settings));
  const at = reportsAt(ctx, sheet, settings, header, [2, n + 2]);
  // Until the new base is in use, the submit path must not trust its bookkeeping (rows move up).
  ctx.props.setLater(PROP.validatedThrough, INTERRUPTED);
  ctx.props.flush();
  // The pending record first: a job found in its phase `delete` always has it (or has taken the base into use).
  // What staff typed beside the rows about to go is in `Log` first, once (a rerun after a cut-off finds it noted).
  if (job.staff === undefined) {
    job.staff = logStaffCells(ctx, settings, n);
    if (job.staff > 0) saveArchiveJob(ctx, job);
  }
  markPending(ctx, slot, at.get(2)?.contentHash ?? "", at.get(n + 2)?.contentHash ?? "");
  job.phase = "delete";
  saveArchiveJob(ctx, job);
  ctx.workbook.deleteRows(sheet, 2, n);
  // Their spare rows below too: laid out for reports that now fit many times over (the next layout grows them again).
  ctx.workbook.deleteRows(names.validasi, 2, n, true);
  ctx.workbook.deleteRows(names.state, 2, n, true);
  renumberValidasi(ctx, settings, n, ctx.workbook.lastRow(sheet));
  const logged = Number(ctx.props.get(NOTE_LOG_THROUGH) ?? "0") || 0;
  if (logged > 0) ctx.props.setLater(NOTE_LOG_THROUGH, String(Math.max(0, logged - n)));
  activate(ctx, slot);
}

/**
 * Staff cells in the columns after the add-on's own beside `Validasi` rows 2..n+1, written to `Log` (one
 * call to find such columns; two reads and one append only when there are). Returns the rows with content.
 */
function logStaffCells(ctx: Context, settings: Settings, n: number): number {
  const name = settings.sheetNames.validasi;
  const own = VALIDASI_HEADERS.length;
  const last = ctx.workbook.lastColumn(name);
  if (last <= own) return 0;
  const staff = ctx.workbook.readRange(name, 1, own + 1, n + 1, last - own);
  const rows = staffRows(staff);
  if (rows.length === 0) return 0;
  const report = ctx.workbook.readRange(name, 2, 1, n, REPORT_COLUMNS);
  const log = settings.sheetNames.log;
  const at = new Date(ctx.clock.now());
  ctx.workbook.ensureSheet(log, HEADERS.log, { exactColumns: true });
  ctx.workbook.appendRows(log, staffLogTexts(name, staff, report, rows, settings.sheetTimeZone)
    .map((text): CellValue[] => [at, ctx.user || TRIGGER_USER, ACTION_NAMES.archive, LOG_RESULT.ok, text]), ["dd/MM/yyyy HH:mm:ss", "@", "@", "@", "@"]);
  return rows.length;
}

/**
 * A deleting step cut off before: true when the report rows are still in the sheet (the step is done
 * again); otherwise the new base is taken into use (the full validation after it puts `Validasi` and the
 * internal sheet in step with the response sheet).
 */
export function settleCutDelete(ctx: Context, settings: Settings, sheet: string, header: readonly CellValue[]): boolean {
  const text = ctx.props.get(ARCHIVE_PENDING_PROP);
  if (text === null) return false;
  const p = JSON.parse(text) as Pending;
  const first = reportsAt(ctx, sheet, settings, header, [2]).get(2)?.contentHash ?? "";
  if (first === p.from && p.from !== "") {
    ctx.props.remove(ARCHIVE_PENDING_PROP);
    return true;
  }
  activate(ctx, { col: p.col, n: p.n });
  return false;
}

/** `Validasi` rows that stay, renumbered and naming rows by their new numbers (archived ones as such). */
function renumberValidasi(ctx: Context, settings: Settings, n: number, lastRow: number): void {
  const name = settings.sheetNames.validasi;
  const kept = lastRow - 1;
  if (kept < 1) return;
  const baris = ctx.workbook.readRange(name, 2, 1, kept, 1).map((r): CellValue[] => [typeof r[0] === "number" ? r[0] - n : r[0] ?? ""]);
  ctx.workbook.writeBlock(name, 2, 1, { values: baris });
  const col = VALIDASI_REASON_COLUMN + 1;
  const reasons = ctx.workbook.readRange(name, 2, col, kept, 1);
  let first = -1;
  let last = -1;
  const moved = reasons.map((r, i): CellValue[] => {
    const text = typeof r[0] === "string" ? shiftReasons(r[0], n) : r[0] ?? "";
    if (text !== r[0]) [first, last] = [first < 0 ? i : first, i];
    return [text];
  });
  if (first >= 0) ctx.workbook.writeBlock(name, 2 + first, col, { values: moved.slice(first, last + 1) });
}

/**
 * Deletes the `Log` rows sent (job.logN from row 2): as many of the first rows as are still from before
 * the cutoff, never more than were sent (a rerun after the delete finds none). Returns how many went.
 */
export function deleteArchivedLog(ctx: Context, settings: Settings, job: ArchiveJob, cutoff: LocalDay): number {
  const name = settings.sheetNames.log;
  if (job.logN === 0 || !ctx.workbook.hasSheet(name)) return 0;
  const rows = Math.min(job.logN, ctx.workbook.lastRow(name) - 1);
  if (rows < 1) return 0;
  const waktu = ctx.workbook.readRange(name, 2, 1, rows, 1).map((r) => r[0] ?? "");
  const m = logPrefix(waktu, cutoff, settings.timeZone);
  if (m > 0) ctx.workbook.deleteRows(name, 2, m);
  return m;
}
