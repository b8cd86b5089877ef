// Domain model shared by every part of the pure core. No Apps Script globals here.

/** A calendar day in the settings' time zone, as days since 1970-01-01 (so day arithmetic is integer). */
export type LocalDay = number;

/** Epoch milliseconds: an instant. */
export type Instant = number;

/** What Range.getValues() hands back for one cell: '' for blank. */
export type CellValue = string | number | boolean | Date;

export type Zone = "HIJAU" | "KUNING" | "MERAH";
export const ZONES: readonly Zone[] = ["HIJAU", "KUNING", "MERAH"];

export type LandStatus = "BELUM_ADA" | "PROSES" | "SIAP" | "BERMASALAH";
export const LAND_STATUSES: readonly LandStatus[] = ["BELUM_ADA", "PROSES", "SIAP", "BERMASALAH"];

export type Stage = "BELUM_MULAI" | "PERSIAPAN" | "PONDASI" | "STRUKTUR" | "ATAP" | "FINISHING" | "SELESAI";
export const STAGES: readonly Stage[] = [
  "BELUM_MULAI", "PERSIAPAN", "PONDASI", "STRUKTUR", "ATAP", "FINISHING", "SELESAI",
];

export type PendampingKind = "Koperasi" | "UKM" | "KUR";

/** One row of the agency's `Koperasi` sheet, read by header. */
export interface Koperasi {
  id: string;
  name: string;
  village: string;
  district: string;
  regency: string;
  pendampingId: string;
  pilot: boolean;
  inPortal: boolean;
  lat: number | null;
  lon: number | null;
  targetDay: LocalDay | null;
  /** 1-based sheet row, for messages. */
  row: number;
}

/** One row of the agency's `Pendamping` sheet. */
export interface Pendamping {
  id: string;
  name: string;
  email: string;
  kind: PendampingKind | "";
  regency: string;
  active: boolean;
  phone: string;
  row: number;
  /**
   * `Tanggal Nonaktif`: the first day the pendamping no longer works (reports submitted from that day
   * on are rejected, earlier ones count); null when blank (then `active` alone decides, for every report).
   */
  inactiveSince?: LocalDay | null;
}

export interface Registry {
  koperasi: Koperasi[];
  pendamping: Pendamping[];
  koperasiById: ReadonlyMap<string, Koperasi>;
  pendampingById: ReadonlyMap<string, Pendamping>;
}

/** Closed set of finding codes; Indonesian wording lives in text/findings.ts keyed by code. */
export type FindingCode =
  // rejections
  | "MISSING_ANSWER"
  | "UNREADABLE_ANSWER"
  | "UNKNOWN_KOPERASI"
  | "UNKNOWN_PENDAMPING"
  | "INACTIVE_PENDAMPING"
  | "SUBMITTED_IN_FUTURE"
  | "VISIT_AFTER_SUBMIT"
  | "VISIT_TOO_OLD"
  | "VISIT_BEFORE_PROGRAM"
  | "PROGRESS_OUT_OF_RANGE"
  // warnings
  | "NOT_ASSIGNED"
  | "PROGRESS_DECREASED"
  | "PROGRESS_JUMP"
  | "STAGE_MISMATCH"
  | "PROGRESS_WITHOUT_LAND"
  | "LAND_TOO_SMALL"
  | "COORD_UNREADABLE"
  | "COORD_OUTSIDE_REGION"
  | "COORD_TOO_FAR"
  // repeats
  | "DUPLICATE"
  | "CORRECTED";

export type Severity = "reject" | "warn" | "info";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  params: Record<string, string | number>;
}

export type ValidationStatus = "Valid" | "Peringatan" | "Ditolak" | "Duplikat" | "Dikoreksi";

/** A response row read into typed fields. Fields are null when missing or unreadable (see `problems`). */
export interface Report {
  /** 1-based row in the response sheet. */
  row: number;
  submittedAt: Instant | null;
  pendampingId: string;
  koperasiId: string;
  regency: string;
  visitDay: LocalDay | null;
  landStatus: LandStatus | null;
  landArea: number | null;
  progress: number | null;
  stage: Stage | null;
  obstacles: string;
  photoUrl: string;
  /** Raw `Koordinat` text, '' when not given. */
  coordinates: string;
  /** Reading problems (MISSING_ANSWER / UNREADABLE_ANSWER), found before any rule runs. */
  problems: Finding[];
  /** Stable fingerprint of the answers (not the timestamp): equal answers give equal hashes. */
  contentHash: string;
}

export interface ValidationResult {
  row: number;
  submittedAt: Instant | null;
  koperasiId: string;
  pendampingId: string;
  visitDay: LocalDay | null;
  status: ValidationStatus;
  findings: Finding[];
}

export const COUNTED_STATUSES: readonly ValidationStatus[] = ["Valid", "Peringatan"];
export function isCounted(status: ValidationStatus): boolean {
  return status === "Valid" || status === "Peringatan";
}

/** The latest counted report of a cooperative, as zones and summaries see it. */
export interface LatestReport {
  row: number;
  visitDay: LocalDay;
  submittedAt: Instant;
  pendampingId: string;
  progress: number;
  landStatus: LandStatus;
  stage: Stage;
  /** First visit day on which the current progress value was reported (for the stalled rule). */
  progressSinceDay: LocalDay;
}

export type ZoneRuleCode =
  | "NEVER_REPORTED"
  | "NO_REPORT_RED"
  | "NO_REPORT_YELLOW"
  | "LAND_MISSING"
  | "LAND_PROBLEM"
  | "LAND_IN_PROCESS"
  | "BEHIND_PLAN_RED"
  | "BEHIND_PLAN_YELLOW"
  | "STALLED";

export interface ZoneReason {
  code: ZoneRuleCode;
  zone: Exclude<Zone, "HIJAU">;
  params: Record<string, string | number>;
}

/** One cooperative's computed status: the `Status Koperasi` row before it is turned into text. */
export interface CoopStatus {
  koperasi: Koperasi;
  latest: LatestReport | null;
  /** Days from the latest counted visit day to today; null when never reported. */
  daysSinceReport: number | null;
  zone: Zone;
  reasons: ZoneReason[];
}
