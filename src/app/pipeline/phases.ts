// Long jobs (the full rebuild, a catch-up) run as phases, each writing whole sheets. After a phase, a job
// past its time budget stops and leaves a cursor in the document properties; the next hourly trigger (or
// the same menu item) recomputes from the same inputs at the same instant and writes the remaining
// phases, so the sheets end up exactly as one long run would leave them. No sheet is ever half-written.
import { fnv1a64 } from "../../core/reports/hash";
import type { Report } from "../../core/model";
import type { Context } from "../context";

export const CURSOR_PROPERTY = "kdkmp.cursor";
/** Milliseconds a run may work before it stops between phases (tests set it; default 4.5 minutes). */
export const TIME_BUDGET_PROPERTY = "kdkmp.timeBudgetMs";
export const DEFAULT_TIME_BUDGET_MS = 270_000;

export type JobKind = "rebuild" | "catchup" | "validateNew" | "validateAll";

export interface Cursor {
  job: JobKind;
  /** Index of the first phase not written yet. */
  next: number;
  /** The instant the job computes at (every part uses it, so the result equals one run at that instant). */
  now: number;
  /** Fingerprint of the inputs; when they changed in between, the job starts over. */
  input: string;
  /**
   * A full validation folded in row ranges (pipeline/rangedJob.ts): its position and carried state are in
   * its progress sheet, `input` is the basis only, and a form submit meanwhile may take its fast path.
   */
  ranged?: boolean;
}

/** Rows a full validation folds per step (tests lower it; the default keeps a step well inside an execution). */
export const RANGE_ROWS_PROPERTY = "kdkmp.rangeRows";
export const DEFAULT_RANGE_ROWS = 40_000;

export function rangeRows(ctx: Context): number {
  const v = Number(ctx.props.get(RANGE_ROWS_PROPERTY) ?? "");
  return Number.isInteger(v) && v >= 1 ? v : DEFAULT_RANGE_ROWS;
}

/** True when the cursor property's text names a row-range job (the submit path may work meanwhile). */
export function isRangedCursorText(text: string | null): boolean {
  try {
    return text !== null && (JSON.parse(text) as { ranged?: unknown } | null)?.ranged === true;
  } catch {
    return false;
  }
}

export interface Phase {
  name: string;
  run(): void;
}

export function readCursor(ctx: Context): Cursor | null {
  try {
    const c = JSON.parse(ctx.props.get(CURSOR_PROPERTY) ?? "null") as Cursor | null;
    return c && typeof c.next === "number" && typeof c.now === "number" && typeof c.input === "string" ? c : null;
  } catch {
    return null;
  }
}

export function timeBudgetMs(ctx: Context): number {
  const v = Number(ctx.props.get(TIME_BUDGET_PROPERTY) ?? "");
  return ctx.props.get(TIME_BUDGET_PROPERTY) !== null && Number.isFinite(v) && v >= 0 ? v : DEFAULT_TIME_BUDGET_MS;
}

/** Fingerprint of what a job computes from: the basis and every response row. */
export function inputFingerprint(basisFp: string, lastRow: number, reports: readonly Report[]): string {
  const parts: string[] = [basisFp, String(lastRow)];
  for (const r of reports) parts.push(`${r.row}:${r.contentHash}`);
  return fnv1a64(parts.join("\n"));
}

/** A context whose clock stands still at `now` (the job's instant), for computing and writing. */
export function atInstant(ctx: Context, now: number): Context {
  return { ...ctx, clock: { now: () => now } };
}

/**
 * Runs phases[from..]; returns the index of the first phase not run (phases.length when done).
 * At least one phase runs per call, so every call makes progress.
 */
export function runPhases(ctx: Context, cursor: Omit<Cursor, "next">, phases: readonly Phase[], from: number, startedAt: number): number {
  const budget = timeBudgetMs(ctx);
  // The budget counts from the start of the execution (ctx.startedAt), not after the wait for the lock.
  const since = Math.min(startedAt, ctx.startedAt ?? startedAt);
  for (let i = from; i < phases.length; i++) {
    phases[i]!.run();
    const next = i + 1;
    if (next < phases.length && ctx.clock.now() - since >= budget) {
      ctx.props.setLater(CURSOR_PROPERTY, JSON.stringify({ ...cursor, next }));
      return next;
    }
  }
  ctx.props.remove(CURSOR_PROPERTY);
  return phases.length;
}
