// The `Salin ringkasan untuk WhatsApp` text: the funnel, zones, recent reporting, worst kabupaten/kota, follow-up count.
import type { CoopStatus, Instant, LocalDay, ValidationResult } from "../model";
import type { Settings } from "../settings/types";
import { whatsappSummary, type FunnelFacts, type WhatsappFacts } from "../text/summaries";
import { formatDateTime } from "../time/timeZone";
import { regencyStats, type RegencyStats } from "./regencyStats";
import { latestCountedVisitDays, latestVisitDays } from "./reporting";
import type { ResultsDigest } from "../digest/types";
import { regencyLabel } from "./ringkasan";

/**
 * The worst kabupaten/kota is the one with the highest share of MERAH cooperatives (ties: more MERAH,
 * then name order); none when no cooperative is MERAH. "Reported in the last 7 days" is as in `Ringkasan`,
 * from the results or from a digest of them (with a fold's archived reports: digestFold); null: from the
 * statuses' latest reports (the kept states, whose last report is the latest counted visit).
 */
export function whatsappText(
  statuses: readonly CoopStatus[],
  results: readonly ValidationResult[] | ResultsDigest | null,
  settings: Settings,
  today: LocalDay,
  now: Instant,
  entries?: { open: number; overdue: number },
): string {
  const latest = results === null ? undefined
    : Array.isArray(results) ? latestCountedVisitDays(results, today) : latestVisitDays(results as ResultsDigest, today);
  const { byRegency, total } = regencyStats(statuses, today, latest);
  const worst = worstRegency(byRegency);
  const facts: WhatsappFacts = {
    province: settings.provinceName,
    today,
    updated: formatDateTime(now, settings.timeZone),
    funnel: funnelFacts(total),
    portalOnly: settings.portalOnly,
    notInPortal: total.zones["BELUM PORTAL"],
    total: total.coops,
    hijau: total.zones.HIJAU,
    kuning: total.zones.KUNING,
    merah: total.zones.MERAH,
    reportedRecently: total.reportedRecently,
    worst: worst ? { regency: regencyLabel(worst.regency), merah: worst.zones.MERAH, coops: worst.coops } : null,
    followUp: total.zones.MERAH + total.zones.KUNING,
    followUpSheet: settings.sheetNames.tindakLanjut,
    ...(entries ? { entries } : {}),
  };
  return whatsappSummary(facts);
}

/**
 * The funnel of a tally: every registry row has legal status; `selesai` is `Ringkasan`'s `Selesai` (latest
 * progress 100), so the figures quoted match the sheet.
 */
export function funnelFacts(t: RegencyStats): FunnelFacts {
  return { legal: t.coops, inPortal: t.inPortal, started: t.started, finished: t.finished, operating: t.operating, blocked: t.blocked };
}

function worstRegency(byRegency: readonly RegencyStats[]): RegencyStats | null {
  let worst: RegencyStats | null = null;
  for (const s of byRegency) {
    if (s.zones.MERAH === 0) continue;
    if (!worst) { worst = s; continue; }
    // Compare shares without division: a/b > c/d <=> a*d > c*b.
    const diff = s.zones.MERAH * worst.coops - worst.zones.MERAH * s.coops;
    if (diff > 0 || (diff === 0 && s.zones.MERAH > worst.zones.MERAH)) worst = s;
  }
  return worst;
}
