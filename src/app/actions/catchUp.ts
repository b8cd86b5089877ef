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
import { readFingerprints } from "../pipeline/internal";
import { storedBasisFingerprint } from "../pipeline/basis";
import { readCursor, type Cursor } from "../pipeline/phases";
import { PROP } from "../props";
import { rebuildAll } from "./rebuild";
import { validateReports } from "./validate";

/** "-1" in validatedThrough: an earlier run was cut off half-way (see run.ts). */
const INTERRUPTED_MARK = "-1";

/** A job a previous run left unfinished, or null. */
export function pendingJob(ctx: Context): Cursor | null {
  return readCursor(ctx);
}

export function resumeJob(ctx: Context, cursor: Cursor, loaded: LoadedSettings): Outcome {
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

export function catchUp(ctx: Context, loaded: LoadedSettings, registry?: LoadedRegistry): Outcome {
  const startedAt = ctx.clock.now();
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
  if (missing === 0 && cleared === 0 && !basisChanged && !interrupted && !pending) {
    return { summary: TEXT.nothingLeft, details: [], result: LOG_RESULT.skipped };
  }
  const why = basisChanged && missing === 0 ? " (Pengaturan, Koperasi atau Pendamping berubah: semua laporan divalidasi ulang)" : "";
  return catchUpJob(ctx, loaded, startedAt, why, inputs);
}
