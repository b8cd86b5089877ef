// Runs one action: admin check, lock, the work, a `Log` row, and an Indonesian message at the end.
// An error stops the action before anything is written (actions compute first, write last).
import type { CellValue } from "../core/model";
import { formatDateTime } from "../core/time/timeZone";
import { ACTION_NAMES, LOG_RESULT, TEXT, type ActionId } from "../core/text/actions";
import { errorMessage } from "../core/text/errors";
import { HEADERS, SHEET_NAMES } from "../core/text/sheets";
import type { Context } from "./context";
import { AppError, isAppError } from "./errors";

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
}

export function runAction(ctx: Context, id: ActionId, options: RunOptions, work: () => Outcome): Outcome | null {
  const name = ACTION_NAMES[id];
  let locked = false;
  try {
    if (options.lock) {
      locked = ctx.lock.tryLock(options.lockWaitMs ?? 30_000);
      if (!locked) throw new AppError("BUSY");
    }
    const outcome = work();
    writeLog(ctx, options.logSheet, name, outcome.result ?? LOG_RESULT.ok, [outcome.summary, ...outcome.details]);
    if (ctx.ui && outcome.alert !== false) {
      ctx.ui.alert(`Pantau KDKMP: ${name}`, [outcome.summary, ...outcome.details].join("\n"));
    }
    return outcome;
  } catch (err) {
    const lines = describe(err);
    writeLog(ctx, options.logSheet, name, LOG_RESULT.failed, [...lines, TEXT.leftUndone]);
    if (ctx.ui) ctx.ui.alert(TEXT.failedTitle, [...lines, TEXT.leftUndone].join("\n"));
    else throw err; // triggers: let Apps Script record the failure too
    return null;
  } finally {
    if (locked) ctx.lock.release();
  }
}

export function describe(err: unknown): string[] {
  if (isAppError(err)) return [errorMessage(err.code, err.params), ...err.details];
  const message = err instanceof Error ? err.message : String(err);
  return [errorMessage("SERVICE", { message })];
}

/** Appends one `Log` row; a failure to log never hides the action's own result. */
export function writeLog(ctx: Context, sheet: string | undefined, action: string, result: string, lines: string[]): void {
  const name = sheet ?? SHEET_NAMES.log;
  try {
    ctx.workbook.ensureSheet(name, HEADERS.log);
    const row: CellValue[] = [new Date(ctx.clock.now()), ctx.user || "(pemicu otomatis)", action, result, lines.join("\n")];
    ctx.workbook.appendRows(name, [row], ["dd/MM/yyyy HH:mm:ss", "@", "@", "@", "@"]);
  } catch {
    // Logging is best effort.
  }
}

export function stamp(ctx: Context, timeZone: string): string {
  return formatDateTime(ctx.clock.now(), timeZone);
}
