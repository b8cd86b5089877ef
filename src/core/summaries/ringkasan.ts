// `Ringkasan`: one row per kabupaten/kota and a TOTAL row (SPEC section 1), the update line and chart data.
import type { CellValue, CoopStatus, Instant, LocalDay, ValidationResult } from "../model";
import type { Settings } from "../settings/types";
import { HEADERS, RINGKASAN_NOT_IN_PORTAL, TOTAL_LABEL, UPDATED_PREFIX } from "../text/sheets";
import { CHART_ZONE_HEADERS, NO_REGENCY } from "../text/summaries";
import { formatDateTime } from "../time/timeZone";
import { regencyStats, type RegencyStats } from "./regencyStats";
import { latestCountedVisitDays, latestVisitDays } from "./reporting";
import type { ResultsDigest } from "../digest/types";
import { FORMAT, meanCell, type Table } from "./table";

const I = FORMAT.integer;
const RINGKASAN_FORMATS: readonly string[] = [FORMAT.text, I, I, I, I, I, I, FORMAT.decimal1, I, I, I, I, I, I];

export interface Ringkasan {
  table: Table;
  /** `Diperbarui: dd/MM/yyyy HH:mm` in the settings' time zone (one cell). */
  updatedLine: string;
  chart: { zoneByRegency: CellValue[][] };
}

/**
 * Definitions (SPEC section 1): a counted report is `Valid` or `Peringatan`; `Sudah Melapor` = at least
 * one counted report; `Melapor 7 Hari Terakhir` = a counted report with visit day in today-6 .. today;
 * `Rata-rata Progres (%)` = mean of the latest counted progress over cooperatives that have one, one
 * decimal, blank when none; `Selesai` = latest progress 100; `Lahan Siap` = latest land `Siap bangun`;
 * `Masuk Portal` = registry `Ya`. Results of cooperatives not in the registry are ignored.
 * Funnel (SPEC section 8): `Mulai Dibangun` = `Tahap Program` at `Mulai Dibangun` or further (started,
 * finished or operating), `Beroperasi` = at `Beroperasi`, `Terkendala` = CoopStatus.blocked; with
 * ZONA_HANYA_PORTAL = Ya a last column `Belum Portal` counts the `BELUM PORTAL` zone.
 */
export function ringkasanTable(
  statuses: readonly CoopStatus[],
  results: readonly ValidationResult[],
  settings: Settings,
  today: LocalDay,
  now: Instant,
): Ringkasan {
  return ringkasanFromVisits(statuses, latestCountedVisitDays(results, today), settings, today, now);
}

/** ringkasanTable from a digest of the results (made on or before `today`). */
export function ringkasanFromDigest(
  statuses: readonly CoopStatus[], digest: ResultsDigest, settings: Settings, today: LocalDay, now: Instant,
): Ringkasan {
  return ringkasanFromVisits(statuses, latestVisitDays(digest, today), settings, today, now);
}

function ringkasanFromVisits(
  statuses: readonly CoopStatus[], latestVisit: ReadonlyMap<string, LocalDay>, settings: Settings, today: LocalDay, now: Instant,
): Ringkasan {
  const { byRegency, total } = regencyStats(statuses, today, latestVisit);
  const portalOnly = settings.portalOnly;
  const rows = byRegency.map((s) => ringkasanRow(regencyLabel(s.regency), s, portalOnly));
  rows.push(ringkasanRow(TOTAL_LABEL, total, portalOnly));
  const zoneByRegency: CellValue[][] = [
    [...CHART_ZONE_HEADERS],
    ...byRegency.map((s) => [regencyLabel(s.regency), s.zones.HIJAU, s.zones.KUNING, s.zones.MERAH]),
  ];
  return {
    table: {
      headers: portalOnly ? [...HEADERS.ringkasan, RINGKASAN_NOT_IN_PORTAL] : HEADERS.ringkasan, rows,
      numberFormats: portalOnly ? [...RINGKASAN_FORMATS, I] : RINGKASAN_FORMATS,
    },
    updatedLine: `${UPDATED_PREFIX}${formatDateTime(now, settings.timeZone)}`,
    chart: { zoneByRegency },
  };
}

export function regencyLabel(regency: string): string {
  return regency.trim() === "" ? NO_REGENCY : regency;
}

function ringkasanRow(label: string, s: RegencyStats, portalOnly: boolean): CellValue[] {
  const row: CellValue[] = [
    label, s.coops, s.reported, s.reportedRecently, s.zones.HIJAU, s.zones.KUNING, s.zones.MERAH,
    meanCell(s.progressSum, s.progressCount), s.finished, s.landReady, s.inPortal, s.started, s.operating, s.blocked,
  ];
  if (portalOnly) row.push(s.zones["BELUM PORTAL"]);
  return row;
}
