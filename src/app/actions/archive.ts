// `Arsipkan laporan lama` (and the monthly run of the hourly trigger): a job in row ranges, continued by
// the next click or hourly run from its saved progress, so no execution outlives Apps Script's limit.
// Phases (pipeline/archiveJob.ts): every row validated (the ranged full validation, job "archive"); the
// oldest archivable report rows sent to BigQuery range by range, folded from the archive base as they go
// (pipeline/archiveSend.ts); the old `Log` rows the same way; then one step deletes what BigQuery holds,
// one deleteRows per sheet, with the new base (pipeline/archiveDelete.ts), and every output sheet follows
// from a full read. Nothing is deleted before the last phase, so other jobs wait while the archive is
// under way (and the archive waits for them); a form submit meanwhile takes its fast path.
import { logCutoff } from "../../core/archive/log";
import { cloneState } from "../../core/archive/base";
import type { ArchiveSource } from "../../core/archive/rows";
import { emptyDigest } from "../../core/digest";
import type { CellValue } from "../../core/model";
import { ARCHIVE_TABLE, ARCHIVE_TEXT } from "../../core/text/archive";
import { LOG_TABLE } from "../../core/archive/log";
import { LOG_RESULT } from "../../core/text/actions";
import { formatDay } from "../../core/time/localDay";
import { localDayOf } from "../../core/time/timeZone";
import type { Context } from "../context";
import { AppError, isAppError } from "../errors";
import type { BigQueryPort } from "../ports";
import type { Outcome } from "../run";
import { loadSettings, type LoadedSettings } from "../settingsLoader";
import { loadArchiveBase } from "../pipeline/archiveBase";
import { endArchiveJob, newArchiveJob, readArchiveJob, saveArchiveJob, type ArchiveJob } from "../pipeline/archiveJob";
import { deleteArchived, deleteArchivedLog, settleCutDelete } from "../pipeline/archiveDelete";
import { sendLogRange, sendReportRange } from "../pipeline/archiveSend";
import { basisFingerprint } from "../pipeline/basis";
import { CURSOR_PROPERTY, rangeRows, readCursor, stepBudget } from "../pipeline/phases";
import { clearProgress, loadProgress, newProgress, saveProgress, type JobProgress } from "../pipeline/progress";
import { runRangedValidation } from "../pipeline/rangedJob";
import { loadRegistry } from "../pipeline/registry";
import { responseSheetName } from "../pipeline/responses";
import { rebuildAll } from "./rebuild";

export interface ArchiveOutcome extends Outcome {
  /** True when the run ended with a full rebuild of every output sheet. */
  rebuilt: boolean;
  /** True when the job stopped within its time budget and continues at the next click or hourly run. */
  pending: boolean;
}

/** Starts the archive, or continues the one under way; `month`: the hourly trigger's monthly run. */
export function archiveOld(ctx: Context, loaded?: LoadedSettings, month?: string): ArchiveOutcome {
  const startedAt = ctx.clock.now();
  const s = loaded ?? loadSettings(ctx);
  const { settings } = s;
  const cursor = readCursor(ctx);
  const mine = cursor?.job === "archive" ? readArchiveJob(ctx) : null;
  const deleting = mine?.phase === "delete";
  const skipped = (summary: string, details: string[] = []): ArchiveOutcome => ({ summary, details, result: LOG_RESULT.skipped, rebuilt: false, pending: false });
  const { enabled, projectId: p } = settings.archive;
  if (!deleting) {
    const stop = !enabled ? "off" : p === "" ? "noProject" : !ctx.bigquery ? "serviceOff" : null;
    if (stop !== null) {
      if (mine) endArchiveJob(ctx);
      if (stop === "off") return skipped(ARCHIVE_TEXT.off);
      throw new AppError("ARCHIVE", { message: ARCHIVE_TEXT[stop] });
    }
  }
  // Rows move at the end: never while another job paused by the time budget waits to continue over them.
  if (cursor !== null && cursor.job !== "archive") return { ...skipped(ARCHIVE_TEXT.pending), result: LOG_RESULT.warning };
  const job = mine ?? newArchiveJob(month);
  if (!mine) {
    ctx.props.remove(CURSOR_PROPERTY);
    saveArchiveJob(ctx, job);
  }
  try {
    return runArchive(ctx, s, ctx.bigquery!, job, startedAt);
  } catch (err) {
    // BigQuery refused (nothing deleted): the job ends; the next run starts over and sends nothing twice.
    if (isAppError(err) && err.code === "ARCHIVE" && job.phase !== "delete") endArchiveJob(ctx);
    throw err;
  }
}

