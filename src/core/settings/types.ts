// The typed settings every action works from, parsed from the `Pengaturan` sheet (see settings/read.ts).
import type { LocalDay, Stage, Zone } from "../model";
import type { SheetId } from "../sheets/layout";

export interface RegionBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

export interface Settings {
  /** ZONA_WAKTU: IANA name, default Asia/Makassar. Days (today, submission days, ages) are counted in it. */
  timeZone: string;
  /**
   * Not a key: the spreadsheet's own zone (`getSpreadsheetTimeZone()`). Date cells are read and written
   * in it, so a date shows as the pendamping entered it whatever ZONA_WAKTU says.
   */
  sheetTimeZone: string;
  /** NAMA_PROVINSI */
  provinceName: string;
  /** TANGGAL_MULAI_PROGRAM */
  programStart: LocalDay;
  /** MAKS_UMUR_LAPORAN_HARI */
  maxReportAgeDays: number;
  /** LONJAKAN_PROGRES_MAKS */
  maxProgressJump: number;
  /** LUAS_LAHAN_MIN_M2 */
  minLandAreaM2: number;
  /** JARAK_KOORDINAT_MAKS_KM */
  maxCoordinateDistanceKm: number;
  /** BATAS_WILAYAH: null when the agency leaves it blank (no box rule). */
  regionBox: RegionBox | null;
  /** HARI_TANPA_LAPORAN_KUNING */
  daysWithoutReportYellow: number;
  /** HARI_TANPA_LAPORAN_MERAH */
  daysWithoutReportRed: number;
  /** TERTINGGAL_KUNING_POIN */
  behindPlanYellow: number;
  /** TERTINGGAL_MERAH_POIN */
  behindPlanRed: number;
  /** HARI_MACET_KUNING */
  stalledDaysYellow: number;
  /** WARNA_HIJAU / WARNA_KUNING / WARNA_MERAH / WARNA_BELUM_PORTAL as #rrggbb */
  colors: Record<Zone, string>;
  /** ZONA_HANYA_PORTAL: zones only for cooperatives in the portal; the others are `BELUM PORTAL`. */
  portalOnly: boolean;
  /** JENIS_KENDALA: the obstacle categories offered after `Tidak ada` (the form's checkboxes). */
  obstacleKinds: string[];
  /** RENTANG_TAHAP: inclusive progress range allowed for each stage. */
  stageRanges: Record<Stage, { min: number; max: number }>;
  /** HARI_KERJA: working weekdays, 0 = Minggu (Sunday) .. 6 = Sabtu. */
  workingWeekdays: number[];
  /** HARI_LIBUR */
  holidays: LocalDay[];
  /** JENDELA_KEPATUHAN_HARI */
  complianceWindowDays: number;
  /** JAM_PERBARUI: local hour 0..23 of the daily rebuild. */
  rebuildHour: number;
  /** ADMIN: lower-cased emails; empty = everybody with edit access may run admin actions. */
  admins: string[];
  /** KIRIM_UMPAN_BALIK: email each pendamping the previous day's `Ditolak`/`Peringatan` reports. */
  sendFeedback: boolean;
  /** ARSIP_BIGQUERY, ARSIP_PROYEK, ARSIP_DATASET, ARSIP_BULANAN: moving old reports to BigQuery (docs/bigquery.md). */
  archive: { enabled: boolean; projectId: string; datasetId: string; monthly: boolean };
  /** LEMBAR_*: sheet-name overrides resolved to a full map. */
  sheetNames: Record<SheetId, string>;
}
