// Domain model shared by every part of the pure core. No Apps Script globals here.

/** A calendar day in the settings' time zone, as days since 1970-01-01 (so day arithmetic is integer). */
export type LocalDay = number;

/** Epoch milliseconds: an instant. */
export type Instant = number;

/** What Range.getValues() hands back for one cell: '' for blank. */
export type CellValue = string | number | boolean | Date;

/** The traffic light of a construction site. */
export type TrafficZone = "HIJAU" | "KUNING" | "MERAH";
/** `BELUM PORTAL`: with ZONA_HANYA_PORTAL = Ya, a cooperative outside the portal (not a construction site). */
export type Zone = TrafficZone | "BELUM PORTAL";
export const ZONES: readonly TrafficZone[] = ["HIJAU", "KUNING", "MERAH"];
export const ALL_ZONES: readonly Zone[] = ["HIJAU", "KUNING", "MERAH", "BELUM PORTAL"];

export type LandStatus = "BELUM_ADA" | "PROSES" | "SIAP" | "BERMASALAH";
export const LAND_STATUSES: readonly LandStatus[] = ["BELUM_ADA", "PROSES", "SIAP", "BERMASALAH"];

export type Stage = "BELUM_MULAI" | "PERSIAPAN" | "PONDASI" | "STRUKTUR" | "ATAP" | "FINISHING" | "SELESAI";
export const STAGES: readonly Stage[] = [
  "BELUM_MULAI", "PERSIAPAN", "PONDASI", "STRUKTUR", "ATAP", "FINISHING", "SELESAI",
];

/** How the pendamping learnt what the report says (`Sumber Data`). */
export type DataSource = "LAPANGAN" | "TELEPON" | "PENGURUS";
export const DATA_SOURCES: readonly DataSource[] = ["LAPANGAN", "TELEPON", "PENGURUS"];

/** The programme funnel, furthest step last (SPEC section 8, `Tahap Program`). */
export type ProgramStage = "BERBADAN_HUKUM" | "MASUK_PORTAL" | "LAHAN_SIAP" | "MULAI_DIBANGUN" | "SELESAI_DIBANGUN" | "BEROPERASI";
export const PROGRAM_STAGES: readonly ProgramStage[] = [
  "BERBADAN_HUKUM", "MASUK_PORTAL", "LAHAN_SIAP", "MULAI_DIBANGUN", "SELESAI_DIBANGUN", "BEROPERASI",
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
  /** Registry column `Beroperasi` = `Ya` (optional column; absent in notes of older versions). */
  operating?: boolean;
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
  | "OBSTACLE_UNKNOWN"
  | "ANSWER_NOT_UNDERSTOOD"
  | "OUTLET_OPEN_UNFINISHED"
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

/**
 * A response row read into typed fields. Fields are null when missing or unreadable (see `problems`).
 * The optional fields are the questions of SPEC section 8 (absent: a reader or fixture that predates them).
 */
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
  /**
   * `Jenis Kendala`: the categories ticked, as the setting JENIS_KENDALA spells them (`Tidak ada`
   * included), then any text that names none of them, as typed. Empty when not answered (older rows).
   */
  obstacleKinds?: string[];
  /** Pieces of `Jenis Kendala` that name no category of JENIS_KENDALA (also in obstacleKinds). */
  unknownObstacles?: string[];
  /** `Sumber Data`; null when blank (older rows) or not understood (`sourceText` holds it then). */
  source?: DataSource | null;
  sourceText?: string;
  /** `Gerai Beroperasi`: true (`Ya`), false (`Tidak`), null when blank or not understood (`outletText`). */
  outletOpen?: boolean | null;
  outletText?: string;
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
  /** `Jenis Kendala` of this report (see Report.obstacleKinds); absent or empty when not answered. */
  obstacles?: string[];
  /** `Tautan Foto` of this report; absent or '' when none. */
  photoUrl?: string;
  /** `Gerai Beroperasi` of this report (absent or null: not answered). */
  outletOpen?: boolean | null;
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
  | "STALLED"
  | "NOT_IN_PORTAL";

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
  /** The furthest step of the programme funnel this cooperative reached. */
  programStage: ProgramStage;
  /** In the portal, and the latest counted report names an obstacle or its land is missing or in dispute. */
  blocked: boolean;
}
