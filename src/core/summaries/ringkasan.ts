// `Ringkasan`: one row per kabupaten/kota and a TOTAL row (SPEC section 1), the update line and chart data.
import type { CellValue, CoopStatus, Instant, LocalDay, ValidationResult } from "../model";
import type { Settings } from "../settings/types";
import { HEADERS, TOTAL_LABEL, UPDATED_PREFIX } from "../text/sheets";
import { CHART_ZONE_HEADERS, NO_REGENCY } from "../text/summaries";
import { formatDateTime } from "../time/timeZone";
import { regencyStats, type RegencyStats } from "./regencyStats";
import { latestCountedVisitDays } from "./reporting";
import { FORMAT, meanCell, type Table } from "./table";

const I = FORMAT.integer;
const RINGKASAN_FORMATS: readonly string[] = [FORMAT.text, I, I, I, I, I, I, FORMAT.decimal1, I, I, I];

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
 */
export function ringkasanTable(
  statuses: readonly CoopStatus[],
  results: readonly ValidationResult[],
  settings: Settings,
  today: LocalDay,
  now: Instant,
): Ringkasan {
  const { byRegency, total } = regencyStats(statuses, today, latestCountedVisitDays(results, today));
  const rows = byRegency.map((s) => ringkasanRow(regencyLabel(s.regency), s));
  rows.push(ringkasanRow(TOTAL_LABEL, total));
  const zoneByRegency: CellValue[][] = [
    [...CHART_ZONE_HEADERS],
    ...byRegency.map((s) => [regencyLabel(s.regency), s.zones.HIJAU, s.zones.KUNING, s.zones.MERAH]),
  ];
  return {
    table: { headers: HEADERS.ringkasan, rows, numberFormats: RINGKASAN_FORMATS },
    updatedLine: `${UPDATED_PREFIX}${formatDateTime(now, settings.timeZone)}`,
    chart: { zoneByRegency },
  };
}

export function regencyLabel(regency: string): string {
  return regency.trim() === "" ? NO_REGENCY : regency;
}

function ringkasanRow(label: string, s: RegencyStats): CellValue[] {
  return [
    label, s.coops, s.reported, s.reportedRecently, s.zones.HIJAU, s.zones.KUNING, s.zones.MERAH,
    meanCell(s.progressSum, s.progressCount), s.finished, s.landReady, s.inPortal,
  ];
}
