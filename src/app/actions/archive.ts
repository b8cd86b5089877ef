// `Arsipkan laporan lama` (and the monthly run of the hourly trigger): every row validated first, then
// the oldest rows (archivablePrefix) go to BigQuery, the base a full validation starts from is saved, the
// rows leave the response sheet, `Validasi` and the internal sheet together, and every output sheet is
// rebuilt from that base. BigQuery is asked first which rows it already holds, so a run cut off between
// its inserts and its delete sends nothing twice; nothing is deleted unless every row went in. `Log` rows
// from before last month go the same way to their own table (core/archive/log.ts), deleted in one call.
import { archivablePrefix, insertRequests, notYetArchived } from "../../core/archive/plan";
import { archivedKeysRequest } from "../../core/archive/query";
import { LOG_SCHEMA, LOG_TABLE, logCutoff, logPrefix, logRows } from "../../core/archive/log";
import { archiveRow, type ArchiveRow } from "../../core/archive/rows";
import { archiveTableResource } from "../../core/archive/schema";
import { nextBase, shiftResult } from "../../core/archive/base";
import type { CellValue, ValidationResult } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { BLANK_VALIDASI_ROW, VALIDASI_PROCESSED_COLUMN, validasiRow } from "../../core/summaries/validasi";
import { ARCHIVE_TABLE, ARCHIVE_TEXT } from "../../core/text/archive";
import { LOG_RESULT } from "../../core/text/actions";
import { HEADERS } from "../../core/text/sheets";
import { formatDay } from "../../core/time/localDay";
import { localDayOf } from "../../core/time/timeZone";
import { validateAll } from "../../core/validation/validate";
import type { Context } from "../context";
import { AppError } from "../errors";
import type { BigQueryPort } from "../ports";
import { INTERRUPTED, PROP } from "../props";
import type { Outcome } from "../run";
import { loadSettings, type LoadedSettings } from "../settingsLoader";
import { activate, loadArchiveBase, markPending, writeNextBase } from "../pipeline/archiveBase";
import { NOTE_LOG_THROUGH } from "../pipeline/internal";
import { loadInputs } from "../pipeline/jobs";
import { readCursor } from "../pipeline/phases";
import { writeStatusSheet } from "../pipeline/status";
import { validateEverything } from "../pipeline/validation";
import { rebuildAll } from "./rebuild";

/** Report keys asked about per query (its parameter stays far below BigQuery's request size limit). */
const KEYS_PER_QUERY = 10_000;

export interface ArchiveOutcome extends Outcome {
  /** True when the run ended with a full rebuild of every output sheet. */
  rebuilt: boolean;
}

function bigQueryError(err: unknown, where: string): AppError {
  if (err instanceof AppError) return err;
  const msg = (err instanceof Error ? err.message : String(err)).replace(/^API call to bigquery\.[\w.]+ failed with error: /, "");
  let message: string;
  if (/access denied|permission|does not have bigquery/i.test(msg)) message = ARCHIVE_TEXT.permission(where, msg);
  else if (/quota|rate ?limit/i.test(msg)) message = ARCHIVE_TEXT.quota(msg);
  else if (/^Not found: Dataset/.test(msg)) message = ARCHIVE_TEXT.noDataset(where, msg);
  else if (/^Not found: Table/.test(msg)) message = ARCHIVE_TEXT.noTable(where, msg);
  else message = ARCHIVE_TEXT.other(msg);
  return new AppError("ARCHIVE", { message });
}

/** Sends the rows BigQuery does not hold yet (keys asked first); how many were sent and whether the table was made. */
function send(bq: BigQueryPort, p: string, d: string, table: string, resource: object, key: string, rows: ArchiveRow[], what?: string): Sent {
  const created = bq.ensureTable(p, d, table, resource);
  const have = new Set<string>();
  const keys = rows.map((r) => String(r[key]));
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    for (const [k] of bq.query(p, archivedKeysRequest(p, d, table, keys.slice(i, i + KEYS_PER_QUERY), key))) if (k) have.add(k);
  }
  const todo = notYetArchived(rows, have, key);
  for (const request of insertRequests(todo, key)) {
    const refused = bq.insertAll(p, d, table, request);
    if (refused.length > 0) throw new AppError("ARCHIVE", { message: ARCHIVE_TEXT.rejected(refused.length, refused[0]!.message, what) });
  }
  return { n: rows.length, sent: todo.length, created };
}

