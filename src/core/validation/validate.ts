// Validating reports: one at a time in row order (form-submit trigger) and all at once (a fold of the same step).
import type { Finding, Registry, Report, ValidationResult, ValidationStatus } from "../model";
import type { Settings } from "../settings/types";
import { FindingsPool } from "./findingsPool";
import { checkInto, warningsOf } from "./rules";
import {
  baselineOf, countInPlace, keyIndexOf, withCounted, withoutRow,
  type CoopValidationState, type CountedEntry,
} from "./state";

export interface ValidationContext {
  registry: Registry;
  settings: Settings;
  /** The state of `report.koperasiId` after every earlier row (undefined: none yet). */
  state: CoopValidationState | undefined;
}

/** An earlier row whose status changed because of this report. */
export interface CorrectedRow {
  row: number;
  result: ValidationResult;
}

export interface ValidationStep {
  result: ValidationResult;
  /** The new state of `report.koperasiId` (the same object when nothing changed). */
  state: CoopValidationState | undefined;
  /** Earlier rows that became `Dikoreksi`, with their new result (at most one). */
  corrected: CorrectedRow[];
}

function holdsRow(state: CoopValidationState, row: number): boolean {
  for (const e of state.reports) if (e.row === row) return true;
  return false;
}

function resultOf(r: Report, status: ValidationStatus, findings: Finding[]): ValidationResult {
  return {
    row: r.row, submittedAt: r.submittedAt, koperasiId: r.koperasiId, pendampingId: r.pendampingId,
    visitDay: r.visitDay, status, findings,
  };
}

function correctedResult(e: CountedEntry, koperasiId: string, byRow: number): ValidationResult {
  return {
    row: e.row, submittedAt: e.at, koperasiId, pendampingId: e.pid, visitDay: e.day, status: "Dikoreksi",
    findings: [{ code: "CORRECTED", severity: "info", params: { row: byRow } }],
  };
}

/** What one step leaves besides its result (filled by `step`). */
interface StepOut {
  state: CoopValidationState | undefined;
  corrected: CorrectedRow | null;
}

/** Rejections of the report being validated (`step` is not re-entrant). */
const rejected: Finding[] = [];

/**
 * One step of the fold (see validateReport). `owned`: the caller owns `state` and everything in it
 * (validateAll's own states), so a counted report updates it in place instead of copying it; the
 * outcome is the same. `pool` shares equal warning lists between results.
 */
function step(
  report: Report, registry: Registry, settings: Settings, given: CoopValidationState | undefined,
  owned: boolean, pool: FindingsPool | null, out: StepOut,
): ValidationResult {
  let state = given;
  out.corrected = null;
  if (state && holdsRow(state, report.row)) state = withoutRow(state, report.row);
  rejected.length = 0;
  const checked = checkInto(report, registry, settings, rejected);
  if (!checked) {
    out.state = state;
    return resultOf(report, "Ditolak", rejected.slice());
  }

  const entries = state ? state.reports : [];
  const keyIndex = keyIndexOf(entries, report.pendampingId, checked.visitDay);
  const same = keyIndex >= 0 ? entries[keyIndex] : undefined;
  const found = warningsOf(checked, baselineOf(entries, checked.visitDay, keyIndex), settings);
  const warnings = pool ? pool.share(found) : found;

  if (same && same.hash === report.contentHash) {
    const duplicate: Finding = { code: "DUPLICATE", severity: "info", params: { row: same.row } };
    out.state = state;
    return resultOf(report, "Duplikat", [duplicate, ...warnings]);
  }
  const entry: CountedEntry = {
    row: report.row, day: checked.visitDay, at: checked.submittedAt, pid: report.pendampingId,
    progress: checked.progress, land: checked.landStatus, stage: checked.stage, hash: report.contentHash,
    since: checked.visitDay,
  };
  if (same) out.corrected = { row: same.row, result: correctedResult(same, report.koperasiId, report.row) };
  if (owned && state) {
    countInPlace(state, entry, keyIndex, checked.submitDay, settings.maxReportAgeDays);
    out.state = state;
  } else {
    out.state = withCounted(state, entry, keyIndex, checked.submitDay, settings.maxReportAgeDays);
  }
  return resultOf(report, warnings.length > 0 ? "Peringatan" : "Valid", warnings);
}

/**
 * Validates one report given its cooperative's state after every earlier row. Call in row order.
 * Rejected reports leave the state alone. An identical repeat of a counted report with the same
 * pendamping and visit day is `Duplikat` (also left out of the state); a different one corrects it.
 * Validating a row that is already in the state (a trigger firing twice) first forgets its earlier outcome.
 */
export function validateReport(report: Report, ctx: ValidationContext): ValidationStep {
  const out: StepOut = { state: undefined, corrected: null };
  const result = step(report, ctx.registry, ctx.settings, ctx.state, false, null, out);
  return { result, state: out.state, corrected: out.corrected ? [out.corrected] : [] };
}

export interface ValidateAllOutcome {
  /** One result per report, sorted by row. */
  results: ValidationResult[];
  /** Final state per cooperative id (only cooperatives with at least one counted report). */
  states: Map<string, CoopValidationState>;
}

/** Validates every report: `validateReport` folded over the reports in row order, applying corrections. */
export function validateAll(reports: readonly Report[], registry: Registry, settings: Settings): ValidateAllOutcome {
  const sorted = sortedByRow(reports);
  const results: ValidationResult[] = new Array<ValidationResult>(sorted.length);
  // Every state in the map is made by this fold (withCounted / withoutRow copies), so it is updated in place.
  const states = new Map<string, CoopValidationState>();
  const pool = new FindingsPool();
  const out: StepOut = { state: undefined, corrected: null };
  for (let i = 0; i < sorted.length; i++) {
    const report = sorted[i]!;
    const before = states.get(report.koperasiId);
    results[i] = step(report, registry, settings, before, true, pool, out);
    if (out.state !== before && out.state !== undefined) states.set(report.koperasiId, out.state);
    const c = out.corrected;
    if (c) {
      const at = indexOfRow(sorted, c.row, i);
      if (at >= 0) results[at] = c.result;
    }
  }
  return { results, states };
}

/** The reports in row order (stable); the array itself when it already is. */
function sortedByRow(reports: readonly Report[]): readonly Report[] {
  for (let i = 1; i < reports.length; i++) {
    if (reports[i - 1]!.row > reports[i]!.row) return reports.slice().sort((a, b) => a.row - b.row);
  }
  return reports;
}

/** Index of the report with that row among sorted[0..end), or -1 (binary search: corrections are rare). */
function indexOfRow(sorted: readonly Report[], row: number, end: number): number {
  let lo = 0;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = sorted[mid]!.row;
    if (r === row) return mid;
    if (r < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
