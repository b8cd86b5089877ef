// The hourly run's first look: whether anything can have arrived since the last run, from a few cells
// (the response sheet's last row and header, that row's `Validasi` row and stored fingerprint) and the
// registry, instead of reading every response row. Anything unusual answers "maybe" and the caller does
// the full catch-up. Hand edits of older response rows are picked up by the next full run (the daily
// rebuild), as SPEC section 6 asks of the hourly run only for rows not validated yet. A change no report's
// outcome depends on (a zone threshold, a colour, a cooperative's name: pipeline/basis.ts) leaves nothing to
// validate: the look says so (`outputChanged`) and the hourly run applies it from the kept states.
import type { CellValue } from "../../core/model";
import { PROP, INTERRUPTED } from "../props";
import type { Context } from "../context";
import type { LoadedSettings } from "../settingsLoader";
import { basisFingerprint, loadBasis, wholeFingerprint } from "./basis";
import { loadRegistry, type LoadedRegistry } from "./registry";
import { lastFilledRow, locateResponses, parseRows } from "./responses";
import { NOTE_LOG_THROUGH } from "./internal";
import { readCursor } from "./phases";

export interface IdleCheck {
  idle: boolean;
  /** The registry when it was read (the catch-up reuses it instead of reading it again). */
  registry?: LoadedRegistry;
  /**
   * Set when the only thing new is rows after the last full validation (the basis unchanged, no job, no
   * run cut off): the first of them. The catch-up then looks at those rows only (actions/catchUp.ts).
   */
  newFrom?: number;
  /** The response sheet's last row, when the look got that far (the catch-up sizes its work by it). */
  lastRow?: number;
  /** True when settings, registry fields or form questions a result depends on changed since the last full validation. */
  basisChanged?: boolean;
  /** Idle, but settings or registry fields only the output sheets read changed since they were last written. */
  outputChanged?: boolean;
}

export function checkIdle(ctx: Context, loaded: LoadedSettings): IdleCheck {
  try {
    return look(ctx, loaded);
  } catch {
    // A row the last run never reached (a sheet shorter than the response sheet): the full catch-up decides.
    return { idle: false };
  }
}

function look(ctx: Context, loaded: LoadedSettings): IdleCheck {
  const { props, workbook } = ctx;
  const { settings } = loaded;
  const names = settings.sheetNames;
  const validated = Number(props.get(PROP.validatedThrough) ?? "");
  if (!Number.isInteger(validated) || validated < 1 || props.get(PROP.validatedThrough) === INTERRUPTED) return { idle: false };
  // (A run cut off earlier left INTERRUPTED above: run.ts turns its writing mark into that.)
  if (readCursor(ctx)) return { idle: false };
  const basis = loadBasis(props);
  if (basis === null) return { idle: false };
  // A response sheet no form is linked to: the one the last full read found by its header, while it can be.
  const { sheet } = locateResponses(ctx, settings, true);
  if (sheet === null) return { idle: false };
  const last = workbook.lastRow(sheet);
  // Rows past the last full run are the submit path's; their `Log` lines are written once noted as through.
  const logged = Number(props.get(NOTE_LOG_THROUGH) ?? "0") || 0;
  const newRows = last > Math.max(validated, logged);
  // The row that tells: the last one, or the last report above a last row that shows nothing (a formula
  // below the reports) when the last full run covered them (their `Validasi` rows: that one, none below).
  let tail = last;
  let tailCells: CellValue[] | undefined;
  if (last >= 2) {
    if (Number(workbook.cells(names.validasi, last, 1, 1, 1).values()[0]?.[0] ?? "") !== last) {
      const found = last <= validated ? lastFilledRow(ctx, sheet, basis.header.length, last) : null;
      if (!found || found.row === last) return { idle: false, lastRow: last };
      const rows = workbook.cells(names.validasi, found.row, 1, last - found.row + 1, 1).values();
      if (rows.some((v, i) => (Number(v[0] ?? "") === found.row + i) !== (i === 0))) return { idle: false, lastRow: last };
      tail = found.row;
      tailCells = found.cells;
    }
  }
  const registry = loadRegistry(ctx, settings);
  // Only the basis's own columns: a form's response sheet is exactly as wide as its questions, so a probe
  // one column further fails with "outside the dimensions of the sheet". A question added since changes
  // no result until a report answers it, and that report makes the run not idle.
  const width = basis.header.length + 1;
  const header = workbook.cells(sheet, 1, 1, 1, width - 1).values()[0] ?? [];
  const fp = basisFingerprint(settings, registry.registry, header);
  if (fp !== basis.fp) return { idle: false, registry, lastRow: last, basisChanged: true };
  if (newRows) return { idle: false, registry, newFrom: validated + 1, lastRow: last };
  if (last >= 2 && last <= validated) {
    // The last row is the one the last full run fingerprinted (not deleted or typed over since).
    const lastRow = tailCells ?? workbook.cells(sheet, last, 1, 1, width - 1).values()[0] ?? [];
    const report = parseRows([header, lastRow], tail, settings, ctx.clock.now())[0];
    const stored = workbook.cells(names.state, tail, 1, 1, 1).values()[0]?.[0];
    if (!report || report.contentHash !== stored) return { idle: false, registry, lastRow: last };
  }
  const outputChanged = wholeFingerprint(settings, registry.registry, header, loaded.cellsFingerprint) !== basis.whole;
  return { idle: true, registry, ...(outputChanged ? { outputChanged } : {}) };
}