interface Sent { n: number; sent: number; created: boolean }

/** The `Log` rows from before the cutoff, sent to BigQuery (deleted by the caller once everything went in). */
function sendLog(ctx: Context, bq: BigQueryPort, settings: Settings, src: Parameters<typeof logRows>[1], cutoff: number): Sent {
  const { projectId: p, datasetId: d } = settings.archive;
  const name = settings.sheetNames.log;
  const last = ctx.workbook.hasSheet(name) ? ctx.workbook.lastRow(name) : 0;
  const n = last < 2 ? 0 : logPrefix(ctx.workbook.readRange(name, 2, 1, last - 1, 1).map((r) => r[0] ?? ""), cutoff, settings.timeZone);
  if (n === 0) return { n, sent: 0, created: false };
  const rows = logRows(ctx.workbook.readRange(name, 2, 1, n, HEADERS.log.length), src);
  try {
    return send(bq, p, d, LOG_TABLE, archiveTableResource(p, d, LOG_TABLE, LOG_SCHEMA, "baris Log"), "log_key", rows, "Log");
  } catch (err) {
    throw bigQueryError(err, `${p}.${d}.${LOG_TABLE}`);
  }
}

/** One `Log` line about the moved rows (deleted in one call: the run's own row is appended after them). */
function dropLog(ctx: Context, settings: Settings, log: Sent, cutoff: number): string[] {
  if (log.n === 0) return [];
  ctx.workbook.deleteRows(settings.sheetNames.log, 2, log.n);
  const where = `${settings.archive.projectId}.${settings.archive.datasetId}.${LOG_TABLE}`;
  return [...(log.created ? [ARCHIVE_TEXT.tableCreated(where)] : []), ARCHIVE_TEXT.logMoved(log.n, log.sent, where, formatDay(cutoff))];
}

