// The archive base: what a full validation starts from once the oldest response rows have left the
// sheet: each cooperative's state after the last archived row and the results digest of the archived rows
// (what the output sheets need from them, of a size that does not grow with them), with row numbers
// re-based so archived rows sit at row 1 and above. A base of the first format (the archived rows' results
// themselves) is still read; the next archive run writes it in the new one.
import type { Finding, LocalDay, ValidationResult, ValidationStatus } from "../model";
import {
  digestFromJson, digestResults, digestToJson, fitDigest, mergeDigests, shiftDigest, type DigestSettings, type ResultsDigest,
} from "../digest";
import type { CoopValidationState } from "../validation/state";
import { stateFromJson, stateToJson } from "../validation/stateJson";

export interface ArchiveBase {
  /** Response rows archived so far, over every archive run. */
  archived: number;
  /** State of each cooperative after the last archived row, in the order the full fold first made them. */
  states: Map<string, CoopValidationState>;
  /** The archived rows' results digest, as of the last archive run's day (null: a base of the first format). */
  digest: ResultsDigest | null;
  /**
   * First format: the archived rows' results, sorted by row (all rows below 2). Second format: none (the
   * archived rows are in `digest`, which digestFold merges with a fold's results: core/digest/archived.ts).
   */
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
 * re-basing. Everything is moved up by n rows; the archived rows' digest (as of `today`, the archive's day)
 * is the previous base's followed by these rows'.
 */
export function nextBase(
  prev: ArchiveBase | null, n: number, states: ReadonlyMap<string, CoopValidationState>, results: readonly ValidationResult[],
  today: LocalDay, settings: DigestSettings,
): ArchiveBase {
  const shifted = new Map<string, CoopValidationState>();
  for (const [id, s] of states) shifted.set(id, shiftState(s, n));
  const fresh = digestResults(results.filter((r) => r.row >= 2 && r.row <= n + 1).map((r) => shiftResult(r, n)), settings, today);
  const window = Math.max(0, settings.complianceWindowDays);
  const before = prev === null ? null : prev.digest ? fitDigest(prev.digest, window, settings.timeZone) : digestResults(prev.results, settings, today);
  const digest = before ? mergeDigests(shiftDigest(before, n), fresh) : fresh;
  return { archived: (prev?.archived ?? 0) + n, states: shifted, digest, results: [] };
}

/** Row references in a reason text ("baris 12") as they read once `by` rows moved up (rows below 2: archived). */
export function shiftReasons(text: string, by: number): string {
  if (by === 0 || !text.includes("baris ")) return text;
  return text.replace(/\bbaris (\d+)/g, (_, x: string) => (Number(x) - by < 2 ? "laporan yang sudah diarsipkan" : `baris ${Number(x) - by}`));
}

/**
 * The next base after archiving rows 2..n+1 in row ranges (actions/archive.ts): `states` after row n+1 and
 * `fresh`, the digest of those rows' results merged range by range (statuses as `Validasi` shows them,
 * before re-basing). The same base as nextBase: row numbers moved up by n, the warnings' reasons too.
 */
export function baseFromDigest(
  prev: ArchiveBase | null, n: number, states: ReadonlyMap<string, CoopValidationState>, fresh: ResultsDigest, settings: DigestSettings,
): ArchiveBase {
  const shifted = new Map<string, CoopValidationState>();
  for (const [id, s] of states) shifted.set(id, shiftState(s, n));
  const moved = shiftDigest(fresh, n);
  moved.warnings = moved.warnings.map((w) => ({ ...w, reasons: shiftReasons(w.reasons, n) }));
  const window = Math.max(0, settings.complianceWindowDays);
  const before = prev === null ? null : prev.digest ? fitDigest(prev.digest, window, settings.timeZone) : digestResults(prev.results, settings, fresh.today);
  const digest = before ? mergeDigests(shiftDigest(before, n), moved) : moved;
  return { archived: (prev?.archived ?? 0) + n, states: shifted, digest, results: [] };
}

/** The archived rows' counts per status (the summary line of a job started from the base). */
export function archivedCounts(base: ArchiveBase): Record<ValidationStatus, number> {
  if (base.digest) return { ...base.digest.counts };
  const counts = { Valid: 0, Peringatan: 0, Ditolak: 0, Duplikat: 0, Dikoreksi: 0 };
  for (const r of base.results) counts[r.status]++;
  return counts;
}

/** The base in its text (the second format: states and digest; a first-format base is never written again). */
export function baseToText(base: ArchiveBase): string {
  if (!base.digest) throw new Error("A base of the first format is not written again.");
  const states = JSON.stringify([...base.states].map(([id, s]) => [id, stateToJson(s)]));
  return `{"v":2,"a":${base.archived},"s":${states},"d":${digestToJson(base.digest)}}`;
}

/** The base in its text (either format), or null when the text is damaged (the caller stops: nothing is guessed). */
export function baseFromText(text: string): ArchiveBase | null {
  try {
    const v = JSON.parse(text) as { v?: number; a?: number; s?: [string, unknown][]; r?: CompactResult[]; d?: unknown };
    if ((v.v !== 1 && v.v !== 2) || typeof v.a !== "number" || !Array.isArray(v.s)) return null;
    const states = new Map<string, CoopValidationState>();
    for (const [id, json] of v.s) {
      const s = stateFromJson(json);
      if (!s) return null;
      states.set(id, s);
    }
    if (v.v === 2) {
      const digest = v.d && typeof v.d === "object" ? digestFromJson(JSON.stringify(v.d)) : null;
      return digest ? { archived: v.a, states, digest, results: [] } : null;
    }
    if (!Array.isArray(v.r)) return null;
    const results = v.r.map(([row, submittedAt, koperasiId, pendampingId, visitDay, status, findings]): ValidationResult => ({
      row, submittedAt, koperasiId, pendampingId, visitDay, status: STATUSES[status] ?? "Ditolak", findings: findings ?? [],
    }));
    return { archived: v.a, states, digest: null, results };
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
