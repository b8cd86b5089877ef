// Per-kabupaten/kota tallies of cooperative statuses, shared by Ringkasan, Riwayat and the WhatsApp text.
import type { CoopStatus, LocalDay, Zone } from "../model";
import { reached } from "../zones/funnel";
import { isRecent, reportedRecently } from "./reporting";
import { sortedNames } from "./table";

export interface RegencyStats {
  regency: string;
  coops: number;
  reported: number;
  reportedRecently: number;
  zones: Record<Zone, number>;
  progressSum: number;
  progressCount: number;
  finished: number;
  landReady: number;
  inPortal: number;
  /** Funnel (SPEC section 8): `Tahap Program` at `Mulai Dibangun` or further, at `Beroperasi`, and stuck. */
  started: number;
  operating: number;
  blocked: number;
}

export function emptyStats(regency: string): RegencyStats {
  return {
    regency, coops: 0, reported: 0, reportedRecently: 0, zones: { HIJAU: 0, KUNING: 0, MERAH: 0, "BELUM PORTAL": 0 },
    progressSum: 0, progressCount: 0, finished: 0, landReady: 0, inPortal: 0, started: 0, operating: 0, blocked: 0,
  };
}

/**
 * Tallies per kabupaten/kota (sorted by name) and the total. `latestVisit` (from latestCountedVisitDays)
 * decides "reported" and "reported in the last 7 days"; without it the statuses' latest report does.
 */
export function regencyStats(
  statuses: readonly CoopStatus[],
  today: LocalDay,
  latestVisit?: ReadonlyMap<string, LocalDay>,
): { byRegency: RegencyStats[]; total: RegencyStats } {
  const map = new Map<string, RegencyStats>();
  const total = emptyStats("");
  for (const s of statuses) {
    const regency = s.koperasi.regency;
    let st = map.get(regency);
    if (!st) map.set(regency, (st = emptyStats(regency)));
    add(st, s, today, latestVisit);
    add(total, s, today, latestVisit);
  }
  const { order } = sortedNames(map.keys());
  return { byRegency: order.map((r) => map.get(r)!), total };
}

function add(t: RegencyStats, s: CoopStatus, today: LocalDay, latestVisit?: ReadonlyMap<string, LocalDay>): void {
  const id = s.koperasi.id;
  t.coops++;
  t.zones[s.zone]++;
  if (s.koperasi.inPortal) t.inPortal++;
  if (reached(s.programStage, "MULAI_DIBANGUN")) t.started++;
  if (s.programStage === "BEROPERASI") t.operating++;
  if (s.blocked) t.blocked++;
  const reported = latestVisit ? latestVisit.has(id) : s.latest !== null;
  if (reported) t.reported++;
  const recent = latestVisit
    ? reportedRecently(latestVisit, id, today)
    : s.latest !== null && isRecent(s.latest.visitDay, today);
  if (recent) t.reportedRecently++;
  if (s.latest) {
    t.progressSum += s.latest.progress;
    t.progressCount++;
    if (s.latest.progress >= 100) t.finished++;
    if (s.latest.landStatus === "SIAP") t.landReady++;
  }
}
