// Validating reports: one at a time in row order (form-submit trigger) and all at once (a fold of the same step).
import type { Finding, Koperasi, Registry, Report, ValidationResult, ValidationStatus } from "../model";
import type { Settings } from "../settings/types";
import { resolveReportIds } from "../registry/ids";
import { FindingsPool } from "./findingsPool";
import { cloneState, type ArchiveBase } from "../archive/base";
import type { ResultsDigest } from "../digest/types";
import { checkWith, warningsOf } from "./rules";
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
  report: Report, koperasi: Koperasi | undefined, registry: Registry, settings: Settings,
  given: CoopValidationState | undefined, owned: boolean, pool: FindingsPool | null, out: StepOut,
): ValidationResult {
  let state = given;
  out.corrected = null;
  if (state && holdsRow(state, report.row)) state = withoutRow(state, report.row);
  rejected.length = 0;
  const checked = checkWith(report, koperasi, registry, settings, rejected);
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
  // The funnel facts (SPEC section 8) only when given: older rows make the same entries as before.
  const kinds = report.obstacleKinds;
  if (kinds && kinds.length > 0) entry.ob = kinds;
  if (report.photoUrl.trim() !== "") entry.ph = report.photoUrl.trim();
  if (report.outletOpen === true || report.outletOpen === false) entry.op = report.outletOpen;
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
 * The report's ids take the registry's spelling first (a typed `k-001` is cooperative `K-001`).
 * Rejected reports leave the state alone. An identical repeat of a counted report with the same
 * pendamping and visit day is `Duplikat` (also left out of the state); a different one corrects it.
 * Validating a row that is already in the state (a trigger firing twice) first forgets its earlier outcome.
 */
export function validateReport(report: Report, ctx: ValidationContext): ValidationStep {
  resolveReportIds([report], ctx.registry);
  const out: StepOut = { state: undefined, corrected: null };
  const result = step(report, ctx.registry.koperasiById.get(report.koperasiId), ctx.registry, ctx.settings, ctx.state, false, null, out);
  return { result, state: out.state, corrected: out.corrected ? [out.corrected] : [] };
}

export interface ValidateAllOutcome {
  /** One result per report, sorted by row. */
  results: ValidationResult[];
  /** Final state per cooperative id (only cooperatives with at least one counted report). */
  states: Map<string, CoopValidationState>;
  /**
   * The digest of the archived reports the fold started after (an archive base of the second format), or
   * null: digests of this fold are `digestFold` of results and this (core/digest/archived.ts).
   */
  archived: ResultsDigest | null;
}

/**
 * Validates every report: `validateReport` folded over the reports in row order, applying corrections.
 * Cooperatives do not affect each other, so the fold runs one cooperative at a time (its rows in row
 * order): its registry row and state are looked up once and stay at hand instead of being fetched
 * from a national-sized map for every report. The outcome, the order of `states` included, is that
 * of the plain fold, which still runs when two reports share a row number.
 * With an archive `base` (response rows moved to BigQuery) the fold starts from its states and the outcome
 * names the archived rows' digest (`archived`; a base of the first format puts the archived rows' results
 * first instead): with it, the outcome of the fold over every row ever sent.
 */
export function validateAll(reports: readonly Report[], registry: Registry, settings: Settings, base?: ArchiveBase | null): ValidateAllOutcome {
  resolveReportIds(reports, registry);
  const sorted = sortedByRow(reports);
  const outcome = foldAll(sorted, registry, settings, base ?? null);
  const archived = base?.digest ?? null;
  const before = base ? base.results : [];
  return { results: before.length === 0 ? outcome.results : before.concat(outcome.results), states: outcome.states, archived };
}

function foldAll(sorted: readonly Report[], registry: Registry, settings: Settings, base: ArchiveBase | null): Omit<ValidateAllOutcome, "archived"> {
  const startOf = (id: string): CoopValidationState | undefined => {
    const s = base?.states.get(id);
    return s ? cloneState(s) : undefined;
  };
  const results: ValidationResult[] = new Array<ValidationResult>(sorted.length);
  const pool = new FindingsPool();
  const out: StepOut = { state: undefined, corrected: null };
  const apply = (i: number): void => {
    const c = out.corrected;
    if (!c) return;
    const at = indexOfRow(sorted, c.row, i);
    if (at >= 0) results[at] = c.result;
  };
  // Every state kept is made by this fold (withCounted / withoutRow copies), so it is updated in place.
  if (!uniqueRows(sorted)) {
    const states = new Map<string, CoopValidationState>();
    if (base) for (const id of base.states.keys()) states.set(id, startOf(id)!);
    for (let i = 0; i < sorted.length; i++) {
      const report = sorted[i]!;
      const before = states.get(report.koperasiId);
      results[i] = step(report, registry.koperasiById.get(report.koperasiId), registry, settings, before, true, pool, out);
      if (out.state !== before && out.state !== undefined) states.set(report.koperasiId, out.state);
      apply(i);
    }
    return { results, states };
  }

  // Group the reports by cooperative id (counting sort: each group keeps row order).
  const groupIndex = new Map<string, number>();
  const ids: string[] = [];
  const groupOf = new Int32Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const id = sorted[i]!.koperasiId;
    let g = groupIndex.get(id);
    if (g === undefined) {
      g = ids.length;
      groupIndex.set(id, g);
      ids.push(id);
    }
    groupOf[i] = g;
  }
  const starts = new Int32Array(ids.length + 1);
  for (let i = 0; i < sorted.length; i++) starts[groupOf[i]! + 1]!++;
  for (let g = 0; g < ids.length; g++) starts[g + 1]! += starts[g]!;
  const order = new Int32Array(sorted.length);
  const next = starts.slice(0, ids.length);
  for (let i = 0; i < sorted.length; i++) order[next[groupOf[i]!]!++] = i;

  // Fold each cooperative; remember where the plain fold would first have put its state in the map.
  // The results are made afterwards, in row order (as the plain fold makes them, so they lie in memory
  // in the order every table reads them): the fold keeps each row's status and findings, and the
  // `Dikoreksi` results that replace earlier rows.
  const finalStates: (CoopValidationState | undefined)[] = new Array<CoopValidationState | undefined>(ids.length);
  const firstSet = new Int32Array(ids.length).fill(-1);
  const statusOf: ValidationStatus[] = new Array<ValidationStatus>(sorted.length);
  const findingsOf: Finding[][] = new Array<Finding[]>(sorted.length);
  const replaced = new Map<number, ValidationResult>();
  for (let g = 0; g < ids.length; g++) {
    const koperasi = registry.koperasiById.get(ids[g]!);
    let state = startOf(ids[g]!);
    for (let k = starts[g]!; k < starts[g + 1]!; k++) {
      const i = order[k]!;
      const r = step(sorted[i]!, koperasi, registry, settings, state, true, pool, out);
      statusOf[i] = r.status;
      findingsOf[i] = r.findings;
      if (out.state !== state && out.state !== undefined) {
        if (state === undefined) firstSet[g] = i;
        state = out.state;
      }
      const c = out.corrected;
      if (c) {
        const at = indexOfRow(sorted, c.row, i);
        if (at >= 0) replaced.set(at, c.result);
      }
    }
    finalStates[g] = state;
  }
  for (let i = 0; i < sorted.length; i++) {
    results[i] = replaced.get(i) ?? resultOf(sorted[i]!, statusOf[i]!, findingsOf[i]!);
  }
  const kept: number[] = [];
  for (let g = 0; g < ids.length; g++) if (firstSet[g]! >= 0) kept.push(g);
  kept.sort((a, b) => firstSet[a]! - firstSet[b]!);
  // Cooperatives of the base came first in the fold over every row; they keep that order.
  const states = new Map<string, CoopValidationState>();
  if (base) for (const [id, s] of base.states) states.set(id, groupIndex.has(id) ? finalStates[groupIndex.get(id)!]! : cloneState(s));
  for (const g of kept) states.set(ids[g]!, finalStates[g]!);
  return { results, states };
}

