// The archive's sending steps (actions/archive.ts): one range of report rows, or of `Log` rows, to
// BigQuery. BigQuery is asked first which keys it holds (a range sent before a cut-off is not sent
// again), the rest goes by insertAll with each row's key as insertId; any error stops the job with an
// Indonesian message and nothing deleted. A report range also folds its rows from the carried states, so
// the last range leaves each cooperative's state after the block and the block's results digest.
import { archivablePrefix, insertRequests, notYetArchived } from "../../core/archive/plan";
import { archivedKeysRequest } from "../../core/archive/query";
import { LOG_SCHEMA, LOG_TABLE, logPrefix, logRows } from "../../core/archive/log";
import { archiveRow, type ArchiveRow, type ArchiveSource } from "../../core/archive/rows";
import { archiveTableResource } from "../../core/archive/schema";
import { digestResults, mergeDigests, type ResultsDigest } from "../../core/digest";
import { isCounted, type CellValue, type Registry, type ValidationResult } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { VALIDASI_STATUS_COLUMN } from "../../core/summaries/validasi";
import { ARCHIVE_TABLE, ARCHIVE_TEXT } from "../../core/text/archive";
import { HEADERS } from "../../core/text/sheets";
import type { LocalDay } from "../../core/model";
import { validateRange } from "../../core/validation/validate";
import type { CoopValidationState } from "../../core/validation/state";
import type { Context } from "../context";
import { AppError } from "../errors";
import type { BigQueryPort } from "../ports";
import type { ArchiveJob } from "./archiveJob";
import { parseRows, readPercentCells } from "./responses";

/** Report keys asked about per query (its parameter stays far below BigQuery's request size limit). */
const KEYS_PER_QUERY = 10_000;
/** `Log` rows at the end of a range whose fingerprints are carried to the next (identical rows share their second). */
const SEEN_CARRIED = 100;

export function bigQueryError(err: unknown, where: string): AppError {
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

interface Sent { sent: number; created: boolean }

/** Sends the rows BigQuery does not hold yet (keys asked first); how many were sent and whether the table was made. */
function send(bq: BigQueryPort, settings: Settings, table: string, resource: object, key: string, rows: ArchiveRow[], what?: string): Sent {
  const { projectId: p, datasetId: d } = settings.archive;
  try {
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
    return { sent: todo.length, created };
  } catch (err) {
    throw bigQueryError(err, `${p}.${d}.${table}`);
  }
}

export interface ReportRange {
  sheet: string;
  header: readonly CellValue[];
  registry: Registry;
  /** The job's instant and its day (the archive's day). */
  now: number;
  today: LocalDay;
  src: ArchiveSource;
}

/**
 * Report rows a..b: the archivable ones from a (stopping at the first that is not) folded from `states`,
 * their results (statuses as `Validasi` shows them: a report after the block may have corrected one)
 * merged into `digest`, and sent to BigQuery. Returns how many rows of the range were archivable.
 */
export function sendReportRange(
  ctx: Context, bq: BigQueryPort, settings: Settings, r: ReportRange, a: number, b: number,
  states: Map<string, CoopValidationState>, digest: ResultsDigest, job: ArchiveJob,
): { k: number; digest: ResultsDigest } {
  const values: CellValue[][] = [r.header.slice(), ...(ctx.workbook.readRows(r.sheet, a, b, r.header.length) ?? [])];
  readPercentCells(ctx, r.sheet, values, a);
  const validasi = ctx.workbook.readRows(settings.sheetNames.validasi, a, b, HEADERS.validasi.length) ?? [];
  const rows = values.slice(1);
  const k = archivablePrefix(rows, validasi, r.today, settings.maxReportAgeDays, settings.timeZone, a);
  if (k === 0) return { k, digest };
  const reports = parseRows(values, a, settings, r.now).filter((x) => x.row < a + k);
  const results = validateRange(reports, r.registry, settings, states).results.map((x): ValidationResult => {
    const shown = validasi[x.row - a]?.[VALIDASI_STATUS_COLUMN];
    return shown === "Dikoreksi" && isCounted(x.status) ? { ...x, status: "Dikoreksi", findings: [] } : x;
  });
  const next = mergeDigests(digest, digestResults(results, settings, r.today));
  const sent = send(bq, settings, ARCHIVE_TABLE, archiveTableResource(settings.archive.projectId, settings.archive.datasetId, ARCHIVE_TABLE),
    "report_key", rows.slice(0, k).map((row, i) => archiveRow(r.src, row, validasi[i] ?? [])));
  job.sent += sent.sent;
  job.created ||= sent.created;
  return { k, digest: next };
}

/** `Log` rows a..b: those before the cutoff from a (stopping at the first that is not) sent to BigQuery. */
export function sendLogRange(ctx: Context, bq: BigQueryPort, settings: Settings, src: ArchiveSource, cutoff: LocalDay, a: number, b: number, job: ArchiveJob): number {
  const cells = ctx.workbook.readRange(settings.sheetNames.log, a, 1, b - a + 1, HEADERS.log.length);
  const k = logPrefix(cells.map((row) => row[0] ?? ""), cutoff, settings.timeZone);
  if (k === 0) return 0;
  const seen = new Map(job.seen);
  const rows = logRows(cells.slice(0, k), src, seen);
  const { projectId: p, datasetId: d } = settings.archive;
  const sent = send(bq, settings, LOG_TABLE, archiveTableResource(p, d, LOG_TABLE, LOG_SCHEMA, "baris Log"), "log_key", rows, "Log");
  job.logSent += sent.sent;
  job.logCreated ||= sent.created;
  const last = new Set(rows.slice(-SEEN_CARRIED).map((row) => String(row.log_key).split(":")[1] ?? ""));
  job.seen = [...seen].filter(([h]) => last.has(h));
  return k;
}
