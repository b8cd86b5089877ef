// One cooperative's story for the sidebar: zone and reasons, latest figures, pendamping, last reports.
import type { CoopStatus, Registry, Report, ValidationResult } from "../model";
import type { Settings } from "../settings/types";
import { formatDay } from "../time/localDay";
import { formatDateTime, localDayOf } from "../time/timeZone";
import { findingMessage } from "../text/findings";
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

/** Newest first: by visit day (or submission day when the visit date is unreadable), then by row. */
function newestFirst(results: readonly ValidationResult[], timeZone: string): ValidationResult[] {
  const dayOf = (r: ValidationResult) =>
    r.visitDay ?? (r.submittedAt === null ? Number.NEGATIVE_INFINITY : localDayOf(r.submittedAt, timeZone));
  return results.slice().sort((a, b) => dayOf(b) - dayOf(a) || b.row - a.row);
}

export function reportView(result: ValidationResult, report: Report | undefined, settings: Settings): ReportView {
  const progress = report?.progress ?? null;
  return {
    row: result.row,
    visit: result.visitDay === null ? "" : formatDay(result.visitDay),
    submitted: result.submittedAt === null ? "" : formatDateTime(result.submittedAt, settings.timeZone),
    status: result.status,
    progress: progress === null ? "" : SIDEBAR_TEXT.progress(formatCompactId(progress, 1)),
    reasons: result.findings.map(findingMessage),
  };
}

export interface DetailInput {
  status: CoopStatus;
  registry: Registry;
  /** Every validation result (only this cooperative's are used). */
  results: readonly ValidationResult[];
  /** Response rows by sheet row, for the figures each report gave. */
  reportsByRow: ReadonlyMap<number, Report>;
  settings: Settings;
  limit?: number;
}

export function koperasiView(input: DetailInput): KoperasiView {
  const { status, registry, settings } = input;
  const k = status.koperasi;
  const own = newestFirst(input.results.filter((r) => r.koperasiId === k.id), settings.timeZone);
  const shown = own.slice(0, input.limit ?? REPORTS_LIMIT);
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
    reports: shown.map((r) => reportView(r, input.reportsByRow.get(r.row), settings)),
    reportsMessage: own.length === 0 ? "" : SIDEBAR_TEXT.reportsCount(shown.length, own.length),
  };
}
