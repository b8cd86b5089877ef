// The archived reports' digest carried by the results of a fold started from an archive base, so every
// digest made from those results (digestResults: the rebuild's outputs and checkpoint, WhatsApp) counts the
// archived reports too, as the base kept no results. Also: a digest moved up by archived rows, and one
// fitted to other settings.
import type { ValidationResult } from "../model";
import type { ResultsDigest } from "./types";

const carried = new WeakMap<readonly ValidationResult[], ResultsDigest>();

/** Marks `results` (a fold's own array) as following the archived reports of `digest`. */
export function carryArchived(results: readonly ValidationResult[], digest: ResultsDigest): void {
  carried.set(results, digest);
}

/** The archived reports' digest `results` follow (undefined: none, or a copy of a fold's array). */
export function archivedDigestOf(results: readonly ValidationResult[]): ResultsDigest | undefined {
  return carried.get(results);
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
