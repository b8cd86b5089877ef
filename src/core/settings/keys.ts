// Every key of the `Pengaturan` sheet (SPEC section 7): default text value and description, in sheet order.
import { STAGES, type Stage } from "../model";
import type { SheetId } from "../sheets/layout";
import { DEFAULT_OBSTACLE_KINDS } from "./defaults";
import { SETTING_TEXTS, type SettingText } from "../text/settings";
import { SHEET_NAMES, STAGE_LABELS } from "../text/sheets";

export const SETTING_KEYS = [
  "ZONA_WAKTU", "NAMA_PROVINSI", "TANGGAL_MULAI_PROGRAM", "MAKS_UMUR_LAPORAN_HARI", "LONJAKAN_PROGRES_MAKS",
  "LUAS_LAHAN_MIN_M2", "JARAK_KOORDINAT_MAKS_KM", "BATAS_WILAYAH", "HARI_TANPA_LAPORAN_KUNING",
  "HARI_TANPA_LAPORAN_MERAH", "TERTINGGAL_KUNING_POIN", "TERTINGGAL_MERAH_POIN", "HARI_MACET_KUNING",
  "WARNA_HIJAU", "WARNA_KUNING", "WARNA_MERAH", "ZONA_HANYA_PORTAL", "WARNA_BELUM_PORTAL", "JENIS_KENDALA", "RENTANG_TAHAP", "HARI_KERJA", "HARI_LIBUR",
  "JENDELA_KEPATUHAN_HARI", "JAM_PERBARUI", "ADMIN", "KIRIM_UMPAN_BALIK",
  "ARSIP_BIGQUERY", "ARSIP_PROYEK", "ARSIP_DATASET", "ARSIP_BULANAN",
  "LEMBAR_KOPERASI", "LEMBAR_PENDAMPING", "LEMBAR_LAPORAN", "LEMBAR_VALIDASI", "LEMBAR_STATUS_KOPERASI",
  "LEMBAR_RINGKASAN", "LEMBAR_KEPATUHAN", "LEMBAR_TINDAK_LANJUT", "LEMBAR_PERCONTOHAN", "LEMBAR_RIWAYAT",
  "LEMBAR_LOG",
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];

/** The sheet each LEMBAR_* key renames (Pengaturan and the internal sheet keep their names). */
export const SHEET_NAME_KEYS = {
  LEMBAR_KOPERASI: "koperasi",
  LEMBAR_PENDAMPING: "pendamping",
  LEMBAR_LAPORAN: "laporan",
  LEMBAR_VALIDASI: "validasi",
  LEMBAR_STATUS_KOPERASI: "statusKoperasi",
  LEMBAR_RINGKASAN: "ringkasan",
  LEMBAR_KEPATUHAN: "kepatuhan",
  LEMBAR_TINDAK_LANJUT: "tindakLanjut",
  LEMBAR_PERCONTOHAN: "percontohan",
  LEMBAR_RIWAYAT: "riwayat",
  LEMBAR_LOG: "log",
} as const satisfies Partial<Record<SettingKey, SheetId>>;

export type SheetNameKey = keyof typeof SHEET_NAME_KEYS;

/** Keys where a blank value means "none" instead of "use the default". */
export const BLANK_MEANS_NONE: readonly SettingKey[] = ["ADMIN", "HARI_LIBUR", "BATAS_WILAYAH", "ARSIP_PROYEK"];

/** The default stage ranges as RENTANG_TAHAP text, using the labels people see. */
function defaultStageRanges(): string {
  const ranges: Record<Stage, string> = {
    BELUM_MULAI: "0-5", PERSIAPAN: "0-15", PONDASI: "10-35", STRUKTUR: "30-65", ATAP: "60-85",
    FINISHING: "80-99", SELESAI: "100-100",
  };
  return STAGES.map((s) => `${STAGE_LABELS[s]}=${ranges[s]}`).join("; ");
}

const DEFAULT_VALUES: Record<SettingKey, string> = {
  ZONA_WAKTU: "Asia/Makassar",
  NAMA_PROVINSI: "Nusa Tenggara Barat",
  TANGGAL_MULAI_PROGRAM: "01/10/2025",
  MAKS_UMUR_LAPORAN_HARI: "7",
  LONJAKAN_PROGRES_MAKS: "30",
  LUAS_LAHAN_MIN_M2: "1000",
  JARAK_KOORDINAT_MAKS_KM: "5",
  BATAS_WILAYAH: "-11.2..-7.9; 115.7..125.3",
  HARI_TANPA_LAPORAN_KUNING: "3",
  HARI_TANPA_LAPORAN_MERAH: "7",
  TERTINGGAL_KUNING_POIN: "10",
  TERTINGGAL_MERAH_POIN: "25",
  HARI_MACET_KUNING: "14",
  WARNA_HIJAU: "#b7e1cd",
  WARNA_KUNING: "#fce8b2",
  WARNA_MERAH: "#f4c7c3",
  ZONA_HANYA_PORTAL: "Tidak",
  WARNA_BELUM_PORTAL: "#e8eaed",
  JENIS_KENDALA: DEFAULT_OBSTACLE_KINDS.join(", "),
  RENTANG_TAHAP: defaultStageRanges(),
  HARI_KERJA: "Senin-Jumat",
  HARI_LIBUR: "",
  JENDELA_KEPATUHAN_HARI: "30",
  JAM_PERBARUI: "6",
  ADMIN: "",
  KIRIM_UMPAN_BALIK: "Tidak",
  ARSIP_BIGQUERY: "Tidak",
  ARSIP_PROYEK: "",
  ARSIP_DATASET: "kdkmp",
  ARSIP_BULANAN: "Tidak",
  LEMBAR_KOPERASI: SHEET_NAMES.koperasi,
  LEMBAR_PENDAMPING: SHEET_NAMES.pendamping,
  LEMBAR_LAPORAN: SHEET_NAMES.laporan,
  LEMBAR_VALIDASI: SHEET_NAMES.validasi,
  LEMBAR_STATUS_KOPERASI: SHEET_NAMES.statusKoperasi,
  LEMBAR_RINGKASAN: SHEET_NAMES.ringkasan,
  LEMBAR_KEPATUHAN: SHEET_NAMES.kepatuhan,
  LEMBAR_TINDAK_LANJUT: SHEET_NAMES.tindakLanjut,
  LEMBAR_PERCONTOHAN: SHEET_NAMES.percontohan,
  LEMBAR_RIWAYAT: SHEET_NAMES.riwayat,
  LEMBAR_LOG: SHEET_NAMES.log,
};

export interface SettingKeyInfo extends SettingText {
  key: SettingKey;
  /** The text written in the Nilai column of a new workbook. */
  defaultValue: string;
}

export const SETTING_TABLE: readonly SettingKeyInfo[] = SETTING_KEYS.map((key) => ({
  key,
  defaultValue: DEFAULT_VALUES[key],
  ...(SETTING_TEXTS[key] as SettingText),
}));

export function settingInfo(key: SettingKey): SettingKeyInfo {
  const texts: SettingText = SETTING_TEXTS[key];
  return { key, defaultValue: DEFAULT_VALUES[key], ...texts };
}

export function isSettingKey(text: string): text is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(text);
}

/** The rows of a new `Pengaturan` sheet below its header: Kunci, Nilai, Keterangan. */
export function defaultSettingRows(): [string, string, string][] {
  return SETTING_TABLE.map((s) => [s.key, s.defaultValue, s.description]);
}
