// `Percontohan`: the `Status Koperasi` rows of the pilot cooperatives, grouped by kabupaten/kota (sorted).
import type { CoopStatus, LocalDay } from "../model";
import type { Settings } from "../settings/types";
import { HEADERS } from "../text/sheets";
import { regencyLabel } from "./ringkasan";
import { STATUS_NUMBER_FORMATS, statusBackgroundsByZone, statusRow } from "./status";
import { sortedNames, type Table } from "./table";

export interface PercontohanGroup {
  regency: string;
  /** 0-based index of the group's first row in `table.rows` (the header is not counted). */
  startRow: number;
  count: number;
}

/** Pilot cooperatives by kabupaten/kota name, registry order within a group. */
export function percontohanTable(
  statuses: readonly CoopStatus[],
  settings: Settings,
  today: LocalDay,
): { table: Table; groups: PercontohanGroup[] } {
  const byRegency = new Map<string, CoopStatus[]>();
  for (const s of statuses) {
    if (!s.koperasi.pilot) continue;
    const list = byRegency.get(s.koperasi.regency);
    if (list) list.push(s);
    else byRegency.set(s.koperasi.regency, [s]);
  }
  const table: Table = { headers: HEADERS.percontohan, rows: [], numberFormats: STATUS_NUMBER_FORMATS, backgrounds: [] };
  const groups: PercontohanGroup[] = [];
  const bg = statusBackgroundsByZone(settings);
  for (const regency of sortedNames(byRegency.keys()).order) {
    const list = byRegency.get(regency)!;
    groups.push({ regency: regencyLabel(regency), startRow: table.rows.length, count: list.length });
    for (const s of list) {
      table.rows.push(statusRow(s, settings, today));
      table.backgrounds!.push(bg[s.zone]);
    }
  }
  return { table, groups };
}
