// The hourly catch-up: rows a missed or failed submit left behind, rows edited after they were
// validated, and edits to settings or registry (the submit path's basis) lead to one full validation,
// folded in row ranges (pipeline/rangedJob.ts); a job cut short by the time budget continues here at the
// next hour from its saved progress, without reading the rows before it again.
import { LOG_RESULT, TEXT } from "../../core/text/actions";
import type { Context } from "../context";
import type { Outcome } from "../run";
import type { LoadedSettings } from "../settingsLoader";
import { loadInputs, type Inputs } from "../pipeline/jobs";
import { runRangedValidation } from "../pipeline/rangedJob";
import type { LoadedRegistry } from "../pipeline/registry";
import { readFingerprints, readNoteFingerprints } from "../pipeline/internal";
import { locateResponses, parseRows, readPercentCells, responseSheetName } from "../pipeline/responses";
import { storedBasisFingerprint } from "../pipeline/basis";
import { rangeRows, readCursor, type Cursor } from "../pipeline/phases";
import type { IdleCheck } from "../pipeline/idle";
import { PROP } from "../props";
import { rebuildAll } from "./rebuild";
import { archiveOld } from "./archive";
import { validateReports } from "./validate";

/** "-1" in validatedThrough: an earlier run was cut off half-way (see run.ts). */
const INTERRUPTED_MARK = "-1";

/** A job a previous run left unfinished, or null. */
export function pendingJob(ctx: Context): Cursor | null {
  return readCursor(ctx);
}

export function resumeJob(ctx: Context, cursor: Cursor, loaded: LoadedSettings): Outcome {
  if (cursor.job === "archive") return archiveOld(ctx, loaded);
  if (cursor.job === "rebuild") return rebuildAll(ctx, loaded);
  if (cursor.job === "validateAll" || cursor.job === "validateNew") return validateReports(ctx, cursor.job === "validateAll" ? "all" : "new", loaded);
  return cursor.ranged ? catchUpJob(ctx, loaded, ctx.clock.now(), "") : catchUp(ctx, loaded);
}

/** The catch-up's full validation, started or continued. */
function catchUpJob(ctx: Context, loaded: LoadedSettings, startedAt: number, why: string, inputs?: Inputs): Outcome {
  // The check below read every report already: the job's first execution folds them without reading them again.
  const read = inputs ? { reports: inputs.responses.reports, lastRow: inputs.responses.lastRow } : undefined;
  const run = runRangedValidation(ctx, "catchup", startedAt, { loaded, ...(inputs ? { registry: inputs, read } : {}) });
  return { summary: `Susulan: ${run.newRows} laporan divalidasi${why}.`, details: run.notes };
}

/**
 * When the only thing new is rows after the last full validation (pipeline/idle.ts `newFrom`): true when
 * the submit path validated every one of them (its `Validasi` row there, its fingerprint in a note equal
 * to the row as it is). Reads those rows only, not the history; their `Log` lines are queued as a full
 * check would queue them (readNoteFingerprints).
 */
export function newRowsValidated(ctx: Context, loaded: LoadedSettings, from: number): boolean {
  const { settings } = loaded;
  const sheet = responseSheetName(ctx, settings);
  if (sheet === null) return false;
  const last = ctx.workbook.lastRow(sheet);
  if (last < from) return false;
  const header = ctx.workbook.readRows(sheet, 1, 1, 0)?.[0] ?? [];
  const values = [header, ...(ctx.workbook.readRows(sheet, from, last, header.length) ?? [])];
  readPercentCells(ctx, sheet, values, from);
  const hashByRow = new Map<number, string>();
  readNoteFingerprints(ctx, settings, hashByRow);
  const validasi = ctx.workbook.readRows(settings.sheetNames.validasi, from, last, 1) ?? [];
  for (const r of parseRows(values, from, settings, ctx.clock.now())) {
    if (hashByRow.get(r.row) !== r.contentHash || Number(validasi[r.row - from]?.[0] ?? "") !== r.row) return false;
  }
  return true;
}

/** The catch-up's answer when every row is validated already. */
export const NOTHING_LEFT: Outcome = { summary: TEXT.nothingLeft, details: [], result: LOG_RESULT.skipped };

export function catchUp(ctx: Context, loaded: LoadedSettings, registry?: LoadedRegistry, seen?: Pick<IdleCheck, "lastRow" | "basisChanged">): Outcome {
  const startedAt = ctx.clock.now();
  // A history longer than one row range: the check below would read every report in this one execution
  // (minutes at a daily-reporting year), so the job starts at once and reads range by range. The hourly
  // look found something to do, so the check would rarely end in "nothing left" anyway.
  const lastRow = seen?.lastRow ?? knownLastRow(ctx, loaded);
  if (lastRow !== null && lastRow - 1 > rangeRows(ctx)) return catchUpJob(ctx, loaded, startedAt, seen?.basisChanged ? TEXT.catchUpBasisChanged : "");
  const inputs = loadInputs(ctx, loaded, registry);
  const { responses } = inputs;
  const stored = readFingerprints(ctx, inputs.settings);
  // A submit cut off after its internal row but before its `Validasi` row left the row without one.
  const validasi = ctx.workbook.readTable(inputs.settings.sheetNames.validasi, 1) ?? [];
  const rows = new Set<number>();
  let missing = 0;
  for (const r of responses.reports) {
    rows.add(r.row);
    if (stored.hashByRow.get(r.row) !== r.contentHash || (validasi[r.row - 1]?.[0] ?? "") === "") missing++;
  }
  let cleared = 0;
  for (const row of stored.hashByRow.keys()) if (!rows.has(row)) cleared++;
  const basisChanged = storedBasisFingerprint(ctx.props) !== inputs.basisFp;
  const interrupted = ctx.props.get(PROP.validatedThrough) === INTERRUPTED_MARK;
  const pending = readCursor(ctx)?.job === "catchup";
  if (missing === 0 && cleared === 0 && !basisChanged && !interrupted && !pending) return NOTHING_LEFT;
  const why = basisChanged && missing === 0 ? TEXT.catchUpBasisChanged : "";
  return catchUpJob(ctx, loaded, startedAt, why, inputs);
}

/**
 * The response sheet's last row (one call once the sheet is known: the linked one, else one found by its
 * header as every full read finds it), or null without a response sheet.
 */
function knownLastRow(ctx: Context, loaded: LoadedSettings): number | null {
  const { sheet } = locateResponses(ctx, loaded.settings);
  return sheet === null ? null : ctx.workbook.lastRow(sheet);
}
