// One cooperative's story for the sidebar: zone and reasons, latest figures, pendamping, last reports.
import type { CoopStatus, Instant, LocalDay, Registry, ValidationResult, ValidationStatus } from "../model";
import type { Settings } from "../settings/types";
import { formatDay } from "../time/localDay";
import { formatDateTime, localDayOf } from "../time/timeZone";
import { findingMessage, REASONS_SEPARATOR } from "../text/findings";
import { formatCompactId } from "../text/numbers";
import { LAND_LABELS, NO, PROGRAM_STAGE_LABELS, STAGE_LABELS, YES } from "../text/sheets";
import { SIDEBAR_LABELS, SIDEBAR_TEXT } from "../text/sidebar";
import { zoneReasonText } from "../text/zones";
import type { KoperasiView, LatestView, PendampingView, ReportView } from "./types";

export const REPORTS_LIMIT = 10;

export function latestView(status: CoopStatus): LatestView | null {
  const l = status.latest;
  if (!l) return null;
  return {
    land: LAND_LABELS[l.landStatus],
    progress: SIDEBAR_TEXT.progress(formatCompactId(l.progress, 1)),
    stage: STAGE_LABELS[l.stage],
    lastReport: formatDay(l.visitDay),
    daysSince: status.daysSinceReport === null ? "" : SIDEBAR_TEXT.daysSince(status.daysSinceReport),
    obstacles: (l.obstacles ?? []).join(", "),
    photoUrl: /^https?:\/\/\S+$/i.test(l.photoUrl ?? "") ? l.photoUrl ?? "" : "",
  };
}

export function pendampingView(registry: Registry, id: string): PendampingView | null {
  if (id === "") return null;
  const p = registry.pendampingById.get(id);
  if (!p) return { id, name: "", phone: "", email: "", note: SIDEBAR_LABELS.pendampingUnknown };
  return { id, name: p.name, phone: p.phone, email: p.email, note: p.active ? "" : SIDEBAR_LABELS.pendampingInactive };
}

/** One report as the cooperative view lists it: a validation result, or its `Validasi` row read back. */
export interface ReportLine {
  row: number;
  visitDay: LocalDay | null;
  submittedAt: Instant | null;
  status: ValidationStatus;
  reasons: string[];
}

export function lineOfResult(r: ValidationResult): ReportLine {
  return { row: r.row, visitDay: r.visitDay, submittedAt: r.submittedAt, status: r.status, reasons: r.findings.map(findingMessage) };
}

/** The messages of an `Alasan` cell, as lineOfResult gives them (the cell joins them with REASONS_SEPARATOR). */
export function reasonsOfCell(text: string): string[] {
  return text === "" ? [] : text.split(REASONS_SEPARATOR);
}

/** Newest first: by visit day (or submission day when the visit date is unreadable), then by row. */
export function newestFirst(lines: readonly ReportLine[], timeZone: string): ReportLine[] {
  const dayOf = (r: ReportLine) =>
    r.visitDay ?? (r.submittedAt === null ? Number.NEGATIVE_INFINITY : localDayOf(r.submittedAt, timeZone));
  return lines.slice().sort((a, b) => dayOf(b) - dayOf(a) || b.row - a.row);
}

export function reportView(line: ReportLine, progress: number | null, settings: Settings): ReportView {
  return {
    row: line.row,
    visit: line.visitDay === null ? "" : formatDay(line.visitDay),
    submitted: line.submittedAt === null ? "" : formatDateTime(line.submittedAt, settings.timeZone),
    status: line.status,
    progress: progress === null ? "" : SIDEBAR_TEXT.progress(formatCompactId(progress, 1)),
    reasons: line.reasons,
  };
}

export interface DetailInput {
  status: CoopStatus;
  registry: Registry;
  /** This cooperative's reports, any order. */
  lines: readonly ReportLine[];
  /** The progress each shown report gave (absent or null: none readable), by sheet row. */
  progress: ReadonlyMap<number, number | null>;
  /** False when `lines` are its newest only (a bounded read): older ones may exist. */
  complete: boolean;
  settings: Settings;
  limit?: number;
}

export function koperasiView(input: DetailInput): KoperasiView {
  const { status, registry, settings } = input;
  const k = status.koperasi;
  const own = newestFirst(input.lines, settings.timeZone);
  const shown = own.slice(0, input.limit ?? REPORTS_LIMIT);
  const message = !input.complete ? SIDEBAR_TEXT.reportsNewest(shown.length, settings.sheetNames.validasi)
    : own.length === 0 ? "" : SIDEBAR_TEXT.reportsCount(shown.length, own.length);
  return {
    id: k.id, name: k.name, village: k.village, district: k.district, regency: k.regency,
    pilot: k.pilot ? YES : NO,
    target: k.targetDay === null ? "" : formatDay(k.targetDay),
    zone: status.zone,
    color: settings.colors[status.zone],
    programStage: PROGRAM_STAGE_LABELS[status.programStage],
    blocked: status.blocked ? SIDEBAR_LABELS.blocked : "",
    reasons: status.reasons.map(zoneReasonText),
    latest: latestView(status),
    pendamping: pendampingView(registry, k.pendampingId),
    reports: shown.map((r) => reportView(r, input.progress.get(r.row) ?? null, settings)),
    reportsMessage: message,
  };
}
