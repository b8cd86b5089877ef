// The zone trend over days for the `Ringkasan` line chart: Riwayat rows summed per day.
import type { CellValue, LocalDay } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { dateCell } from "../../core/summaries/table";
import { CHART_ZONE_HEADERS } from "../../core/text/summaries";

export function trendBlock(history: CellValue[][], settings: Settings, dayOf: (c: CellValue | undefined) => LocalDay | null): CellValue[][] {
  const perDay = new Map<LocalDay, [number, number, number]>();
  for (const row of history) {
    const day = dayOf(row[0]);
    if (day === null) continue;
    const t = perDay.get(day) ?? [0, 0, 0];
    for (let i = 0; i < 3; i++) t[i]! += Number(row[2 + i]) || 0;
    perDay.set(day, t);
  }
  const header: CellValue[] = ["Tanggal", ...CHART_ZONE_HEADERS.slice(1)];
  const days = [...perDay.keys()].sort((a, b) => a - b);
  return [header, ...days.map((d) => [dateCell(d, settings.sheetTimeZone), ...perDay.get(d)!])];
}
