// Runs one national action: lock, the work, a `Log` row, and an Indonesian message at the end.
import type { CellValue } from "../../core/model";
import { LOG_RESULT, TEXT } from "../../core/text/actions";
import { NATIONAL_ACTIONS, NATIONAL_HEADERS, NATIONAL_MENU_TITLE, NATIONAL_SHEETS, type NationalActionId } from "../../core/text/national";
import type { Outcome } from "../run";
import { errorMessage } from "../../core/text/errors";
import { AppError, isAppError } from "../errors";
import type { NationalContext } from "./context";

const TRIGGER_USER = "(pemicu otomatis)";

export function runNational(ctx: NationalContext, id: NationalActionId, work: () => Outcome): Outcome | null {
  const name = NATIONAL_ACTIONS[id];
  let locked = false;
  try {
    locked = ctx.lock.tryLock(30_000);
    if (!locked) throw new AppError("BUSY");
    const outcome = work();
    writeNationalLog(ctx, name, outcome.result ?? LOG_RESULT.ok, [outcome.summary, ...outcome.details, ...retryLines(ctx)]);
    if (ctx.ui && outcome.alert !== false) ctx.ui.alert(`${NATIONAL_MENU_TITLE}: ${name}`, [outcome.summary, ...outcome.details].join("\n"));
    return outcome;
  } catch (err) {
    const lines = [...describe(err), isAppError(err) ? TEXT.leftUndone : TEXT.interrupted];
    writeNationalLog(ctx, name, LOG_RESULT.failed, [...lines, ...retryLines(ctx)]);
    if (ctx.ui) ctx.ui.alert(`${NATIONAL_MENU_TITLE}: gagal`, lines.join("\n"));
    else throw err; // triggers: let Apps Script record the failure too
    return null;
  } finally {
    try {
      ctx.props.flush();
    } catch {
      // Lost bookkeeping only costs the next run a re-measure of the sheets.
    }
    if (locked) ctx.lock.release();
  }
}

function describe(err: unknown): string[] {
  if (isAppError(err)) return [errorMessage(err.code, err.params), ...err.details];
  return [errorMessage("SERVICE", { message: err instanceof Error ? err.message : String(err) })];
}

function retryLines(ctx: NationalContext): string[] {
  if (ctx.retries.length === 0) return [];
  return [`${ctx.retries.length} panggilan ke layanan Google diulang setelah gangguan sementara; pertama: ${ctx.retries[0]}`];
}

/** Appends one `Log` row; a failure to log never hides the action's own result. */
function writeNationalLog(ctx: NationalContext, action: string, result: string, lines: string[]): void {
  try {
    ctx.workbook.ensureSheet(NATIONAL_SHEETS.log, NATIONAL_HEADERS.log, { exactColumns: true });
    const row: CellValue[] = [new Date(ctx.clock.now()), ctx.user || TRIGGER_USER, action, result, lines.join("\n")];
    ctx.workbook.appendRows(NATIONAL_SHEETS.log, [row], ["dd/MM/yyyy HH:mm:ss", "@", "@", "@", "@"]);
  } catch {
    // Logging is best effort.
  }
}
