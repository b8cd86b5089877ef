// Plain-JSON shapes the sidebar page receives through google.script.run (strings and numbers only, no Dates).
import type { ValidationStatus, Zone } from "../model";

/** One search result. */
export interface SearchHit {
  id: string;
  name: string;
  village: string;
  district: string;
  regency: string;
  zone: Zone;
  /** Zone colour from the settings (#rrggbb). */
  color: string;
}

export interface SearchView {
  query: string;
  hits: SearchHit[];
  total: number;
  /** e.g. "3 koperasi ditemukan." */
  message: string;
  /** Present when the zones are the kept ones (SIDEBAR_TEXT.keptFigures). */
  note?: string;
}

export interface LatestView {
  land: string;
  progress: string;
  stage: string;
  /** dd/MM/yyyy */
  lastReport: string;
  daysSince: string;
  /** `Kendala Utama`: the latest report's obstacle categories joined, '' when none named. */
  obstacles: string;
  /** The latest report's photo link when it is an http(s) address (the only kind the page links), else ''. */
  photoUrl: string;
}

export interface PendampingView {
  id: string;
  name: string;
  phone: string;
  email: string;
  /** '' or a note such as "tidak aktif". */
  note: string;
}

export interface ReportView {
  row: number;
  /** Visit date dd/MM/yyyy ('' when unreadable). */
  visit: string;
  /** Submission time dd/MM/yyyy HH:mm ('' when unreadable). */
  submitted: string;
  status: ValidationStatus;
  /** '' when the report gave no readable progress. */
  progress: string;
  reasons: string[];
}

/** The staff's follow-up entry on `Tindak Lanjut` (texts as typed; the deadline as dd/MM/yyyy when a date). */
export interface FollowUpView {
  owner: string;
  plan: string;
  deadline: string;
  status: string;
  notes: string;
  overdue: boolean;
  /** Notes on cells to fix ('' when none). */
  problems: string[];
}

export interface KoperasiView {
  id: string;
  name: string;
  village: string;
  district: string;
  regency: string;
  pilot: string;
  /** dd/MM/yyyy or ''. */
  target: string;
  zone: Zone;
  color: string;
  /** `Tahap Program` (SPEC section 8), shown first. */
  programStage: string;
  /** '' or the note that the site is `Terkendala`. */
  blocked: string;
  reasons: string[];
  latest: LatestView | null;
  pendamping: PendampingView | null;
  reports: ReportView[];
  /** e.g. "10 laporan terbaru dari 14." */
  reportsMessage: string;
  /** null when nobody typed a follow-up entry for it (or the sheet is missing). */
  followUp?: FollowUpView | null;
  /** Present when the figures are the kept ones (SIDEBAR_TEXT.keptFigures). */
  note?: string;
}

export interface SettingProblemView {
  key: string;
  value: string;
  expected: string;
  message: string;
}

export interface SettingsCheckView {
  ok: boolean;
  /** "Pengaturan sudah benar." or how many problems were found. */
  summary: string;
  problems: SettingProblemView[];
  /** Notes that stop nothing: unknown keys, defaulted stages, a missing sheet. */
  notes: string[];
}

/** What every google.script.run target returns: a value, or an Indonesian message saying what went wrong. */
export type SidebarResult<T> = { ok: true; value: T } | { ok: false; message: string };
