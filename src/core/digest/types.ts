// The mergeable digest of validation results: what the output sheets need from every report, kept small.
import type { Instant, LocalDay, ValidationResult, ValidationStatus } from "../model";

/** One result as the digest reads it (a ValidationResult, or a `Validasi` row read back). */
export interface DigestRow extends Pick<ValidationResult, "row" | "submittedAt" | "koperasiId" | "pendampingId" | "visitDay" | "status"> {
  /** The `Alasan` text, asked for only for the `Peringatan` rows the digest keeps. */
  reasons: () => string;
}

/** Per pendamping, all time: what `Kepatuhan Pendamping` needs. */
export interface PendampingTally {
  counted: number;
  rejected: number;
  /** Latest submission of any status (null: none). */
  last: Instant | null;
  /** Counted reports per local submission day, for the days a window ending today or later can include. */
  days: Map<LocalDay, number>;
}

/** Per cooperative with a counted report: its latest counted visit day on or before `today`, and any after it. */
export interface VisitTally {
  /** -Infinity when none of its counted visit days is usable yet. */
  best: number;
  /** Counted visit days after the digest's `today`, sorted (usually none). */
  ahead: LocalDay[];
}

/** A recent `Peringatan` report as `Tindak Lanjut` lists it. */
export interface WarningEntry {
  row: number;
  visitDay: LocalDay;
  koperasiId: string;
  pendampingId: string;
  reasons: string;
}

/** A counted row a later report can still correct: what it gave, so a correction can take it back. */
export interface OpenRow {
  status: "Valid" | "Peringatan";
  pendampingId: string;
  /** Local submission day (null: no submission time). */
  submitDay: LocalDay | null;
}

export interface ResultsDigest {
  /** Highest response row folded in (0: none). */
  through: number;
  /** The day it was made or last pruned for: tables from it are for this day or later. */
  today: LocalDay;
  /** The settings it was made with (`JENDELA_KEPATUHAN_HARI`, time zone): a digest only merges with its own kind. */
  windowDays: number;
  timeZone: string;
  pendamping: Map<string, PendampingTally>;
  visits: Map<string, VisitTally>;
  /** `Peringatan` reports whose visit day is recent today or may be later, in row order. */
  warnings: WarningEntry[];
  counts: Record<ValidationStatus, number>;
  /** Counted rows within CORRECTABLE_ROWS of `through`. */
  open: Map<number, OpenRow>;
}
