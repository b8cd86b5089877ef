// The rebuild's one-line summary: cooperatives per zone.
import type { CoopStatus } from "../../core/model";
import { REBUILD_TEXT } from "../../core/text/rebuild";

export function statusSummary(statuses: readonly CoopStatus[]): string {
  const zones = { HIJAU: 0, KUNING: 0, MERAH: 0, "BELUM PORTAL": 0 };
  for (const s of statuses) zones[s.zone]++;
  return REBUILD_TEXT.summary(statuses.length, zones.HIJAU, zones.KUNING, zones.MERAH, zones["BELUM PORTAL"]);
}
