// A row-range job's results digest (pipeline/rangedJob.ts): started from the archive base, merged range
// by range (a correction of a row folded in an earlier range is taken back first), and saved at the job's
// end as the rebuild's checkpoint, so the next rebuild takes its state path instead of reading every report.
import type { ValidationResult } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { digestFold, digestResults, emptyDigest, mergeDigests, retractRows, type OpenRow, type ResultsDigest } from "../../core/digest";
import { localDayOf } from "../../core/time/timeZone";
import type { ArchiveBase } from "../../core/archive/base";
import type { Context } from "../context";
import { writeCheckpoint } from "./checkpoint";
import type { JobProgress } from "./progress";

/**
 * The digest a job starts from: the archived rows' (their digest, or the results of a base of the first
 * format, counted as the full fold counts them), or none.
 */
export function startDigest(base: ArchiveBase | null, settings: Settings, now: number): ResultsDigest {
  const today = localDayOf(now, settings.timeZone);
  return base ? digestFold({ results: base.results, archived: base.digest }, settings, today) : emptyDigest(settings, today);
}

/** A row of an earlier range that a report of this range corrected: its new result and what it was before. */
export interface Retraction {
  result: ValidationResult;
  /** Its status as the job left it (read back from `Validasi`, or held). */
  before: string;
}

/**
 * The digest after one more range: `results` (the range's rows in row order) and `corrected`. Null when a
 * corrected row cannot be taken back (not a counted row): the job then saves no checkpoint.
 */
export function foldRange(
  d: ResultsDigest | null, results: readonly ValidationResult[], corrected: readonly Retraction[], settings: Settings,
): ResultsDigest | null {
  if (!d) return null;
  try {
    let base = d;
    if (corrected.length > 0) {
      const given = new Map<number, OpenRow>();
      for (const { result, before } of corrected) {
        // A row the digest still keeps open is taken back as the digest counted it (its `Validasi` row may
        // already show the correction: a part cut off after writing it is folded again).
        if (d.open.has(result.row)) continue;
        if (before !== "Valid" && before !== "Peringatan") return null;
        given.set(result.row, {
          status: before, pendampingId: result.pendampingId,
          submitDay: result.submittedAt === null ? null : localDayOf(result.submittedAt, d.timeZone),
        });
      }
      base = retractRows(d, corrected.map((c) => c.result.row), given);
    }
    const rows = corrected.length > 0 ? corrected.map((c) => c.result).concat(results) : results;
    return mergeDigests(base, digestResults(rows, settings, d.today));
  } catch {
    return null;
  }
}

/**
 * At the job's end, after `Status Koperasi` (which names this run in FULL_RUN_PROPERTY): its digest as the
 * checkpoint of a full read at the job's instant, returned for the rebuild's output sheets. Nothing (null)
 * when the digest was lost or holds rows deleted since.
 */
export function saveJobCheckpoint(ctx: Context, p: JobProgress, lastRow: number): ResultsDigest | null {
  const d = p.digest;
  if (!d || d.through > lastRow) return null;
  writeCheckpoint(ctx, { digest: d, run: String(p.now), basisFp: p.input, lastRow, fullDay: d.today });
  return d;
}
