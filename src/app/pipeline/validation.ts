// What a full validation (folded in row ranges: pipeline/rangedJob.ts) shares with the sheets it writes:
// the run `Status Koperasi` is written from, the span of rows that changed (only those are written), and
// the `Diproses` time a row keeps when its answers and outcome did not change.
import type { CellValue, CoopStatus } from "../../core/model";
import { VALIDASI_PROCESSED_COLUMN } from "../../core/summaries/validasi";

/** What writing `Status Koperasi` takes from a full validation (pipeline/status.ts, pipeline/outputs.ts). */
export interface ValidationRun {
  statuses: CoopStatus[];
  /** The `Status Koperasi` notes (cooperative states), in registry order. */
  notes: string[];
  /** Saves the submit path's basis and `validatedThrough`: after `Status Koperasi` and its notes are written. */
  bookkeeping(): void;
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
