// Finds the linked response sheet and reads its rows into reports (one read).
import type { CellValue, Instant, Report } from "../../core/model";
import { rejectFutureSubmission } from "../../core/reports/future";
import { applyPercentFormats, mayBePercent } from "../../core/reports/percent";
import type { Settings } from "../../core/settings/types";
import { mapResponseColumns, parseResponseRow } from "../../core/reports/parse";
import type { Context } from "../context";
import { AppError } from "../errors";
import { PROP } from "../props";
import { findUnlinkedResponseSheet } from "./unlinkedResponses";

export interface LoadedResponses {
  /** null when no form is linked yet (nothing to validate). */
  sheet: string | null;
  reports: Report[];
  /** Last row of the response sheet (1 = header only). */
  lastRow: number;
  /** The response sheet's header row ([] when there is none). */
  header: CellValue[];
  /** Lines for the outcome (a response sheet found by its header instead of its form link). */
  notes: string[];
}

/**
 * The linked response sheet, by the form's id or published id (Sheet.getFormUrl() may carry either).
 * A workbook linked before the published address was kept asks the form for it once, when no sheet
 * matches the id alone.
 */
export function responseSheetName(ctx: Context, settings: Settings): string | null {
  const known = () => [ctx.props.get(PROP.formUrl), ctx.props.get(PROP.formPublishedUrl)].filter((u): u is string => u !== null);
  const found = ctx.workbook.findResponseSheet(known(), settings.sheetNames.laporan);
  const formId = ctx.props.get(PROP.formId);
  if (found !== null || formId === null || ctx.props.get(PROP.formPublishedUrl) !== null) return found;
  const published = ctx.forms.publishedUrl(formId);
  if (published === null) return null;
  ctx.props.set(PROP.formPublishedUrl, published);
  return ctx.workbook.findResponseSheet(known(), settings.sheetNames.laporan);
}

export function loadResponses(ctx: Context, settings: Settings): LoadedResponses {
  let sheet = responseSheetName(ctx, settings);
  const notes: string[] = [];
  if (sheet === null) {
    const unlinked = findUnlinkedResponseSheet(ctx, settings);
    if (unlinked === null) return { sheet: null, reports: [], lastRow: 1, header: [], notes };
    sheet = unlinked.sheet;
    notes.push(unlinked.note);
  }
  const values = ctx.workbook.readAll(sheet) ?? [];
  readPercentCells(ctx, sheet, values);
  return {
    sheet, reports: parseRows(values, 2, settings, ctx.clock.now()), lastRow: Math.max(values.length, 1), header: values[0] ?? [], notes,
  };
}

/**
 * Progress typed as "45%" (0,45 with a percent format) is read as it shows: the formats of a progress
 * column are read only when one of its numbers could be such a percentage (percent.ts), so the usual
 * run makes no extra call.
 */
export function readPercentCells(ctx: Context, sheet: string, values: CellValue[][], firstRow = 2): void {
  if (values.length <= 1) return;
  for (const col of mapResponseColumns(values[0] ?? []).columns.questions.progress) {
    let needed = false;
    for (let i = 1; i < values.length && !needed; i++) needed = mayBePercent(values[i]![col] ?? "");
    if (needed) applyPercentFormats(values, col, ctx.workbook.columnFormats(sheet, col + 1, firstRow, firstRow + values.length - 2));
  }
}

/** Rows above a response sheet's last row looked through for its last report when that row shows nothing. */
const TAIL_ROWS = 50;

/**
 * The last row at or above `last` with anything in its first `width` columns, and those cells: a row that
 * shows nothing (a formula below the reports) is no report. The last row alone in one read, else the
 * TAIL_ROWS rows above it in one more; null when those are blank too.
 */
export function lastFilledRow(ctx: Context, sheet: string, width: number, last: number): { row: number; cells: CellValue[] } | null {
  const blank = (r: readonly CellValue[]) => r.every((c) => c === "" || c === null);
  const cells = ctx.workbook.cells(sheet, last, 1, 1, width).values()[0] ?? [];
  if (!blank(cells)) return { row: last, cells };
  const from = Math.max(2, last - TAIL_ROWS);
  const rows = from < last ? ctx.workbook.cells(sheet, from, 1, last - from, width).values() : [];
  for (let i = rows.length - 1; i >= 0; i--) if (!blank(rows[i]!)) return { row: from + i, cells: rows[i]! };
  return null;
}

/**
 * The response sheet to read (the linked one, else one found by its header) and lines about how it was
 * found; `known`: an unlinked sheet as the last scan found it (findUnlinkedResponseSheet).
 */
export function locateResponses(ctx: Context, settings: Settings, known = false): { sheet: string | null; notes: string[] } {
  const sheet = responseSheetName(ctx, settings);
  if (sheet !== null) return { sheet, notes: [] };
  const unlinked = findUnlinkedResponseSheet(ctx, settings, known);
  return unlinked === null ? { sheet: null, notes: [] } : { sheet: unlinked.sheet, notes: [unlinked.note] };
}

/**
 * Parses data rows; `values` starts with the header row; `firstRow` is the sheet row of values[1].
 * A submission time on a later day than `now` (the run's time) is rejected.
 */
export function parseRows(values: CellValue[][], firstRow: number, settings: Settings, now: Instant): Report[] {
  if (values.length <= 1) return [];
  const { columns, missing } = mapResponseColumns(values[0] ?? []);
  if (missing.length > 0) throw new AppError("RESPONSE_QUESTIONS_MISSING", { questions: missing.join(", ") });
  const reports: Report[] = [];
  for (let i = 1; i < values.length; i++) {
    const cells = values[i]!;
    if (cells.every((c) => c === "" || c === null)) continue; // a blank row is no report
    const report = parseResponseRow(cells, firstRow + i - 1, columns, settings);
    rejectFutureSubmission(report, now, settings.timeZone);
    reports.push(report);
  }
  return reports;
}
