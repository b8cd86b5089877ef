// The trend over days for the `Ringkasan` line chart: Riwayat rows summed per day, zones and the funnel
// (sites started and finished). Days from before the funnel series leave those cells blank, not 0.
import type { CellValue, LocalDay } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { dateCell } from "../../core/summaries/table";
import { HEADERS } from "../../core/text/sheets";
import { CHART_ZONE_HEADERS } from "../../core/text/summaries";

/** Columns of the trend block: Tanggal, Hijau, Kuning, Merah, Mulai Dibangun, Selesai. */
export const TREND_COLUMNS = 6;
/** 0-based columns of a Riwayat row summed into the trend (after its date). */
const SUMMED = [2, 3, 4, HEADERS.riwayat.length, HEADERS.riwayat.length + 1];
const FUNNEL_FROM = 3;

export function trendBlock(history: CellValue[][], settings: Settings, dayOf: (c: CellValue | undefined) => LocalDay | null): CellValue[][] {
  const perDay = new Map<LocalDay, (number | null)[]>();
  for (const row of history) {
    const day = dayOf(row[0]);
    if (day === null) continue;
    let t = perDay.get(day);
    if (!t) perDay.set(day, (t = [0, 0, 0, null, null]));
    for (let i = 0; i < SUMMED.length; i++) {
      const v = row[SUMMED[i]!];
      if (i >= FUNNEL_FROM && (v === "" || v === undefined || v === null)) continue;
      t[i] = (t[i] ?? 0) + (Number(v) || 0);
    }
  }
  const header: CellValue[] = ["Tanggal", ...CHART_ZONE_HEADERS.slice(1), HEADERS.riwayatFunnel[0], HEADERS.riwayatFunnel[1]];
  const days = [...perDay.keys()].sort((a, b) => a - b);
  return [header, ...days.map((d) => [dateCell(d, settings.sheetTimeZone), ...perDay.get(d)!.map((v) => v ?? "")])];
}
