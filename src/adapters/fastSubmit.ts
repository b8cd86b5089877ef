// The lean adapter set of the form-submit fast path (actions/submitFast.ts): no Session, Ui, triggers or
// forms, the spreadsheet taken from the event (looked up only when absent), the event's own range read once. Anything but "done" hands the
// event to the general path, which builds the full context.
import type { CellValue } from "../core/model";
import { fastSubmit, type FastResult } from "../app/actions/submitFast";
import { SheetsWorkbook } from "./sheetsWorkbook";
import { AppsScriptLock, DocumentProperties } from "./services";

export function submitFast(
  range: GoogleAppsScript.Spreadsheet.Range,
  namedValues: Record<string, unknown> | undefined,
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet,
): FastResult {
  const lock = new AppsScriptLock(LockService);
  let result: FastResult = { done: false, reason: "not started", locked: false };
  try {
    // Spreadsheet form-submit events carry their spreadsheet as `source`.
    const ss = source ?? SpreadsheetApp.getActiveSpreadsheet();
    const props = new DocumentProperties(PropertiesService);
    const workbook = new SheetsWorkbook(ss, Charts.ChartType, props);
    const row = eventRow(range);
    const values = (range.getValues()[0] ?? []) as CellValue[];
    result = fastSubmit({ workbook, props, lock, clock: { now: () => Date.now() } }, { row, values, ...(namedValues ? { named: namedValues } : {}) });
    // The script lock is released when the execution ends; the general path releases it first.
    if (!result.done && result.locked) lock.release();
    return result;
  } catch (err) {
    // Nothing the general path cannot redo: it validates every row again when this one is incomplete.
    try {
      lock.release();
    } catch {
      // not held
    }
    return { done: false, reason: err instanceof Error ? err.message : String(err), locked: false };
  }
}

/**
 * The event range's first row: its plain `rowStart` field when the event has one (Sheets events carry
 * it, though the reference does not list it: no service call), else `getRow()`.
 */
function eventRow(range: GoogleAppsScript.Spreadsheet.Range): number {
  let start: unknown;
  try {
    start = (range as unknown as { rowStart?: unknown }).rowStart;
  } catch {
    start = undefined; // a strict runtime refusing unknown members
  }
  return typeof start === "number" && Number.isInteger(start) && start >= 1 ? start : range.getRow();
}
