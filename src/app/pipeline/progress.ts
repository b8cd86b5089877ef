// A row-range job's progress between executions, in one column of a hidden sheet: the position, the
// job's instant and basis, and the fold's carried state (each cooperative's validation state, the counts
// for the summary, rows held back, the digest of the results so far for the rebuild's checkpoint). One JSON text cut into cells under Google's per-cell limit, read and
// written in one call each; document properties would not hold it (their limits per value and per store:
// runtime/NOTES-services.md).
import type { ValidationResult, ValidationStatus } from "../../core/model";
import { digestFromJson, digestToJson, type ResultsDigest } from "../../core/digest";
import type { CoopValidationState } from "../../core/validation/state";
import { stateFromJson, stateToJson } from "../../core/validation/stateJson";
import { JOB_SHEET } from "../../core/text/chunks";
import type { Context } from "../context";
import type { JobKind } from "./phases";

/** Characters per cell: under what a cell holds (runtime/NOTES.md), with room for the marker. */
const CELL_CHARS = 45_000;
/** Starts every cell so that Sheets reads none of them as a number, date or formula. */
const MARK = "~";

export type StatusCounts = Record<ValidationStatus, number>;

export interface JobProgress {
  job: JobKind;
  now: number;
  input: string;
  /** First response row not folded yet. */
  next: number;
  newRows: number;
  counts: StatusCounts;
  /**
   * Rows `Validasi` shows as `Dikoreksi` whose correcting report was not folded yet: their row is left as
   * it was (so a correction keeps its `Diproses` time as one run would); written at the end if none came.
   */
  held: ValidationResult[];
  states: Map<string, CoopValidationState>;
  /**
   * The digest of every result so far (pipeline/checkpoint.ts), saved as the rebuild's checkpoint at the
   * job's end; null when it could not be kept (the next rebuild then reads every report).
   */
  digest: ResultsDigest | null;
  /** Cells the saved text took (the next save blanks any left over). */
  cells: number;
}

export function emptyCounts(): StatusCounts {
  return { Valid: 0, Peringatan: 0, Ditolak: 0, Duplikat: 0, Dikoreksi: 0 };
}

export function newProgress(job: JobKind, now: number, input: string, cells = 0): JobProgress {
  return { job, now, input, next: 2, newRows: 0, counts: emptyCounts(), held: [], states: new Map(), digest: null, cells };
}

/**
 * The saved progress of the job the cursor names, or null (none, another job's, damaged); `cells`: how
 * many cells the sheet holds now (a fresh job's first save blanks them).
 */
export function loadProgress(ctx: Context, job: JobKind, now: number, input: string): { progress: JobProgress | null; cells: number } {
  const column = ctx.workbook.readTable(JOB_SHEET, 1) ?? [];
  return { progress: parseProgress(column, job, now, input), cells: column.length };
}

function parseProgress(column: readonly (readonly unknown[])[], job: JobKind, now: number, input: string): JobProgress | null {
  let text = "";
  for (const row of column) {
    const cell = row[0];
    if (typeof cell !== "string" || !cell.startsWith(MARK)) break;
    text += cell.slice(MARK.length);
  }
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    if (v.job !== job || v.now !== now || v.input !== input || typeof v.next !== "number") return null;
    const states = new Map<string, CoopValidationState>();
    for (const [id, s] of v.states as Array<[string, unknown]>) {
      const state = stateFromJson(s);
      if (!state) return null;
      states.set(id, state);
    }
    return {
      job, now, input, next: v.next, newRows: Number(v.newRows) || 0, counts: { ...emptyCounts(), ...(v.counts as StatusCounts) },
      held: v.held as ValidationResult[], states, cells: column.length,
      digest: typeof v.digest === "string" ? digestFromJson(v.digest) : null,
    };
  } catch {
    return null;
  }
}

/** One write: the progress as text, and blanks over what an earlier, longer save left below it. */
export function saveProgress(ctx: Context, p: JobProgress): void {
  const text = JSON.stringify({
    job: p.job, now: p.now, input: p.input, next: p.next, newRows: p.newRows, counts: p.counts, held: p.held,
    states: [...p.states].map(([id, s]) => [id, stateToJson(s)]),
    ...(p.digest ? { digest: digestToJson(p.digest) } : {}),
  });
  const cells: string[][] = [];
  for (let i = 0; i < text.length; i += CELL_CHARS) cells.push([MARK + text.slice(i, i + CELL_CHARS)]);
  writeCells(ctx, cells, p.cells);
  p.cells = cells.length;
}

/** Blanks the saved progress (the job is done). */
export function clearProgress(ctx: Context, p: JobProgress): void {
  if (p.cells > 0) writeCells(ctx, [], p.cells);
  p.cells = 0;
}

function writeCells(ctx: Context, cells: string[][], before: number): void {
  while (cells.length < before) cells.push([""]);
  if (cells.length === 0) return;
  ctx.workbook.writeRows(JOB_SHEET, { values: [[""]], numberFormats: ["@"] }, { frozenRows: 0, hidden: true }, cells.length, 1, cells);
}
