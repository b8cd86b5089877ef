// `Status Koperasi`: one row per cooperative with its latest counted report, zone and reasons.
import type { CellValue, CoopStatus, LocalDay, Zone } from "../model";
import type { Settings } from "../settings/types";
import { HEADERS, LAND_LABELS, NO, PROGRAM_STAGE_LABELS, STAGE_LABELS, YES } from "../text/sheets";
import { zoneReasonsText } from "../text/zones";
import { BLANK, FORMAT, dateCell, type Table } from "./table";

const COLUMNS = HEADERS.statusKoperasi;

/** 0-based column of `Zona` (its cell gets the zone colour). */
export const STATUS_ZONA_COLUMN = COLUMNS.indexOf("Zona");

/** Formats of the `Status Koperasi` columns, in header order (also used by `Percontohan`). */
export const STATUS_NUMBER_FORMATS: readonly string[] = [
  FORMAT.text, FORMAT.text, FORMAT.text, FORMAT.text, FORMAT.text, FORMAT.text,
  FORMAT.text, FORMAT.text, FORMAT.decimal1, FORMAT.text, FORMAT.date,
  FORMAT.integer, FORMAT.text, FORMAT.text, FORMAT.text, FORMAT.text, FORMAT.text,
];

/** One `Status Koperasi` row. `today` is already folded into the status (days since report, zone). */
export function statusRow(status: CoopStatus, settings: Settings, _today: LocalDay): CellValue[] {
  const k = status.koperasi;
  const latest = status.latest;
  return [
    k.id,
    k.name,
    k.village,
    k.district,
    k.regency,
    k.pendampingId,
    k.pilot ? YES : NO,
    latest ? LAND_LABELS[latest.landStatus] : BLANK,
    latest ? latest.progress : BLANK,
    latest ? STAGE_LABELS[latest.stage] : BLANK,
    latest ? dateCell(latest.visitDay, settings.sheetTimeZone) : BLANK,
    status.daysSinceReport ?? BLANK,
    status.zone,
    zoneReasonsText(status.reasons),
    PROGRAM_STAGE_LABELS[status.programStage],
    latest?.obstacles && latest.obstacles.length > 0 ? latest.obstacles.join(", ") : BLANK,
    latest?.photoUrl ? latest.photoUrl : BLANK,
  ];
}

/** Background row for one status row: only the `Zona` cell is coloured. */
export function statusBackgroundRow(status: Pick<CoopStatus, "zone">, settings: Settings): (string | null)[] {
  const row: (string | null)[] = new Array<string | null>(COLUMNS.length).fill(null);
  row[STATUS_ZONA_COLUMN] = settings.colors[status.zone];
  return row;
}

/** Background rows per zone, shared by every row of that zone (the writer only reads them). */
export function statusBackgroundsByZone(settings: Settings): Record<Zone, (string | null)[]> {
  const of = (zone: Zone) => statusBackgroundRow({ zone }, settings);
  return { HIJAU: of("HIJAU"), KUNING: of("KUNING"), MERAH: of("MERAH"), "BELUM PORTAL": of("BELUM PORTAL") };
}

export function statusTable(statuses: readonly CoopStatus[], settings: Settings, today: LocalDay): Table {
  const bg = statusBackgroundsByZone(settings);
  return {
    headers: COLUMNS,
    rows: statuses.map((s) => statusRow(s, settings, today)),
    numberFormats: STATUS_NUMBER_FORMATS,
    backgrounds: statuses.map((s) => bg[s.zone]),
  };
}
