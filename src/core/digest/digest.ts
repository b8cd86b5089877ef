// Building, merging and pruning a ResultsDigest: one pass over results, and merges that equal one pass over all.
import { isCounted, type LocalDay, type ValidationResult, type ValidationStatus } from "../model";
import type { Settings } from "../settings/types";
import { reasonsCell } from "../summaries/reasons";
import { RECENT_DAYS } from "./recent";
import { localDayOf } from "../time/timeZone";
import type { DigestRow, OpenRow, PendampingTally, ResultsDigest, VisitTally, WarningEntry } from "./types";

/**
 * How far back (in rows) a later report can correct a counted one without a full validation: the form-submit
 * path validates a correction only within this span (actions/submitFast.ts MAX_CORRECTION_SPAN), so a
 * digest keeps what its last CORRECTABLE_ROWS rows gave and retractRows can take a corrected row back.
 */
export const CORRECTABLE_ROWS = 2_000;

export type DigestSettings = Pick<Settings, "complianceWindowDays" | "timeZone">;

export function emptyDigest(settings: DigestSettings, today: LocalDay): ResultsDigest {
  return {
    through: 0, today, windowDays: Math.max(0, settings.complianceWindowDays), timeZone: settings.timeZone,
    pendamping: new Map(), visits: new Map(), warnings: [],
    counts: { Valid: 0, Peringatan: 0, Ditolak: 0, Duplikat: 0, Dikoreksi: 0 }, open: new Map(),
  };
}

/**
 * The digest of validation results as of `today` (the tables built from it are those of `today` or later):
 * of these results only (a fold's archived reports join through digestFold, core/digest/archived.ts).
 */
export function digestResults(results: readonly ValidationResult[], settings: DigestSettings, today: LocalDay): ResultsDigest {
  const d = emptyDigest(settings, today);
  const row: DigestRow = { row: 0, submittedAt: null, koperasiId: "", pendampingId: "", visitDay: null, status: "Valid", reasons: () => "" };
  let current: ValidationResult | undefined;
  row.reasons = () => reasonsCell(current!.findings);
  for (let i = 0; i < results.length; i++) {
    current = results[i]!;
    row.row = current.row; row.submittedAt = current.submittedAt; row.koperasiId = current.koperasiId;
    row.pendampingId = current.pendampingId; row.visitDay = current.visitDay; row.status = current.status;
    addRow(d, row);
  }
  return keepOpen(d, results);
}

/** The digest of rows read back (e.g. `Validasi` rows), as digestResults gives for the same results. */
export function digestRows(rows: readonly DigestRow[], settings: DigestSettings, today: LocalDay): ResultsDigest {
  const d = emptyDigest(settings, today);
  for (const r of rows) addRow(d, r);
  return keepOpen(d, rows);
}

function addRow(d: ResultsDigest, r: DigestRow): void {
  if (r.row > d.through) d.through = r.row;
  d.counts[r.status]++;
  let t = d.pendamping.get(r.pendampingId);
  if (!t) d.pendamping.set(r.pendampingId, (t = { counted: 0, rejected: 0, last: null, days: new Map() }));
  const counted = isCounted(r.status);
  if (counted) t.counted++;
  else if (r.status === "Ditolak") t.rejected++;
  if (r.submittedAt !== null) {
    if (t.last === null || r.submittedAt > t.last) t.last = r.submittedAt;
    if (counted) {
      const day = localDayOf(r.submittedAt, d.timeZone);
      if (day > d.today - d.windowDays) t.days.set(day, (t.days.get(day) ?? 0) + 1);
    }
  }
  if (!counted) return;
  addVisit(d, r.koperasiId, r.visitDay);
  if (r.status === "Peringatan" && r.visitDay !== null && r.visitDay > d.today - RECENT_DAYS) {
    d.warnings.push({ row: r.row, visitDay: r.visitDay, koperasiId: r.koperasiId, pendampingId: r.pendampingId, reasons: r.reasons() });
  }
}

function addVisit(d: ResultsDigest, id: string, visitDay: LocalDay | null): void {
  let v = d.visits.get(id);
  if (!v) d.visits.set(id, (v = { best: Number.NEGATIVE_INFINITY, ahead: [] }));
  if (visitDay === null || visitDay <= d.today) {
    const day = visitDay ?? Number.NEGATIVE_INFINITY;
    if (day > v.best) v.best = day;
  } else if (!v.ahead.includes(visitDay)) {
    v.ahead.push(visitDay);
    v.ahead.sort((a, b) => a - b);
  }
}

