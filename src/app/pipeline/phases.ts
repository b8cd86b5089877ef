// Long jobs (a full validation, the rebuild's full read) fold the response rows in ranges
// (pipeline/rangedJob.ts): the cursor in the document properties names the job under way, its instant and
// basis; the time budget and the range size are read here. A job past its budget stops between ranges and
// the next hourly trigger (or the same menu item) continues it from its saved progress.
import type { Context } from "../context";

export const CURSOR_PROPERTY = "kdkmp.cursor";
/** Milliseconds a run may work before it stops between ranges (tests set it; else the defaults below). */
export const TIME_BUDGET_PROPERTY = "kdkmp.timeBudgetMs";
/** A trigger run, which nobody waits for: 4.5 minutes, well inside Apps Script's 6. */
export const DEFAULT_TIME_BUDGET_MS = 270_000;
/**
 * A menu run: staff wait for its answer, so it stops between ranges after a minute and a half at most
 * (about two ranges at a daily-reporting year) and says how far it got; the hourly trigger, or another
 * click, continues from the saved progress.
 */
export const DEFAULT_MENU_TIME_BUDGET_MS = 80_000;

/** "archive": the archive job (actions/archive.ts), whose first phase is a full validation like "validateNew". */
export type JobKind = "rebuild" | "catchup" | "validateNew" | "validateAll" | "archive";

export interface Cursor {
  job: JobKind;
  /** 0 for a job in row ranges (its position is in its progress: pipeline/progress.ts). */
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
  if (ctx.props.get(TIME_BUDGET_PROPERTY) !== null && Number.isFinite(v) && v >= 0) return v;
  return ctx.ui ? DEFAULT_MENU_TIME_BUDGET_MS : DEFAULT_TIME_BUDGET_MS;
}

/**
 * The time budget of one execution, shared by every ranged job: `spent()` is true once another step
 * would not fit in what is left (the slowest step so far standing for the next one).
 */
export function stepBudget(ctx: Context, startedAt: number): { stepped: (began: number) => void; spent: () => boolean } {
  const budget = timeBudgetMs(ctx);
  const since = Math.min(startedAt, ctx.startedAt ?? startedAt);
  let slowest = 0;
  return {
    stepped: (began) => { slowest = Math.max(slowest, ctx.clock.now() - began); },
    spent: () => {
      const elapsed = ctx.clock.now() - since;
      return elapsed >= budget || elapsed + slowest > budget;
    },
  };
}

/** A context whose clock stands still at `now` (the job's instant), for computing and writing. */
export function atInstant(ctx: Context, now: number): Context {
  return { ...ctx, clock: { now: () => now } };
}
