// Validating reports: one at a time in row order (form-submit trigger) and all at once (a fold of the same step).
import type { Finding, Registry, Report, ValidationResult, ValidationStatus } from "../model";
import type { Settings } from "../settings/types";
import { checkReport, warningsOf } from "./rules";
import {
  baselineOf, keyIndexOf, withCounted, withoutRow,
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

/**
 * Validates one report given its cooperative's state after every earlier row. Call in row order.
 * Rejected reports leave the state alone. An identical repeat of a counted report with the same
 * pendamping and visit day is `Duplikat` (also left out of the state); a different one corrects it.
 * Validating a row that is already in the state (a trigger firing twice) first forgets its earlier outcome.
 */
export function validateReport(report: Report, ctx: ValidationContext): ValidationStep {
  const { settings } = ctx;
  let state = ctx.state;
  if (state && holdsRow(state, report.row)) state = withoutRow(state, report.row);
  const { rejections, checked } = checkReport(report, ctx.registry, settings);
  if (!checked) return { result: resultOf(report, "Ditolak", rejections), state, corrected: [] };

  const entries = state ? state.reports : [];
  const keyIndex = keyIndexOf(entries, report.pendampingId, checked.visitDay);
  const same = keyIndex >= 0 ? entries[keyIndex] : undefined;
  const warnings = warningsOf(checked, baselineOf(entries, checked.visitDay, keyIndex), settings);

  if (same && same.hash === report.contentHash) {
    const duplicate: Finding = { code: "DUPLICATE", severity: "info", params: { row: same.row } };
    return { result: resultOf(report, "Duplikat", [duplicate, ...warnings]), state, corrected: [] };
  }
  const entry: CountedEntry = {
    row: report.row, day: checked.visitDay, at: checked.submittedAt, pid: report.pendampingId,
    progress: checked.progress, land: checked.landStatus, stage: checked.stage, hash: report.contentHash,
    since: checked.visitDay,
  };
  return {
    result: resultOf(report, warnings.length > 0 ? "Peringatan" : "Valid", warnings),
    state: withCounted(state, entry, keyIndex, checked.submitDay, settings.maxReportAgeDays),
    corrected: same ? [{ row: same.row, result: correctedResult(same, report.koperasiId, report.row) }] : [],
  };
}

export interface ValidateAllOutcome {
  /** One result per report, sorted by row. */
  results: ValidationResult[];
  /** Final state per cooperative id (only cooperatives with at least one counted report). */
  states: Map<string, CoopValidationState>;
}

/** Validates every report: `validateReport` folded over the reports in row order, applying corrections. */
export function validateAll(reports: readonly Report[], registry: Registry, settings: Settings): ValidateAllOutcome {
  const sorted = reports.slice().sort((a, b) => a.row - b.row);
  const results: ValidationResult[] = new Array<ValidationResult>(sorted.length);
  const states = new Map<string, CoopValidationState>();
  for (let i = 0; i < sorted.length; i++) {
    const report = sorted[i]!;
    const before = states.get(report.koperasiId);
    const step = validateReport(report, { registry, settings, state: before });
    results[i] = step.result;
    if (step.state !== before && step.state !== undefined) states.set(report.koperasiId, step.state);
    for (const c of step.corrected) {
      const at = indexOfRow(sorted, c.row, i);
      if (at >= 0) results[at] = c.result;
    }
  }
  return { results, states };
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
