// The archived reports in a digest: a fold started from an archive base names the archived rows' digest
// beside its results (the base kept no results), and digestFold merges the two, explicitly, wherever a
// fold's digest is made (the rebuild's outputs and checkpoint, a row-range job's start, WhatsApp). Also: a
// digest moved up by archived rows, and one fitted to other settings.
import type { LocalDay, ValidationResult } from "../model";
import { digestResults, mergeDigests, type DigestSettings } from "./digest";
import type { ResultsDigest } from "./types";

/** A fold's results and the digest of the archived reports it followed (null: none). */
export interface FoldResults {
  results: readonly ValidationResult[];
  archived: ResultsDigest | null;
}

/** The digest of every report a fold stands for: the archived ones' followed by its own results'. */
export function digestFold(fold: FoldResults, settings: DigestSettings, today: LocalDay): ResultsDigest {
  const own = digestResults(fold.results, settings, today);
  return fold.archived ? mergeDigests(fitDigest(fold.archived, own.windowDays, own.timeZone), own) : own;
}

/**
 * The digest with every row number moved up by `by` (archived rows end at row 1 and below). A warning's
 * reasons stay as they are: they name only rows before it, all archived with it ("laporan yang sudah
 * diarsipkan" whatever their number).
 */
export function shiftDigest(d: ResultsDigest, by: number): ResultsDigest {
  return {
    ...d,
    through: d.through - by,
    warnings: d.warnings.map((w) => ({ ...w, row: w.row - by })),
    open: new Map([...d.open].map(([row, o]) => [row - by, o])),
  };
}

/**
 * The digest as one made with `windowDays` and `timeZone` (a copy when they differ): per-day tallies
 * outside a smaller window are dropped; days the archive's window did not keep, or counted in another
 * time zone, stay as they were (archived reports keep the outcome they had when archived).
 */
export function fitDigest(d: ResultsDigest, windowDays: number, timeZone: string): ResultsDigest {
  if (d.windowDays === windowDays && d.timeZone === timeZone) return d;
  const first = d.today - windowDays + 1;
  const pendamping = new Map([...d.pendamping].map(([id, t]) => [id, { ...t, days: new Map([...t.days].filter(([day]) => day >= first)) }]));
  return { ...d, windowDays, timeZone, pendamping };
}