export function archiveOld(ctx: Context, loaded?: LoadedSettings): ArchiveOutcome {
  const s = loaded ?? loadSettings(ctx);
  const { settings } = s;
  const { enabled, projectId: p, datasetId: d } = settings.archive;
  const skipped = (summary: string, details: string[] = []): ArchiveOutcome => ({ summary, details, result: LOG_RESULT.skipped, rebuilt: false });
  if (!enabled) return skipped(ARCHIVE_TEXT.off);
  if (p === "") throw new AppError("ARCHIVE", { message: ARCHIVE_TEXT.noProject });
  const bq = ctx.bigquery;
  if (!bq) throw new AppError("ARCHIVE", { message: ARCHIVE_TEXT.serviceOff });

  // Rows move: never while a job paused by the time budget waits to continue over the old rows.
  if (readCursor(ctx) !== null) return { ...skipped(ARCHIVE_TEXT.pending), result: LOG_RESULT.warning };
  // A full run first: every row validated and in `Validasi` (the archived rows carry their outcome).
  const inputs = loadInputs(ctx, s);
  const { responses, registry } = inputs;
  const run = validateEverything(ctx, settings, registry, {
    reports: responses.reports, lastRow: responses.lastRow, header: responses.header, settingsCells: inputs.cellsFingerprint,
  }, "new");
  run.write();
  writeStatusSheet(ctx, settings, run);
  const names = settings.sheetNames;
  if (responses.sheet === null) return skipped(ARCHIVE_TEXT.nothing(settings.maxReportAgeDays));
  const values = ctx.workbook.readAll(responses.sheet) ?? [];
  const validasi = ctx.workbook.readTable(names.validasi, HEADERS.validasi.length) ?? [];
  const now = ctx.clock.now();
  const today = localDayOf(now, settings.timeZone);
  const n = archivablePrefix(values.slice(1), validasi.slice(1), today, settings.maxReportAgeDays, settings.timeZone);
  const src = { province: settings.provinceName, spreadsheetId: ctx.workbook.spreadsheetId(), timeZone: settings.timeZone, header: values[0] ?? [], archivedAt: new Date(now) };
  const cutoff = logCutoff(today);
  if (n === 0) {
    const log = sendLog(ctx, bq, settings, src, cutoff);
    return skipped(ARCHIVE_TEXT.nothing(settings.maxReportAgeDays), dropLog(ctx, settings, log, cutoff));
  }

  const rows = values.slice(1, n + 1).map((r, i) => archiveRow(src, r, validasi[i + 1] ?? []));
  const where = `${p}.${d}.${ARCHIVE_TABLE}`;
  let sent: Sent;
  try {
    sent = send(bq, p, d, ARCHIVE_TABLE, archiveTableResource(p, d, ARCHIVE_TABLE), "report_key", rows);
  } catch (err) {
    throw bigQueryError(err, where);
  }
  // Both tables hold their rows before anything is deleted.
  const log = sendLog(ctx, bq, settings, src, cutoff);

  // The base after row n + 1: each cooperative's state there, and the archived rows' results digest.
  const prev = loadArchiveBase(ctx);
  const prefix = responses.reports.filter((r) => r.row <= n + 1);
  const { states } = validateAll(prefix, registry, settings, prev);
  const slot = writeNextBase(ctx, nextBase(prev, n, states, run.results, localDayOf(now, settings.timeZone), settings));

  // Until the new base is in use, the submit path must not trust its bookkeeping (rows move up).
  ctx.props.setLater(PROP.validatedThrough, INTERRUPTED);
  ctx.props.flush();
  const hashOf = (row: number) => responses.reports.find((r) => r.row === row)?.contentHash ?? "";
  markPending(ctx, slot, hashOf(2), hashOf(n + 2));
  ctx.workbook.deleteRows(responses.sheet, 2, n);
  ctx.workbook.deleteRows(names.validasi, 2, n);
  ctx.workbook.deleteRows(names.state, 2, n);
  // The rows that stay name rows by their new numbers (and archived ones as such): written now, so the
  // rebuild below sees the same outcome and keeps each row's `Diproses` time.
  const kept = movedUpValidasi(run.results, n, responses.lastRow, now, settings);
  if (kept.length > 0) ctx.workbook.writeBlock(names.validasi, 2, 1, { values: kept });
  const logged = Number(ctx.props.get(NOTE_LOG_THROUGH) ?? "0") || 0;
  if (logged > 0) ctx.props.setLater(NOTE_LOG_THROUGH, String(Math.max(0, logged - n)));
  activate(ctx, slot);
  const logLines = dropLog(ctx, settings, log, cutoff);

  const rebuilt = rebuildAll(ctx, s);
  const details = [
    ...(sent.created ? [ARCHIVE_TEXT.tableCreated(where)] : []),
    ...logLines,
    ARCHIVE_TEXT.same,
    // One count (two calls per sheet), after the run: the figure that matters against Google's limit.
    ARCHIVE_TEXT.cells(ctx.workbook.cellCount(), n),
    rebuilt.summary,
    ...rebuilt.details,
  ];
  return { summary: ARCHIVE_TEXT.done(n, sent.sent, where), details, rebuilt: true };
}

/** `Validasi` columns before `Diproses` for response rows n+2.. as they read once n rows moved up. */
function movedUpValidasi(results: readonly ValidationResult[], n: number, lastRow: number, now: number, settings: Settings): CellValue[][] {
  const byRow = new Map<number, ValidationResult>();
  for (const r of results) if (r.row > n + 1) byRow.set(r.row, r);
  const rows: CellValue[][] = [];
  for (let row = n + 2; row <= lastRow; row++) {
    const r = byRow.get(row);
    rows.push((r ? validasiRow(shiftResult(r, n), now, settings) : BLANK_VALIDASI_ROW).slice(0, VALIDASI_PROCESSED_COLUMN));
  }
  return rows;
}

/** The hourly trigger's monthly archive: due from the daily run's hour, once per calendar month. */
export function monthlyArchiveDue(ctx: Context, settings: LoadedSettings["settings"], month: string): boolean {
  return settings.archive.enabled && settings.archive.monthly && ctx.props.get(MONTHLY_PROP) !== month;
}

export const MONTHLY_PROP = "kdkmp.lastMonthlyArchive";