function runArchive(ctx: Context, s: LoadedSettings, bq: BigQueryPort, job: ArchiveJob, startedAt: number, notes: string[] = []): ArchiveOutcome {
  const { settings } = s;
  const budget = stepBudget(ctx, startedAt);
  // At least one step per execution (a zero budget does one range each time), then only what fits.
  let worked = false;
  const spent = () => worked && budget.spent();
  const paused = (summary: string, details: string[] = []): ArchiveOutcome => {
    saveArchiveJob(ctx, job);
    return { summary, details: [...notes, ...details], rebuilt: false, pending: true };
  };
  const sheet = responseSheetName(ctx, settings);
  const header: CellValue[] = sheet === null ? [] : ctx.workbook.readRows(sheet, 1, 1, 0)?.[0] ?? [];

  if (job.phase === "validate") {
    const began = ctx.clock.now();
    const run = runRangedValidation(ctx, "archive", startedAt, {
      loaded: s, announce: (last) => ctx.workbook.toast(ARCHIVE_TEXT.working(`validasi ${Math.max(0, last - 1)} laporan`)),
    });
    if (!run.finished) return paused(ARCHIVE_TEXT.validating, run.notes);
    budget.stepped(began);
    worked = true;
    job.phase = "send";
    saveArchiveJob(ctx, job);
    const input = basisFingerprint(settings, run.registry, header);
    ctx.props.set(CURSOR_PROPERTY, JSON.stringify({ job: "archive", next: 0, now: run.now, input, ranged: true }));
    if (spent()) return paused(ARCHIVE_TEXT.validated, run.notes);
  }
  const cursor = readCursor(ctx)!;
  const now = cursor.now;
  const today = localDayOf(now, settings.timeZone);
  const { registry } = loadRegistry(ctx, settings);
  const restart = (): ArchiveOutcome => {
    const fresh = newArchiveJob(job.month);
    ctx.props.remove(CURSOR_PROPERTY);
    saveArchiveJob(ctx, fresh);
    return runArchive(ctx, s, bq, fresh, startedAt, [...notes, ARCHIVE_TEXT.restarted]);
  };
  const input = basisFingerprint(settings, registry, header);
  if (input !== cursor.input && job.phase !== "delete") return restart();
  const saved = loadProgress(ctx, "archive", now, cursor.input);
  let progress = saved.progress;
  if (!progress) {
    if (job.phase !== "send" || job.n > 0) return restart();
    progress = startProgress(ctx, settings, now, cursor.input, saved.cells, today);
  }
  const pr: JobProgress = progress;
  const { projectId: proj, datasetId: d } = settings.archive;
  const src: ArchiveSource = { province: settings.provinceName, spreadsheetId: ctx.workbook.spreadsheetId(), timeZone: settings.timeZone, header, archivedAt: new Date(now) };
  const size = rangeRows(ctx);

  if (job.phase === "send") {
    const lastRow = sheet === null ? 1 : ctx.workbook.lastRow(sheet);
    let toasted = false;
    while (!job.done) {
      const a = pr.next;
      if (sheet === null || a > lastRow) {
        job.done = true;
        break;
      }
      const b = Math.min(lastRow, a + size - 1);
      if (!toasted) ctx.workbook.toast(ARCHIVE_TEXT.working(`laporan baris ${a}–${b} ke BigQuery`));
      toasted = true;
      const began = ctx.clock.now();
      const { k, digest } = sendReportRange(ctx, bq, settings, { sheet, header, registry, now, today, src }, a, b, pr.states, pr.digest ?? emptyDigest(settings, today), job);
      pr.digest = digest;
      pr.next = a + k;
      job.n = pr.next - 2;
      if (k < b - a + 1) job.done = true;
      if (k > 0) saveProgress(ctx, pr);
      saveArchiveJob(ctx, job);
      budget.stepped(began);
      worked = true;
      if (!job.done && spent()) return paused(ARCHIVE_TEXT.sending(pr.next - 1, `${proj}.${d}.${ARCHIVE_TABLE}`));
    }
    job.phase = "log";
    if (spent()) return paused(ARCHIVE_TEXT.sendingLog(job.n, job.logN + 1, `${proj}.${d}.${LOG_TABLE}`));
  }
  const cutoff = logCutoff(today);
  if (job.phase === "log") {
    const name = settings.sheetNames.log;
    const last = ctx.workbook.hasSheet(name) ? ctx.workbook.lastRow(name) : 1;
    while (!job.logDone) {
      const a = 2 + job.logN;
      if (a > last) {
        job.logDone = true;
        break;
      }
      const b = Math.min(last, a + size - 1);
      const began = ctx.clock.now();
      const k = sendLogRange(ctx, bq, settings, src, cutoff, a, b, job);
      job.logN += k;
      if (k < b - a + 1) job.logDone = true;
      saveArchiveJob(ctx, job);
      budget.stepped(began);
      worked = true;
      if (!job.logDone && spent()) return paused(ARCHIVE_TEXT.sendingLog(job.n, job.logN + 1, `${proj}.${d}.${LOG_TABLE}`));
    }
    if (spent()) return paused(ARCHIVE_TEXT.readyToDelete(job.n, job.logN));
  }

  // The one deleting step (a rerun after a cut-off finds what was already deleted).
  const again = job.phase !== "delete" || (sheet !== null && settleCutDelete(ctx, settings, sheet, header));
  if (job.phase === "delete" && !again) notes.push(ARCHIVE_TEXT.resumed);
  if (again && job.n > 0 && sheet !== null) deleteArchived(ctx, settings, sheet, header, job, pr.states, pr.digest ?? emptyDigest(settings, today));
  deleteArchivedLog(ctx, settings, job, cutoff);
  endArchiveJob(ctx);
  clearProgress(ctx, pr);
  if (job.month) ctx.props.set(MONTHLY_PROP, job.month);
  const logWhere = `${proj}.${d}.${LOG_TABLE}`;
  const logLines = job.logN === 0 ? [] : [
    ...(job.logCreated ? [ARCHIVE_TEXT.tableCreated(logWhere)] : []), ARCHIVE_TEXT.logMoved(job.logN, job.logSent, logWhere, formatDay(cutoff)),
  ];
  if (job.n === 0) return { ...skippedOutcome(ARCHIVE_TEXT.nothing(settings.maxReportAgeDays), [...notes, ...logLines]) };
  const where = `${proj}.${d}.${ARCHIVE_TABLE}`;
  const rebuilt = rebuildAll(ctx, s);
  const details = [
    ...notes,
    ...(job.created ? [ARCHIVE_TEXT.tableCreated(where)] : []),
    ...logLines,
    ...(job.staff ? [ARCHIVE_TEXT.staffNote(job.staff, settings.sheetNames.validasi)] : []),
    ARCHIVE_TEXT.same,
    // One count (two calls per sheet), after the run: the figure that matters against Google's limit.
    ARCHIVE_TEXT.cells(ctx.workbook.cellCount(), job.n, job.logN),
    rebuilt.summary,
    ...rebuilt.details,
  ];
  return { summary: ARCHIVE_TEXT.done(job.n, job.sent, where), details, rebuilt: true, pending: false };
}

function skippedOutcome(summary: string, details: string[]): ArchiveOutcome {
  return { summary, details, result: LOG_RESULT.skipped, rebuilt: false, pending: false };
}

/** The send phase's start: each cooperative's state after the rows archived before, no results yet. */
function startProgress(ctx: Context, settings: LoadedSettings["settings"], now: number, input: string, cells: number, today: number): JobProgress {
  const p = newProgress("archive", now, input, cells);
  const base = loadArchiveBase(ctx);
  if (base) for (const [id, st] of base.states) p.states.set(id, cloneState(st));
  p.digest = emptyDigest(settings, today);
  return p;
}

/** The hourly trigger's monthly archive: due from the daily run's hour, once per calendar month. */
export function monthlyArchiveDue(ctx: Context, settings: LoadedSettings["settings"], month: string): boolean {
  return settings.archive.enabled && settings.archive.monthly && ctx.props.get(MONTHLY_PROP) !== month;
}

export const MONTHLY_PROP = "kdkmp.lastMonthlyArchive";
