// `Tindak Lanjut`: the weekly follow-up list: MERAH then KUNING cooperatives, and the recent `Peringatan` reports.
import type { CellValue, CoopStatus, LocalDay, Registry, ValidationResult } from "../model";
import type { Settings } from "../settings/types";
import { HEADERS } from "../text/sheets";
import { zoneReasonsText } from "../text/zones";
import { digestResults } from "../digest/digest";
import type { ResultsDigest, WarningEntry } from "../digest/types";
import { isRecent } from "./reporting";
import { BLANK, FORMAT, dateCell, sortedNames, type Table } from "./table";

const T = FORMAT.text;
export const COOP_FORMATS: readonly string[] = [T, T, T, T, T, T, FORMAT.integer, T];
const WARNING_FORMATS: readonly string[] = [FORMAT.integer, FORMAT.date, T, T, T, T, T];
const ZONE_RANK = { MERAH: 0, KUNING: 1, HIJAU: 2, "BELUM PORTAL": 3 } as const;

export interface TindakLanjut {
  coops: Table;
  warnings: Table;
}

/**
 * coops: every MERAH then every KUNING cooperative; within a zone by kabupaten/kota name, then the longest
 * silence first (never reported first), then ID. The pendamping is the one assigned in `Koperasi`.
 * warnings: every `Peringatan` report whose visit day is in the last 7 days (today-6 .. today), newest
 * visit first, then by response row.
 */
export function tindakLanjutSections(
  statuses: readonly CoopStatus[],
  results: readonly ValidationResult[],
  registry: Registry,
  settings: Settings,
  today: LocalDay,
): TindakLanjut {
  return tindakLanjutFromDigest(statuses, digestResults(results, settings, today), registry, settings, today);
}

/** tindakLanjutSections from a digest of the results (made with these settings, on or before `today`). */
export function tindakLanjutFromDigest(
  statuses: readonly CoopStatus[], digest: ResultsDigest, registry: Registry, settings: Settings, today: LocalDay,
): TindakLanjut {
  return { coops: coopsTable(statuses, registry, settings), warnings: warningsTable(digest.warnings, registry, settings, today) };
}

function coopsTable(statuses: readonly CoopStatus[], registry: Registry, settings: Settings): Table {
  // `BELUM PORTAL` is not a construction site to follow up (SPEC section 8).
  const flaggedStatuses = statuses.filter((s) => s.zone === "MERAH" || s.zone === "KUNING");
  const { rank } = sortedNames(flaggedStatuses.map((s) => s.koperasi.regency));
  const keyed = flaggedStatuses.map((s) => ({
    s, zone: ZONE_RANK[s.zone], regency: rank.get(s.koperasi.regency)!, silence: s.daysSinceReport ?? Infinity,
  }));
  keyed.sort((a, b) =>
    a.zone - b.zone || a.regency - b.regency ||
    (a.silence === b.silence ? 0 : b.silence > a.silence ? 1 : -1) ||
    (a.s.koperasi.id < b.s.koperasi.id ? -1 : a.s.koperasi.id > b.s.koperasi.id ? 1 : 0));
  const flagged = keyed.map((k) => k.s);
  const zonaColumn = HEADERS.tindakLanjut.indexOf("Zona");
  const rows: CellValue[][] = [];
  const backgrounds: (string | null)[][] = [];
  const bgOf = (zone: "MERAH" | "KUNING"): (string | null)[] => {
    const bg: (string | null)[] = new Array<string | null>(COOP_FORMATS.length).fill(null);
    bg[zonaColumn] = settings.colors[zone];
    return bg;
  };
  const bg = { MERAH: bgOf("MERAH"), KUNING: bgOf("KUNING"), HIJAU: [], "BELUM PORTAL": [] }; // only MERAH and KUNING are listed
  for (const s of flagged) {
    rows.push(coopRow(s, registry));
    backgrounds.push(bg[s.zone]);
  }
  return { headers: HEADERS.tindakLanjut, rows, numberFormats: COOP_FORMATS, backgrounds };
}

/** A cooperative's row of the list (also used for the open follow-ups of cooperatives no longer listed). */
export function coopRow(s: CoopStatus, registry: Registry): CellValue[] {
  const k = s.koperasi;
  return [
    s.zone, k.id, k.name, k.regency, k.pendampingId, registry.pendampingById.get(k.pendampingId)?.name ?? BLANK,
    s.daysSinceReport ?? BLANK, zoneReasonsText(s.reasons),
  ];
}

function warningsTable(
  warnings: readonly WarningEntry[],
  registry: Registry,
  settings: Settings,
  today: LocalDay,
): Table {
  const recent = warnings.filter((w) => isRecent(w.visitDay, today));
  recent.sort((a, b) => b.visitDay - a.visitDay || a.row - b.row);
  const rows = recent.map((r): CellValue[] => {
    const k = registry.koperasiById.get(r.koperasiId);
    return [
      r.row, dateCell(r.visitDay, settings.sheetTimeZone), r.koperasiId, k?.name ?? BLANK, k?.regency ?? BLANK,
      r.pendampingId, r.reasons,
    ];
  });
  return { headers: HEADERS.tindakLanjutWarnings, rows, numberFormats: WARNING_FORMATS };
}
