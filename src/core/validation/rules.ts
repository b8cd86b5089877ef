// The single-report rules of SPEC section 3: rejections (`Ditolak`) and warnings (`Peringatan`).
import { DATA_SOURCES, type Finding, type Koperasi, type LandStatus, type LocalDay, type Pendamping, type Registry, type Report, type Stage } from "../model";
import type { Settings } from "../settings/types";
import { shortText } from "../sheets/cells";
import { QUESTIONS } from "../text/form";
import { NO, NO_OBSTACLE, SOURCE_LABELS, YES } from "../text/sheets";
import { TIMESTAMP_QUESTION } from "../text/reports";
import { localDayOf } from "../time/timeZone";
import { haversineKm, insideBox, parseCoordinates } from "./coordinates";
import type { CountedEntry } from "./state";

/** A report that passed every rejection rule, with the fields the later rules rely on. */
export interface CheckedReport {
  report: Report;
  koperasi: Koperasi;
  pendamping: Pendamping;
  submittedAt: number;
  submitDay: LocalDay;
  visitDay: LocalDay;
  progress: number;
  landStatus: LandStatus;
  stage: Stage;
}

function reject(code: Finding["code"], params: Finding["params"]): Finding {
  return { code, severity: "reject", params };
}

function warn(code: Finding["code"], params: Finding["params"]): Finding {
  return { code, severity: "warn", params };
}

/** Answers a counted report cannot do without (the reader normally reports these itself), into `found`. */
function missingAnswers(r: Report, found: Finding[]): void {
  if (r.submittedAt === null) found.push(reject("MISSING_ANSWER", { question: TIMESTAMP_QUESTION }));
  if (r.pendampingId === "") found.push(reject("MISSING_ANSWER", { question: QUESTIONS.pendamping }));
  if (r.koperasiId === "") found.push(reject("MISSING_ANSWER", { question: "Koperasi" }));
  if (r.visitDay === null) found.push(reject("MISSING_ANSWER", { question: QUESTIONS.visitDate }));
  if (r.landStatus === null) found.push(reject("MISSING_ANSWER", { question: QUESTIONS.landStatus }));
  if (r.progress === null) found.push(reject("MISSING_ANSWER", { question: QUESTIONS.progress }));
  if (r.stage === null) found.push(reject("MISSING_ANSWER", { question: QUESTIONS.stage }));
}

/** Every rejection that applies; `checked` is set exactly when there is none. */
export function checkReport(
  r: Report,
  registry: Registry,
  settings: Settings,
): { rejections: Finding[]; checked: CheckedReport | null } {
  const rejections: Finding[] = [];
  const checked = checkInto(r, registry, settings, rejections);
  return { rejections, checked };
}

/** checkReport with the rejections pushed into `found` (empty on entry): the checked report, or null. */
export function checkInto(r: Report, registry: Registry, settings: Settings, found: Finding[]): CheckedReport | null {
  return checkWith(r, registry.koperasiById.get(r.koperasiId), registry, settings, found);
}

/** checkInto with the report's cooperative already looked up (`registry.koperasiById.get(r.koperasiId)`). */
export function checkWith(
  r: Report, koperasi: Koperasi | undefined, registry: Registry, settings: Settings, found: Finding[],
): CheckedReport | null {
  // Trust the reader's problems when it found any; otherwise make sure nothing required is blank.
  if (r.problems.length > 0) for (const p of r.problems) found.push(p);
  else missingAnswers(r, found);
  if (!koperasi && r.koperasiId !== "") found.push(reject("UNKNOWN_KOPERASI", { koperasiId: r.koperasiId }));
  const pendamping = registry.pendampingById.get(r.pendampingId);
  if (!pendamping && r.pendampingId !== "") found.push(reject("UNKNOWN_PENDAMPING", { pendampingId: r.pendampingId }));
  const submitDay = r.submittedAt === null ? null : localDayOf(r.submittedAt, settings.timeZone);
  // Inactive (the workbook alone decides): from `Tanggal Nonaktif` on when the registry gives that day,
  // so reports sent before it keep counting; for every report when only `Aktif` says `Tidak`.
  const since = pendamping?.inactiveSince ?? null;
  if (pendamping && (since !== null ? submitDay === null || submitDay >= since : !pendamping.active)) {
    found.push(reject("INACTIVE_PENDAMPING", since !== null ? { pendampingId: pendamping.id, since } : { pendampingId: pendamping.id }));
  }
  const visitDay = r.visitDay;
  if (visitDay !== null && submitDay !== null) {
    if (visitDay > submitDay) {
      found.push(reject("VISIT_AFTER_SUBMIT", { visitDay, submitDay }));
    } else if (submitDay - visitDay > settings.maxReportAgeDays) {
      found.push(reject("VISIT_TOO_OLD", {
        visitDay, submitDay, ageDays: submitDay - visitDay, maxDays: settings.maxReportAgeDays,
      }));
    }
  }
  if (visitDay !== null && visitDay < settings.programStart) {
    found.push(reject("VISIT_BEFORE_PROGRAM", { visitDay, programStart: settings.programStart }));
  }
  const progress = r.progress;
  if (progress !== null && !(progress >= 0 && progress <= 100)) {
    found.push(reject("PROGRESS_OUT_OF_RANGE", Number.isFinite(progress) ? { progress } : {}));
  }
  if (found.length > 0 || !koperasi || !pendamping || r.submittedAt === null || submitDay === null
    || visitDay === null || progress === null || r.landStatus === null || r.stage === null) {
    return null;
  }
  return {
    report: r, koperasi, pendamping, submittedAt: r.submittedAt, submitDay, visitDay, progress,
    landStatus: r.landStatus, stage: r.stage,
  };
}

