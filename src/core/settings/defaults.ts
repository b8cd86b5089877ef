// The settings a new workbook starts with (SPEC section 7): the typed form. The rows written to
// `Pengaturan` (key, text value, description) live in settings/keys.ts and must parse to exactly this.
import { dayFromYmd } from "../time/localDay";
import { ALL_SHEETS, defaultSheetName, type SheetId } from "../sheets/layout";
import type { Settings } from "./types";

/** The `Jenis Kendala` categories after `Tidak ada` (SPEC section 8). */
export const DEFAULT_OBSTACLE_KINDS = ["Lahan", "Anggaran/dana", "Material", "Tenaga kerja", "Cuaca", "Perizinan", "Lainnya"] as const;

export function defaultSheetNames(): Record<SheetId, string> {
  const names = {} as Record<SheetId, string>;
  for (const id of ALL_SHEETS) names[id] = defaultSheetName(id);
  return names;
}

/** `sheetTimeZone`: the spreadsheet's own zone; a workbook in ZONA_WAKTU when not told otherwise. */
export function defaultSettings(sheetTimeZone = "Asia/Makassar"): Settings {
  return {
    timeZone: "Asia/Makassar",
    sheetTimeZone,
    provinceName: "Nusa Tenggara Barat",
    programStart: dayFromYmd(2025, 10, 1),
    maxReportAgeDays: 7,
    maxProgressJump: 30,
    minLandAreaM2: 1000,
    maxCoordinateDistanceKm: 5,
    // NTB and NTT together; an agency narrows it to its own province.
    regionBox: { minLat: -11.2, maxLat: -7.9, minLon: 115.7, maxLon: 125.3 },
    daysWithoutReportYellow: 3,
    daysWithoutReportRed: 7,
    behindPlanYellow: 10,
    behindPlanRed: 25,
    stalledDaysYellow: 14,
    colors: { HIJAU: "#b7e1cd", KUNING: "#fce8b2", MERAH: "#f4c7c3", "BELUM PORTAL": "#e8eaed" },
    portalOnly: false,
    obstacleKinds: [...DEFAULT_OBSTACLE_KINDS],
    stageRanges: {
      BELUM_MULAI: { min: 0, max: 5 },
      PERSIAPAN: { min: 0, max: 15 },
      PONDASI: { min: 10, max: 35 },
      STRUKTUR: { min: 30, max: 65 },
      ATAP: { min: 60, max: 85 },
      FINISHING: { min: 80, max: 99 },
      SELESAI: { min: 100, max: 100 },
    },
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: [],
    complianceWindowDays: 30,
    rebuildHour: 6,
    admins: [],
    sendFeedback: false,
    archive: { enabled: false, projectId: "", datasetId: "kdkmp", monthly: false },
    sheetNames: defaultSheetNames(),
  };
}
