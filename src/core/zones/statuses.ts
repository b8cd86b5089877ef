// Every cooperative's status (zone, reasons, days since report) from the registry and its latest counted report.
import type { CoopStatus, Koperasi, LatestReport, LocalDay, Registry } from "../model";
import type { Settings } from "../settings/types";
import { computeZone } from "./computeZone";
import { isBlocked, programStage } from "./funnel";

/** One cooperative's status; the form-submit path uses it to rewrite a single `Status Koperasi` row. */
export function coopStatus(
  koperasi: Koperasi,
  latest: LatestReport | null,
  today: LocalDay,
  settings: Settings,
): CoopStatus {
  const { zone, reasons } = computeZone(koperasi, latest, today, settings);
  return {
    koperasi, latest, daysSinceReport: latest === null ? null : Math.max(0, today - latest.visitDay), zone, reasons,
    programStage: programStage(koperasi, latest), blocked: isBlocked(koperasi, latest),
  };
}

/** Statuses of every cooperative, in registry order. */
export function coopStatuses(
  registry: Registry,
  latestById: ReadonlyMap<string, LatestReport>,
  today: LocalDay,
  settings: Settings,
): CoopStatus[] {
  return registry.koperasi.map((k) => coopStatus(k, latestById.get(k.id) ?? null, today, settings));
}