/** Every warning that applies to an accepted report; `baseline` is the report its progress is compared with. */
export function warningsOf(c: CheckedReport, baseline: CountedEntry | undefined, settings: Settings): Finding[] {
  const out: Finding[] = [];
  const { koperasi, progress } = c;
  const pendampingId = c.report.pendampingId;
  if (koperasi.pendampingId !== "" && koperasi.pendampingId !== pendampingId) {
    out.push(warn("NOT_ASSIGNED", { pendampingId, koperasiId: koperasi.id, assignedId: koperasi.pendampingId }));
  }
  if (baseline) {
    const previous = baseline.progress;
    // Rounded so that 70,3 after 40,3 is a jump of exactly 30, not 30.000000000000004.
    const jump = Math.round((progress - previous) * 1e6) / 1e6;
    if (jump < 0) {
      out.push(warn("PROGRESS_DECREASED", { progress, previous, previousRow: baseline.row, previousDay: baseline.day }));
    } else if (jump > settings.maxProgressJump) {
      out.push(warn("PROGRESS_JUMP", {
        progress, previous, previousRow: baseline.row, previousDay: baseline.day, jump, max: settings.maxProgressJump,
      }));
    }
  }
  const range = settings.stageRanges[c.stage];
  if (progress < range.min || progress > range.max) {
    out.push(warn("STAGE_MISMATCH", { stage: c.stage, progress, min: range.min, max: range.max }));
  }
  if (progress > 0 && c.landStatus !== "SIAP") {
    out.push(warn("PROGRESS_WITHOUT_LAND", { progress, landStatus: c.landStatus }));
  }
  const area = c.report.landArea;
  if (area !== null && area < settings.minLandAreaM2) {
    out.push(warn("LAND_TOO_SMALL", { area, min: settings.minLandAreaM2 }));
  }
  const text = c.report.coordinates.trim();
  if (text !== "") {
    const point = parseCoordinates(text);
    if (!point) {
      out.push(warn("COORD_UNREADABLE", { text }));
    } else {
      const box = settings.regionBox;
      if (box && !insideBox(point, box)) {
        out.push(warn("COORD_OUTSIDE_REGION", { lat: point.lat, lon: point.lon, province: settings.provinceName }));
      }
      // The collection method is the pendamping's choice (SPEC section 8): a phone call or the board's
      // photos are not taken at the site, so only a field visit (or an older row without the question)
      // is held to the registered location.
      const atSite = c.report.source === undefined || c.report.source === null || c.report.source === "LAPANGAN";
      if (atSite && koperasi.lat !== null && koperasi.lon !== null) {
        const km = haversineKm(point, { lat: koperasi.lat, lon: koperasi.lon });
        if (km > settings.maxCoordinateDistanceKm) {
          out.push(warn("COORD_TOO_FAR", { distanceKm: km, max: settings.maxCoordinateDistanceKm }));
        }
      }
    }
  }
  funnelWarnings(c, settings, out);
  return out;
}

/** Warnings about `Jenis Kendala`, `Sumber Data` and `Gerai Beroperasi`: the answer is kept where it can be. */
function funnelWarnings(c: CheckedReport, settings: Settings, out: Finding[]): void {
  const r = c.report;
  for (const value of r.unknownObstacles ?? []) {
    out.push(warn("OBSTACLE_UNKNOWN", { value: shortText(value), known: [NO_OBSTACLE, ...settings.obstacleKinds].join(", ") }));
  }
  if ((r.source === null || r.source === undefined) && r.sourceText) {
    out.push(warn("ANSWER_NOT_UNDERSTOOD", {
      question: QUESTIONS.source, value: shortText(r.sourceText), choices: DATA_SOURCES.map((d) => SOURCE_LABELS[d]).join(", "),
    }));
  }
  if ((r.outletOpen === null || r.outletOpen === undefined) && r.outletText) {
    out.push(warn("ANSWER_NOT_UNDERSTOOD", { question: QUESTIONS.outlet, value: shortText(r.outletText), choices: `${YES}, ${NO}` }));
  }
  if (r.outletOpen === true && c.progress < 100 && c.stage !== "SELESAI") {
    out.push(warn("OUTLET_OPEN_UNFINISHED", { progress: c.progress }));
  }
}
