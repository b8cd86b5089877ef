// Which settings and registry fields a report's outcome (`Validasi`), the cooperatives' validation states
// and the results digest depend on, and which only the outputs (zones, colours, summaries) read. Traced
// from the code: core/validation (rules, validate), core/reports/parse, core/digest, core/registry/ids on
// one side; core/zones, core/summaries, protection, triggers, feedback and the archive on the other.
import type { Koperasi, Pendamping, Registry, Zone } from "../model";
import type { Settings } from "./types";

/**
 * Read while validating, parsing or digesting: a change means every report is validated again.
 * provinceName is in a reason text (COORD_OUTSIDE_REGION); programStart in the date rules; the time
 * zones decide days; complianceWindowDays sizes the digest's per-day tallies; sheetNames say where
 * `Validasi`, the states and the registry are (kept here to stay on the safe side).
 */
export const VALIDATION_FIELDS = [
  "timeZone", "sheetTimeZone", "provinceName", "programStart", "maxReportAgeDays", "maxProgressJump", "minLandAreaM2",
  "maxCoordinateDistanceKm", "regionBox", "obstacleKinds", "stageRanges", "complianceWindowDays", "sheetNames",
] as const satisfies readonly (keyof Settings)[];

/** Read only by zones, colours, summaries (Kepatuhan's working days), the schedule, protection, emails, the archive. */
export const OUTPUT_FIELDS = [
  "daysWithoutReportYellow", "daysWithoutReportRed", "behindPlanYellow", "behindPlanRed", "stalledDaysYellow", "colors",
  "portalOnly", "workingWeekdays", "holidays", "rebuildHour", "admins", "sendFeedback", "archive",
] as const satisfies readonly (keyof Settings)[];

type Classified = (typeof VALIDATION_FIELDS)[number] | (typeof OUTPUT_FIELDS)[number];
/** A setting added to Settings without a side here does not compile. */
const EVERY_FIELD_CLASSIFIED: [Exclude<keyof Settings, Classified>] extends [never] ? true : never = true;
void EVERY_FIELD_CLASSIFIED;

/** The `Pengaturan` keys of each output field, for the `Log` line saying what was applied. */
const OUTPUT_KEYS: Record<Exclude<(typeof OUTPUT_FIELDS)[number], "colors">, string> = {
  daysWithoutReportYellow: "HARI_TANPA_LAPORAN_KUNING", daysWithoutReportRed: "HARI_TANPA_LAPORAN_MERAH",
  behindPlanYellow: "TERTINGGAL_KUNING_POIN", behindPlanRed: "TERTINGGAL_MERAH_POIN", stalledDaysYellow: "HARI_MACET_KUNING",
  portalOnly: "ZONA_HANYA_PORTAL", workingWeekdays: "HARI_KERJA", holidays: "HARI_LIBUR", rebuildHour: "JAM_PERBARUI",
  admins: "ADMIN", sendFeedback: "KIRIM_UMPAN_BALIK", archive: "ARSIP_*",
};
const COLOUR_KEYS: Record<Zone, string> = {
  HIJAU: "WARNA_HIJAU", KUNING: "WARNA_KUNING", MERAH: "WARNA_MERAH", "BELUM PORTAL": "WARNA_BELUM_PORTAL",
};

/** What a report's outcome depends on in the settings, as one value to fingerprint. */
export function validationSettings(settings: Settings): unknown[] {
  return VALIDATION_FIELDS.map((f) => settings[f]);
}

/**
 * What validation reads of the registry, in registry order (row i + 2 of `Status Koperasi` is cooperative
 * i, so adding, removing or reordering cooperatives counts too): ids, the assigned pendamping and the
 * coordinates of each cooperative (NOT_ASSIGNED, COORD_TOO_FAR); ids and activity of each pendamping.
 */
export function validationRegistry(registry: Pick<Registry, "koperasi" | "pendamping">): unknown[] {
  return [
    registry.koperasi.map((k: Koperasi) => [k.id, k.pendampingId, k.lat, k.lon]),
    registry.pendamping.map((p: Pendamping) => [p.id, p.active, p.inactiveSince ?? null]),
  ];
}

/** The output settings that differ between two settings (their `Pengaturan` keys, in sheet order). */
export function changedOutputKeys(before: Settings, after: Settings): string[] {
  const out: string[] = [];
  for (const f of OUTPUT_FIELDS) {
    if (f === "colors") {
      for (const z of Object.keys(COLOUR_KEYS) as Zone[]) if (before.colors[z] !== after.colors[z]) out.push(COLOUR_KEYS[z]);
    } else if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) out.push(OUTPUT_KEYS[f]);
  }
  return out;
}
