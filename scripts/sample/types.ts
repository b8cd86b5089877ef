// Types of the sample-province generator: options, the generated province and its submissions.
import type { CellValue, LandStatus, Stage, ValidationStatus } from "../../src/core/model";
import type { RegionBox } from "../../src/core/settings/types";
import type { ProvinceCode, RegencyDef } from "./regions";

export interface SampleOptions {
  province?: ProvinceCode;
  seed?: number;
  /** Days of daily reports (default 30). */
  days?: number;
  /** Last day of reports, yyyy-MM-dd (default 2026-11-20). */
  endDay?: string;
  /** Cooperatives in the registry (default NTB 1,166, NTT 3,440, times `scale`). */
  koperasiCount?: number;
  /** Pendamping rows of every Jenis (default NTB 78, NTT 230, times `scale`). */
  pendampingCount?: number;
  /** Shrinks the default counts (0.1 = 10%). */
  scale?: number;
}

/** What the generator planted in one submission. */
export type SubmissionKind =
  | "ok" | "late" | "hostile_text" | "correction"
  // rejections (Ditolak)
  | "missing_answer" | "unreadable_answer" | "progress_out_of_range" | "future_date" | "too_old" | "before_program"
  | "unknown_koperasi" | "unknown_pendamping" | "inactive_pendamping"
  // warnings (Peringatan)
  | "not_assigned" | "progress_down" | "progress_jump" | "stage_mismatch" | "no_land_progress" | "small_land"
  | "coord_bad" | "coord_outside" | "coord_far"
  // repeats
  | "duplicate" | "corrected";

export interface Submission {
  /** Submission instant, ISO with +08:00 (WITA). */
  at: string;
  /** Keyed by exact question title (text/form.ts); only the reporter's own `Koperasi (<regency>)` page is answered. */
  answers: Record<string, string>;
  kind: SubmissionKind;
  /** The `Validasi` status a correct validator gives this submission. */
  expect: ValidationStatus;
}

export interface SampleExpectations {
  /** Submissions per planted kind (every kind listed, 0 when absent). */
  kinds: Record<SubmissionKind, number>;
  /** Submissions per expected `Validasi` status. */
  statuses: Record<ValidationStatus, number>;
  /** Pendamping who stop reporting for the last 10 days. */
  silentPendamping: string[];
  /** Pendamping who submit 1-3 days after the visit. */
  lateReporters: string[];
  /** Cooperatives removed from the registry whose old form choice is still used (unknown_koperasi). */
  removedKoperasi: string[];
  /** Cooperatives per site story at the end of the window. */
  stories: Record<string, number>;
}

export interface SampleProvince {
  province: { code: ProvinceCode; name: string; regencies: Array<{ code: string; name: string }>; box: RegionBox };
  koperasiRows: CellValue[][];
  pendampingRows: CellValue[][];
  settingsOverrides: Record<string, string>;
  submissions: Submission[];
  expectations: SampleExpectations;
}

// ---- internal records shared by registry.ts, reports.ts and mistakes.ts ----

export interface CoopRec {
  id: string;
  name: string;
  village: string;
  district: string;
  regency: RegencyDef;
  pendampingId: string;
  pilot: boolean;
  portal: boolean;
  lat: number | null;
  lon: number | null;
  /** Target Selesai as LocalDay, null when blank. */
  target: number | null;
}

export interface PendRec {
  id: string;
  name: string;
  email: string;
  kind: "Koperasi" | "UKM" | "KUR" | "";
  regency: RegencyDef;
  active: boolean;
  phone: string;
  coops: CoopRec[];
}

/** One visit as the pendamping reports it; mistakes.ts rewrites copies of these. */
export interface Visit {
  /** Submission time as seconds since 1970-01-01 local (WITA) time. */
  t: number;
  pendamping: PendRec;
  coop: CoopRec;
  day: number;
  land: LandStatus;
  area: number | null;
  progress: number;
  stage: Stage;
  kendala: string;
  /** `Jenis Kendala` as Forms writes a checkbox answer: the ticked choices joined by ", ". */
  jenis: string;
  /** `Sumber Data` label. */
  source: string;
  /** `Gerai Beroperasi`: "Ya", "Tidak" or "" (not answered). */
  outlet: string;
  photo: string;
  coord: string;
  /** Previous reported progress of this cooperative in the window, null for its first report. */
  prev: number | null;
  /** True when this is the cooperative's last report in the window. */
  last: boolean;
  late: boolean;
}

/** A submission before it is rendered: a visit plus answer texts that a planted mistake replaced. */
export interface Draft {
  t: number;
  kind: SubmissionKind;
  v: Visit;
  override: Partial<Record<string, string>>;
}
