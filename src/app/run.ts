// Runs one action: admin check, lock, the work, a `Log` row, and an Indonesian message at the end.
// An error stops the action before anything is written (actions compute first, write last).
import type { CellValue } from "../core/model";
import { formatDateTime } from "../core/time/timeZone";
import { ACTION_NAMES, LOG_RESULT, TEXT, type ActionId } from "../core/text/actions";
import { errorMessage } from "../core/text/errors";
import { HEADERS, SHEET_NAMES } from "../core/text/sheets";
import type { Context } from "./context";
import { drainLogBuffer, drainNoteLog } from "./logBuffer";
import { AppError, isAppError } from "./errors";
import { INTERRUPTED, PROP, writingMarkLeft } from "./props";

/** Actions that only read (they write nothing but their `Log` row). */
const READ_ONLY: readonly ActionId[] = ["whatsapp", "help"];

export interface Outcome {
  /** One sentence for the alert title line and the `Log` row. */
  summary: string;
  details: string[];
  result?: (typeof LOG_RESULT)[keyof typeof LOG_RESULT];
  /** Set false to skip the closing alert (e.g. a dialog was shown instead). */
  alert?: boolean;
}

export interface RunOptions {
  /** Hold the script lock while working; a busy lock ends with BUSY. */
  lock?: boolean;
  lockWaitMs?: number;
  /** Only users on the ADMIN list may run it (when the list is set). */
  adminOnly?: boolean;
  /** Name of the Log sheet (from settings when they could be read). */
  logSheet?: string;
  /** Checks that may refuse the action before anything is written (not even the run's bookkeeping). */
  before?: () => void;
}

export function runAction(ctx: Context, id: ActionId, options: RunOptions, work: () => Outcome): Outcome | null {
  const name = ACTION_NAMES[id];
  let locked = false;
  try {
    if (options.lock) {
      locked = ctx.lock.tryLock(options.lockWaitMs ?? 30_000);
      if (!locked) throw new AppError("BUSY");
    }
    options.before?.();
    const writes = !READ_ONLY.includes(id);
    if (writes) beginWrites(ctx, name);
    const outcome = work();
    if (writes) endWrites(ctx);
    writeLog(ctx, options.logSheet, name, outcome.result ?? LOG_RESULT.ok, [outcome.summary, ...outcome.details, ...sheetNotes(ctx), ...retryNote(ctx)]);
    if (ctx.ui && outcome.alert !== false) {
      ctx.ui.alert(`Pantau KDKMP: ${name}`, [outcome.summary, ...outcome.details, ...sheetNotes(ctx)].join("\n"));
    }
    return outcome;
  } catch (err) {
    // A coded error stops an action before it writes; anything else may have cut it off half-way.
    const lines = [...describe(err), isAppError(err) ? TEXT.leftUndone : TEXT.interrupted];
    writeLog(ctx, options.logSheet, name, LOG_RESULT.failed, [...lines, ...retryNote(ctx)]);
    if (ctx.ui) ctx.ui.alert(TEXT.failedTitle, lines.join("\n"));
    else throw err; // triggers: let Apps Script record the failure too
    return null;
  } finally {
    flushProps(ctx);
    if (locked) ctx.lock.release();
  }
}

/** Bookkeeping kept in memory during the run (sheet sizes, cursors) is written in one call at the end. */
function flushProps(ctx: Context): void {
  try {
    ctx.props.flush();
  } catch {
    // Lost bookkeeping only costs the next run a re-measure of the sheets.
  }
}

/**
 * Marks the start of a run that writes (called with the lock held). A mark left by an earlier run means
 * that run was cut off half-way (a service error, the 6-minute limit): its bookkeeping cannot be
 * trusted, so the next submit or catch-up validates every row again instead of continuing from it.
 */
function beginWrites(ctx: Context, action: string): void {
  if (writingMarkLeft(ctx.props.get(PROP.writing))) ctx.props.set(PROP.validatedThrough, INTERRUPTED);
  ctx.props.set(PROP.writing, action);
}

/** Clears the mark in the run's final setProperties call (with its other bookkeeping), not a call of its own. */
function endWrites(ctx: Context): void {
  ctx.props.setLater(PROP.writing, "");
}

/** What a rewrite did with content staff typed in an output sheet (kept, moved): in the `Log` and the closing message. */
function sheetNotes(ctx: Context): string[] {
  return [...new Set(ctx.sheetNotices ?? [])];
}

/** One `Log` line about service calls that failed for a moment and succeeded when tried again. */
function retryNote(ctx: Context): string[] {
  const retries = ctx.retries ?? [];
  if (retries.length === 0) return [];
  return [`${retries.length} panggilan ke layanan Google diulang setelah gangguan sementara; pertama: ${retries[0]}`];
}

export function describe(err: unknown): string[] {
  if (isAppError(err)) return [errorMessage(err.code, err.params), ...err.details];
  const message = err instanceof Error ? err.message : String(err);
  return [errorMessage("SERVICE", { message })];
}

export const TRIGGER_USER = "(pemicu otomatis)";

/** Appends one `Log` row (after the fast submits' rows still waiting); a failure to log never hides the action's own result. */
export function writeLog(ctx: Context, sheet: string | undefined, action: string, result: string, lines: string[]): void {
  const name = sheet ?? SHEET_NAMES.log;
  try {
    ctx.workbook.ensureSheet(name, HEADERS.log, { exactColumns: true });
    const row: CellValue[] = [new Date(ctx.clock.now()), ctx.user || TRIGGER_USER, action, result, lines.join("\n")];
    const waiting = [...drainLogBuffer(ctx.props, TRIGGER_USER), ...drainNoteLog(ctx, TRIGGER_USER)];
    ctx.workbook.appendRows(name, [...waiting, row], ["dd/MM/yyyy HH:mm:ss", "@", "@", "@", "@"]);
  } catch {
    // Logging is best effort.
  }
}

export function stamp(ctx: Context, timeZone: string): string {
  return formatDateTime(ctx.clock.now(), timeZone);
}
