// The traffic-light zone of one cooperative (SPEC section 4): every rule that fires, the worst one wins.
import type { Koperasi, LatestReport, LocalDay, Zone, ZoneReason, ZoneRuleCode } from "../model";
import type { Settings } from "../settings/types";
import { isFinished, plannedProgress, round1 } from "./plan";

/** Order in which reasons are listed: every MERAH rule, then every KUNING rule. */
export const ZONE_RULE_ORDER: readonly ZoneRuleCode[] = [
  "NEVER_REPORTED", "NO_REPORT_RED", "LAND_MISSING", "LAND_PROBLEM", "BEHIND_PLAN_RED",
  "NO_REPORT_YELLOW", "LAND_IN_PROCESS", "BEHIND_PLAN_YELLOW", "STALLED", "NOT_IN_PORTAL",
];

/**
 * Zone rules, decided where SPEC section 4 is silent:
 * - a never-reported cooperative gets only NEVER_REPORTED (land, plan and stall rules need a report);
 * - a finished building (progress 100 or stage `Selesai`) is exempt from the no-report, plan and
 *   stalled rules: nothing more is expected of it; land rules still apply;
 * - "behind plan" compares plan minus progress, both rounded to one decimal, with the thresholds (>=);
 * - no-report rules compare the days since the latest counted visit day with the thresholds (>);
 * - with ZONA_HANYA_PORTAL = Ya a cooperative outside the portal is `BELUM PORTAL` (SPEC section 8).
 */
export function computeZone(
  koperasi: Koperasi,
  latest: LatestReport | null,
  today: LocalDay,
  settings: Settings,
): { zone: Zone; reasons: ZoneReason[] } {
  const reasons: ZoneReason[] = [];
  if (settings.portalOnly && !koperasi.inPortal) return notInPortal(latest);
  if (latest === null) {
    reasons.push({ code: "NEVER_REPORTED", zone: "MERAH", params: {} });
    return { zone: "MERAH", reasons };
  }
  const finished = isFinished(latest);

  if (!finished) {
    const days = today - latest.visitDay;
    if (days > settings.daysWithoutReportRed) {
      reasons.push({ code: "NO_REPORT_RED", zone: "MERAH", params: { days, limit: settings.daysWithoutReportRed } });
    } else if (days > settings.daysWithoutReportYellow) {
      reasons.push({ code: "NO_REPORT_YELLOW", zone: "KUNING", params: { days, limit: settings.daysWithoutReportYellow } });
    }
  }

  if (latest.landStatus === "BELUM_ADA") reasons.push({ code: "LAND_MISSING", zone: "MERAH", params: {} });
  if (latest.landStatus === "BERMASALAH") reasons.push({ code: "LAND_PROBLEM", zone: "MERAH", params: {} });
  if (latest.landStatus === "PROSES") reasons.push({ code: "LAND_IN_PROCESS", zone: "KUNING", params: {} });

  if (!finished) {
    const plan = plannedProgress(settings.programStart, koperasi.targetDay, today);
    if (plan !== null) {
      const gap = round1(plan - latest.progress);
      const params = { progress: latest.progress, plan, gap };
      if (gap >= settings.behindPlanRed) {
        reasons.push({ code: "BEHIND_PLAN_RED", zone: "MERAH", params: { ...params, limit: settings.behindPlanRed } });
      } else if (gap >= settings.behindPlanYellow) {
        reasons.push({ code: "BEHIND_PLAN_YELLOW", zone: "KUNING", params: { ...params, limit: settings.behindPlanYellow } });
      }
    }
    const stalledDays = today - latest.progressSinceDay;
    if (latest.progress < 100 && stalledDays >= settings.stalledDaysYellow) {
      reasons.push({
        code: "STALLED", zone: "KUNING",
        params: { progress: latest.progress, days: stalledDays, limit: settings.stalledDaysYellow },
      });
    }
  }

  // Rules were checked in ZONE_RULE_ORDER within each zone; listing MERAH first keeps that order.
  const red = reasons.filter((r) => r.zone === "MERAH");
  if (red.length === 0) return { zone: reasons.length > 0 ? "KUNING" : "HIJAU", reasons };
  return { zone: "MERAH", reasons: red.length === reasons.length ? reasons : [...red, ...reasons.filter((r) => r.zone !== "MERAH")] };
}

/**
 * `BELUM PORTAL`: not a construction site, so no reporting, plan or stall rule; its land rules (from a
 * counted report, if any) are still listed after `Belum masuk portal`.
 */
function notInPortal(latest: LatestReport | null): { zone: Zone; reasons: ZoneReason[] } {
  const zone = "BELUM PORTAL";
  const reasons: ZoneReason[] = [{ code: "NOT_IN_PORTAL", zone, params: {} }];
  if (latest?.landStatus === "BELUM_ADA") reasons.push({ code: "LAND_MISSING", zone, params: {} });
  if (latest?.landStatus === "BERMASALAH") reasons.push({ code: "LAND_PROBLEM", zone, params: {} });
  if (latest?.landStatus === "PROSES") reasons.push({ code: "LAND_IN_PROCESS", zone, params: {} });
  return { zone, reasons };
}