/** Records the counted rows of the last CORRECTABLE_ROWS rows (a second, cheap pass once `through` is known). */
function keepOpen(d: ResultsDigest, rows: ArrayLike<Pick<DigestRow, "row" | "status" | "pendampingId" | "submittedAt">>): ResultsDigest {
  const from = d.through - CORRECTABLE_ROWS;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.row <= from || (r.status !== "Valid" && r.status !== "Peringatan")) continue;
    d.open.set(r.row, {
      status: r.status, pendampingId: r.pendampingId,
      submitDay: r.submittedAt === null ? null : localDayOf(r.submittedAt, d.timeZone),
    });
  }
  return d;
}

/**
 * The digest of `earlier`'s rows followed by `later`'s (rows after earlier.through; a row of `earlier` that
 * changed since is first taken back with retractRows). Neither argument is changed.
 */
export function mergeDigests(earlier: ResultsDigest, later: ResultsDigest): ResultsDigest {
  if (earlier.windowDays !== later.windowDays || earlier.timeZone !== later.timeZone) {
    throw new Error("Digests made with different settings cannot be merged.");
  }
  const out = emptyDigest({ complianceWindowDays: earlier.windowDays, timeZone: earlier.timeZone }, Math.max(earlier.today, later.today));
  out.through = Math.max(earlier.through, later.through);
  for (const src of [earlier, later]) {
    for (const [id, t] of src.pendamping) {
      const o = out.pendamping.get(id);
      if (!o) {
        out.pendamping.set(id, { counted: t.counted, rejected: t.rejected, last: t.last, days: new Map(t.days) });
        continue;
      }
      o.counted += t.counted;
      o.rejected += t.rejected;
      if (t.last !== null && (o.last === null || t.last > o.last)) o.last = t.last;
      for (const [day, n] of t.days) o.days.set(day, (o.days.get(day) ?? 0) + n);
    }
    for (const [id, v] of src.visits) {
      const o = out.visits.get(id);
      if (!o) out.visits.set(id, { best: v.best, ahead: v.ahead.slice() });
      else out.visits.set(id, { best: Math.max(o.best, v.best), ahead: [...new Set(o.ahead.concat(v.ahead))].sort((a, b) => a - b) });
    }
    for (const s of Object.keys(src.counts) as ValidationStatus[]) out.counts[s] += src.counts[s];
    for (const [row, o] of src.open) out.open.set(row, o);
  }
  out.warnings = earlier.warnings.concat(later.warnings).sort((a, b) => a.row - b.row);
  return pruneDigest(out, out.today);
}

/**
 * Takes back what counted rows of the digest gave (rows a later report corrected: they are counted again,
 * as `Dikoreksi`, in the later digest). Their cooperative's latest visit day stays: the correcting report
 * is counted for the same cooperative and visit day. `given`: what rows older than the digest's open ones
 * gave (a fold in row ranges knows it from its own results). Throws when a row is not one it can take back.
 */
export function retractRows(digest: ResultsDigest, rows: readonly number[], given?: ReadonlyMap<number, OpenRow>): ResultsDigest {
  const out = mergeDigests(digest, emptyDigest({ complianceWindowDays: digest.windowDays, timeZone: digest.timeZone }, digest.today));
  const gone = new Set<number>();
  for (const row of rows) {
    const o: OpenRow | undefined = out.open.get(row) ?? given?.get(row);
    if (!o || gone.has(row)) throw new Error(`Row ${row} cannot be taken back from the digest.`);
    gone.add(row);
    out.open.delete(row);
    out.counts[o.status]--;
    const t = out.pendamping.get(o.pendampingId)!;
    t.counted--;
    const n = o.submitDay === null ? undefined : t.days.get(o.submitDay);
    if (n !== undefined) {
      if (n > 1) t.days.set(o.submitDay!, n - 1);
      else t.days.delete(o.submitDay!);
    }
  }
  out.warnings = out.warnings.filter((w) => !gone.has(w.row));
  return out;
}

/** Drops (in place) what no table of `today` or later can use, and folds visit days that are no longer ahead. */
export function pruneDigest(d: ResultsDigest, today: LocalDay): ResultsDigest {
  if (today > d.today) d.today = today;
  const firstDay = d.today - d.windowDays + 1;
  for (const t of d.pendamping.values()) {
    for (const day of t.days.keys()) if (day < firstDay) t.days.delete(day);
  }
  for (const v of d.visits.values()) foldAhead(v, d.today);
  d.warnings = d.warnings.filter((w) => w.visitDay > d.today - RECENT_DAYS);
  const from = d.through - CORRECTABLE_ROWS;
  for (const row of d.open.keys()) if (row <= from) d.open.delete(row);
  return d;
}

function foldAhead(v: VisitTally, today: LocalDay): void {
  while (v.ahead.length > 0 && v.ahead[0]! <= today) v.best = Math.max(v.best, v.ahead.shift()!);
}

export type { DigestRow, OpenRow, PendampingTally, ResultsDigest, VisitTally, WarningEntry };
