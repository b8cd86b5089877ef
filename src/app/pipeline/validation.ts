// Full validation: every response row in row order through the core fold, then `Validasi` and the
// internal sheet (fingerprints) written as one block each. The cooperatives' states go into the notes of
// `Status Koperasi` with that sheet (pipeline/status.ts), and only then is the basis of the submit path
// saved (`bookkeeping`), so the submit path never works from states older than its basis. Deterministic,
// so a catch-up after missed triggers gives exactly the sheets of an in-order run.
import type { CellValue, CoopStatus, Report, ValidationResult } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import type { Registry } from "../../core/model";
import { validateAll } from "../../core/validation/validate";
import type { CoopValidationState } from "../../core/validation/state";
import {
  BLANK_VALIDASI_ROW, VALIDASI_HEADERS, VALIDASI_NUMBER_FORMATS, VALIDASI_PROCESSED_COLUMN, validasiRow,
} from "../../core/summaries/validasi";
import type { Context } from "../context";
import { PROP } from "../props";
import { outputProtection } from "../protection";
import { coopNotes, INTERNAL_COLUMNS, internalRows, readFingerprints, type StoredFingerprints } from "./internal";
import { makeBasis, saveBasis } from "./basis";
import { computeStatuses } from "./status";
import { loadArchiveBase } from "./archiveBase";
import { fullCheckpoint, writeCheckpoint } from "./checkpoint";
import { digestFold, type ResultsDigest } from "../../core/digest";
import { localDayOf } from "../../core/time/timeZone";

export interface ValidationRun {
  results: ValidationResult[];
  states: Map<string, CoopValidationState>;
  statuses: CoopStatus[];
  /** Rows validated for the first time or whose answers changed. */
  newRows: number;
  /** Writes `Validasi` and the internal sheet; nothing is written before. */
  write(): void;
  /** The `Status Koperasi` notes (cooperative states), in registry order. */
  notes: string[];
  /** Saves the submit path's basis and `validatedThrough`: after `Status Koperasi` and its notes are written. */
  bookkeeping(): void;
  /** The digest of `results` and the archived reports as of the run's day (the rebuild's checkpoint, written with `Validasi`). */
  digest: ResultsDigest;
}

export interface ValidationInput {
  reports: Report[];
  lastRow: number;
  header: readonly CellValue[];
  /** settingsCellsFingerprint of `Pengaturan` (saved in the basis). */
  settingsCells: string;
  /** Already read by the caller (the hourly check), to avoid a second read. */
  stored?: StoredFingerprints;
}

/**
 * Validates every row (in memory; `write()` puts the result in the sheets). `mode` "new" keeps the
 * `Diproses` time of rows whose answers and outcome did not change; "all" stamps every row with now.
 */
export function validateEverything(
  ctx: Context, settings: Settings, registry: Registry, input: ValidationInput, mode: "new" | "all",
): ValidationRun {
  const names = settings.sheetNames;
  const { reports, lastRow } = input;
  // After an archive run the fold starts from the saved base (pipeline/archiveBase.ts).
  const fold = validateAll(reports, registry, settings, loadArchiveBase(ctx, reports));
  const { results, states } = fold;
  const statuses = computeStatuses(ctx, settings, registry, states);
  // The archived reports' digest (if any) joins the results' here, explicitly.
  const digest = digestFold(fold, settings, localDayOf(ctx.clock.now(), settings.timeZone));
  const stored = input.stored ?? readFingerprints(ctx, settings);
  const oldRows = mode === "new" ? ctx.workbook.readTable(names.validasi, VALIDASI_HEADERS.length) ?? [] : [];
  const now = ctx.clock.now();
  const byRow = new Map<number, ValidationResult>();
  for (const r of results) byRow.set(r.row, r);
  const hashes: string[] = [];
  for (const r of reports) hashes[r.row] = r.contentHash;

  const validasi: CellValue[][] = [VALIDASI_HEADERS.slice()];
  let newRows = 0;
  for (let row = 2; row <= lastRow; row++) {
    const result = byRow.get(row);
    if (!result) {
      validasi.push(BLANK_VALIDASI_ROW.slice());
      continue;
    }
    const fresh = validasiRow(result, now, settings);
    const old = oldRows[row - 1];
    const sameAnswers = stored.hashByRow.get(row) === (hashes[row] ?? "");
    if (!sameAnswers) newRows++;
    if (old && sameAnswers) keepProcessed(old, fresh);
    validasi.push(fresh);
  }
  const write = () => {
    const protectFor = outputProtection(settings, ctx);
    // In "new" mode the sheet was read: only the rows that differ from it are written.
    const validasiChanged = mode === "new" ? changedSpan(oldRows, validasi) : undefined;
    ctx.workbook.replaceContent(
      names.validasi,
      [{ row: 1, col: 1, block: { values: validasi, numberFormats: VALIDASI_NUMBER_FORMATS, boldFirstRow: true } }],
      { frozenRows: 1, protectFor, ...(validasiChanged ? { changedRows: validasiChanged } : {}) },
    );
    const internal = internalRows(hashes, lastRow);
    const internalChanged = stored.internal ? changedSpan(stored.internal, internal) : undefined;
    ctx.workbook.replaceContent(names.state, [{ row: 1, col: 1, block: {
      values: internal, numberFormats: new Array<string>(INTERNAL_COLUMNS).fill("@") } }],
    { frozenRows: 1, hidden: true, ...(internalChanged ? { changedRows: internalChanged } : {}) });
    writeCheckpoint(ctx, fullCheckpoint(settings, registry, input, digest, ctx.clock.now()));
  };
  const bookkeeping = () => {
    saveBasis(ctx.props, makeBasis(settings, registry, input.header, input.settingsCells));
    ctx.props.setLater(PROP.validatedThrough, String(lastRow));
  };
  return { results, states, statuses, newRows, write, notes: coopNotes(registry, states, statuses), bookkeeping, digest };
}

/** Sheet rows [first, last] where `fresh` differs from what the sheet holds (`old`, trailing blanks dropped); [1, 0] when none. */
export function changedSpan(old: readonly (readonly CellValue[])[], fresh: readonly (readonly CellValue[])[]): [number, number] {
  let first = 0;
  let last = -1;
  const n = Math.max(old.length, fresh.length);
  for (let i = 0; i < n; i++) {
    if (sameRow(old[i], fresh[i])) continue;
    if (last < 0) first = i;
    last = i;
  }
  return last < 0 ? [1, 0] : [first + 1, last + 1];
}

function sameRow(a: readonly CellValue[] | undefined, b: readonly CellValue[] | undefined): boolean {
  const width = Math.max(a?.length ?? 0, b?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const x = a?.[c] ?? "";
    const y = b?.[c] ?? "";
    if (x instanceof Date && y instanceof Date ? x.getTime() !== y.getTime() : x !== y) return false;
  }
  return true;
}

/** A row whose answers and outcome did not change keeps the time it was first processed (`Diproses`). */
export function keepProcessed(old: readonly CellValue[], fresh: CellValue[]): void {
  if (sameOutcome(old, fresh)) fresh[VALIDASI_PROCESSED_COLUMN] = old[VALIDASI_PROCESSED_COLUMN] ?? fresh[VALIDASI_PROCESSED_COLUMN]!;
}

function sameOutcome(old: readonly CellValue[], fresh: readonly CellValue[]): boolean {
  for (let c = 2; c < VALIDASI_PROCESSED_COLUMN; c++) {
    const a = old[c];
    const b = fresh[c];
    const same = a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
    if (!same) return false;
  }
  return true;
}
