// The archive base: what a full validation starts from once the oldest response rows have left the
// sheet: each cooperative's state after the last archived row and the archived rows' results (only what
// the output sheets read), with row numbers re-based so archived rows sit at row 1 and above.
import type { Finding, LocalDay, ValidationResult, ValidationStatus } from "../model";
import { RECENT_DAYS } from "../summaries/reporting";
import type { CoopValidationState } from "../validation/state";
import { stateFromJson, stateToJson } from "../validation/stateJson";

export interface ArchiveBase {
  /** Response rows archived so far, over every archive run. */
  archived: number;
  /** State of each cooperative after the last archived row, in the order the full fold first made them. */
  states: Map<string, CoopValidationState>;
  /** The archived rows' results, sorted by row (all rows below 2); findings kept only where `Tindak Lanjut` may still show them. */
  results: ValidationResult[];
}

const STATUSES: readonly ValidationStatus[] = ["Valid", "Peringatan", "Ditolak", "Duplikat", "Dikoreksi"];
type CompactResult = [number, number | null, string, string, number | null, number, Finding[]?];

/** A copy the fold may change in place (validateAll updates the states it owns). */
export function cloneState(s: CoopValidationState): CoopValidationState {
  return { version: s.version, newestSubmitDay: s.newestSubmitDay, reports: s.reports.map((e) => (e.ob ? { ...e, ob: e.ob.slice() } : { ...e })) };
}

function shiftFindings(findings: Finding[], by: number): Finding[] {
  if (by === 0 || !findings.some((f) => f.params && ("row" in f.params || "previousRow" in f.params))) return findings;
  return findings.map((f) => {
    const p = { ...f.params };
    if (typeof p.row === "number") p.row -= by;
    if (typeof p.previousRow === "number") p.previousRow -= by;
    return { ...f, params: p };
  });
}

/** The result with its row (and the rows its findings name) moved up by `by` rows. */
export function shiftResult(r: ValidationResult, by: number): ValidationResult {
  return { ...r, row: r.row - by, findings: shiftFindings(r.findings, by) };
}

export function shiftState(s: CoopValidationState, by: number): CoopValidationState {
  return { ...s, reports: s.reports.map((e) => ({ ...e, row: e.row - by })) };
}

/**
 * The next base after archiving response rows 2..n+1: `states` are the fold's states after row n+1,
 * `results` the full run's results of those rows (corrections by later rows included), both before
 * re-basing. Everything is moved up by n rows. Reasons are kept only for `Peringatan` rows visited within
 * RECENT_DAYS of `today` (the archive's day): no later `Tindak Lanjut` can list the others.
 */
export function nextBase(
  prev: ArchiveBase | null, n: number, states: ReadonlyMap<string, CoopValidationState>, results: readonly ValidationResult[], today: LocalDay,
): ArchiveBase {
  const shifted = new Map<string, CoopValidationState>();
  for (const [id, s] of states) shifted.set(id, shiftState(s, n));
  const old = prev ? prev.results.map((r) => shiftResult(r, n)) : [];
  const fresh = results.filter((r) => r.row >= 2 && r.row <= n + 1).map((r) => shiftResult(r, n));
  const shown = (r: ValidationResult) => r.status === "Peringatan" && r.visitDay !== null && r.visitDay > today - RECENT_DAYS;
  const kept = (r: ValidationResult): ValidationResult => (r.findings.length === 0 || shown(r) ? r : { ...r, findings: [] });
  return { archived: (prev?.archived ?? 0) + n, states: shifted, results: [...old, ...fresh].map(kept) };
}

export function baseToText(base: ArchiveBase): string {
  const results: CompactResult[] = base.results.map((r) => {
    const c: CompactResult = [r.row, r.submittedAt, r.koperasiId, r.pendampingId, r.visitDay, STATUSES.indexOf(r.status)];
    if (r.findings.length > 0) c.push(r.findings);
    return c;
  });
  return JSON.stringify({ v: 1, a: base.archived, s: [...base.states].map(([id, s]) => [id, stateToJson(s)]), r: results });
}

/** The base in its text, or null when the text is damaged (the caller stops: nothing is guessed). */
export function baseFromText(text: string): ArchiveBase | null {
  try {
    const v = JSON.parse(text) as { v?: number; a?: number; s?: [string, unknown][]; r?: CompactResult[] };
    if (v.v !== 1 || typeof v.a !== "number" || !Array.isArray(v.s) || !Array.isArray(v.r)) return null;
    const states = new Map<string, CoopValidationState>();
    for (const [id, json] of v.s) {
      const s = stateFromJson(json);
      if (!s) return null;
      states.set(id, s);
    }
    const results = v.r.map(([row, submittedAt, koperasiId, pendampingId, visitDay, status, findings]): ValidationResult => ({
      row, submittedAt, koperasiId, pendampingId, visitDay, status: STATUSES[status] ?? "Ditolak", findings: findings ?? [],
    }));
    return { archived: v.a, states, results };
  } catch {
    return null;
  }
}

/** Cells of at most `size` characters (a surrogate pair never split), each led by "B" so none reads as a formula. */
export function textToCells(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + size);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && end - 1 > i && c >= 0xd800 && c <= 0xdbff) end--;
    out.push(`B${text.slice(i, end)}`);
    i = end;
  }
  return out;
}

export function cellsToText(cells: readonly string[]): string {
  return cells.map((c) => c.slice(1)).join("");
}