export interface RangeOutcome {
  /** One result per report of the range, sorted by row, corrections within the range applied. */
  results: ValidationResult[];
  /** Rows before the range that a report of the range corrected, with their new (`Dikoreksi`) result. */
  earlier: CorrectedRow[];
}

/**
 * The plain fold over one range of rows, continuing from `states` (the states after every earlier row,
 * owned by the caller and updated in place): folding the ranges of a sheet one after another gives the
 * results and states of validateAll over all of them. Rows of the range must come after every row folded before.
 */
export function validateRange(reports: readonly Report[], registry: Registry, settings: Settings, states: Map<string, CoopValidationState>): RangeOutcome {
  resolveReportIds(reports, registry);
  const sorted = sortedByRow(reports);
  const results: ValidationResult[] = new Array<ValidationResult>(sorted.length);
  const earlier: CorrectedRow[] = [];
  const pool = new FindingsPool();
  const out: StepOut = { state: undefined, corrected: null };
  for (let i = 0; i < sorted.length; i++) {
    const report = sorted[i]!;
    const before = states.get(report.koperasiId);
    results[i] = step(report, registry.koperasiById.get(report.koperasiId), registry, settings, before, true, pool, out);
    if (out.state !== before && out.state !== undefined) states.set(report.koperasiId, out.state);
    const c = out.corrected;
    if (!c) continue;
    const at = indexOfRow(sorted, c.row, i);
    if (at >= 0) results[at] = c.result;
    else earlier.push(c);
  }
  return { results, earlier };
}

/** True when no two reports share a row number (`sorted` is in row order). */
function uniqueRows(sorted: readonly Report[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (sorted[i - 1]!.row === sorted[i]!.row) return false;
  return true;
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
