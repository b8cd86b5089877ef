// Reads the `Pengaturan` rows (Kunci, Nilai, Keterangan) into typed Settings, or every error found.
import type { CellValue, Zone } from "../model";
import { cellText, isBlank, parseYesNo, shortText } from "../sheets/cells";
import { SETTING_MESSAGES } from "../text/settings";
import { defaultSettings } from "./defaults";
import { BLANK_MEANS_NONE, SETTING_KEYS, SHEET_NAME_KEYS, isSettingKey, settingInfo, type SettingKey } from "./keys";
import { parseStageRanges } from "./stageRanges";
import type { Settings } from "./types";
import {
  parseArea, parseColor, parseDay, parseEmails, parseHolidays, parseHour, parseInteger, parseNumber,
  parseObstacleKinds, parsePlainText, parseRegionBox, parseTimeZone, parseWeekdays, parseYesNoSetting,
} from "./values";
import { parseDatasetId, parseProjectId } from "./archiveValues";

export interface SettingError {
  key: string;
  /** The value as typed (shortened). */
  value: string;
  /** What the key expects, in plain words. */
  expected: string;
  /** Full Indonesian sentence naming the key, the value and what is expected. */
  message: string;
}

export type SettingsResult =
  | { ok: true; settings: Settings; unknownKeys: string[]; warnings: string[] }
  | { ok: false; errors: SettingError[] };

interface Ctx {
  timeZone: string;
  warn(message: string): void;
}

/** Parses one value; undefined = does not fit. `assign` writes it into the settings. */
interface Field {
  apply(cell: CellValue, ctx: Ctx, s: Settings): boolean;
  /** For BLANK_MEANS_NONE keys: what a blank value sets. */
  none?(s: Settings): void;
}

function field<T>(parse: (cell: CellValue, ctx: Ctx) => T | undefined, assign: (s: Settings, v: T) => void,
  none?: (s: Settings) => void): Field {
  return {
    apply(cell, ctx, s) {
      const v = parse(cell, ctx);
      if (v === undefined) return false;
      assign(s, v);
      return true;
    },
    ...(none ? { none } : {}),
  };
}

/**
 * Points on the 0-100 progress scale. Typed as "10%" Sheets stores 0.1 in a percent-formatted cell, which
 * getValues returns as the fraction: a value strictly between 0 and 1 can only be that (the keys start at
 * 1 point), so it is read as its percent, with a note, instead of failing on a value staff never typed.
 */
function points(key: SettingKey, assign: (s: Settings, v: number) => void): Field {
  return field((c, ctx) => {
    if (typeof c === "number" && c > 0 && c < 1) {
      const v = Math.round(c * 100_000) / 1_000;
      ctx.warn(SETTING_MESSAGES.percentCell(key, v));
      return v >= 1 ? v : undefined;
    }
    return parseNumber(c, 1, 100);
  }, assign);
}

const color = (zone: Zone): Field => field(parseColor, (s, v) => { s.colors[zone] = v; });

function sheetField(key: keyof typeof SHEET_NAME_KEYS): Field {
  return field(parsePlainText, (s, v) => { s.sheetNames[SHEET_NAME_KEYS[key]] = v; });
}

const FIELDS: Record<SettingKey, Field> = {
  ZONA_WAKTU: field(parseTimeZone, (s, v) => { s.timeZone = v; }),
  NAMA_PROVINSI: field(parsePlainText, (s, v) => { s.provinceName = v; }),
  TANGGAL_MULAI_PROGRAM: field((c, ctx) => parseDay(c, ctx.timeZone), (s, v) => { s.programStart = v; }),
  MAKS_UMUR_LAPORAN_HARI: field((c) => parseInteger(c, 1, 60), (s, v) => { s.maxReportAgeDays = v; }),
  LONJAKAN_PROGRES_MAKS: points("LONJAKAN_PROGRES_MAKS", (s, v) => { s.maxProgressJump = v; }),
  LUAS_LAHAN_MIN_M2: field((c) => parseArea(c, 0, 1_000_000), (s, v) => { s.minLandAreaM2 = v; }),
  JARAK_KOORDINAT_MAKS_KM: field((c) => parseNumber(c, 0, 1000, true), (s, v) => { s.maxCoordinateDistanceKm = v; }),
  BATAS_WILAYAH: field(parseRegionBox, (s, v) => { s.regionBox = v; }, (s) => { s.regionBox = null; }),
  HARI_TANPA_LAPORAN_KUNING: field((c) => parseInteger(c, 1, 365), (s, v) => { s.daysWithoutReportYellow = v; }),
  HARI_TANPA_LAPORAN_MERAH: field((c) => parseInteger(c, 1, 365), (s, v) => { s.daysWithoutReportRed = v; }),
  TERTINGGAL_KUNING_POIN: points("TERTINGGAL_KUNING_POIN", (s, v) => { s.behindPlanYellow = v; }),
  TERTINGGAL_MERAH_POIN: points("TERTINGGAL_MERAH_POIN", (s, v) => { s.behindPlanRed = v; }),
  HARI_MACET_KUNING: field((c) => parseInteger(c, 1, 365), (s, v) => { s.stalledDaysYellow = v; }),
  WARNA_HIJAU: color("HIJAU"),
  WARNA_KUNING: color("KUNING"),
  WARNA_MERAH: color("MERAH"),
  ZONA_HANYA_PORTAL: field(parseYesNoSetting, (s, v) => { s.portalOnly = v; }),
  WARNA_BELUM_PORTAL: color("BELUM PORTAL"),
  JENIS_KENDALA: field(parseObstacleKinds, (s, v) => { s.obstacleKinds = v; }),
  RENTANG_TAHAP: field((c, ctx) => parseStageRanges(c, ctx.warn), (s, v) => { s.stageRanges = v; }),
  HARI_KERJA: field(parseWeekdays, (s, v) => { s.workingWeekdays = v; }),
  HARI_LIBUR: field((c, ctx) => parseHolidays(c, ctx.timeZone), (s, v) => { s.holidays = v; }, (s) => { s.holidays = []; }),
  JENDELA_KEPATUHAN_HARI: field((c) => parseInteger(c, 1, 366), (s, v) => { s.complianceWindowDays = v; }),
  JAM_PERBARUI: field((c, ctx) => parseHour(c, ctx.timeZone), (s, v) => { s.rebuildHour = v; }),
  ADMIN: field(parseEmails, (s, v) => { s.admins = v; }, (s) => { s.admins = []; }),
  KIRIM_UMPAN_BALIK: field((c) => parseYesNo(c) ?? undefined, (s, v) => { s.sendFeedback = v; }),
  ARSIP_BIGQUERY: field(parseYesNoSetting, (s, v) => { s.archive.enabled = v; }),
  ARSIP_PROYEK: field(parseProjectId, (s, v) => { s.archive.projectId = v; }, (s) => { s.archive.projectId = ""; }),
  ARSIP_DATASET: field(parseDatasetId, (s, v) => { s.archive.datasetId = v; }),
  ARSIP_BULANAN: field(parseYesNoSetting, (s, v) => { s.archive.monthly = v; }),
  LEMBAR_KOPERASI: sheetField("LEMBAR_KOPERASI"),
  LEMBAR_PENDAMPING: sheetField("LEMBAR_PENDAMPING"),
  LEMBAR_LAPORAN: sheetField("LEMBAR_LAPORAN"),
  LEMBAR_VALIDASI: sheetField("LEMBAR_VALIDASI"),
  LEMBAR_STATUS_KOPERASI: sheetField("LEMBAR_STATUS_KOPERASI"),
  LEMBAR_RINGKASAN: sheetField("LEMBAR_RINGKASAN"),
  LEMBAR_KEPATUHAN: sheetField("LEMBAR_KEPATUHAN"),
  LEMBAR_TINDAK_LANJUT: sheetField("LEMBAR_TINDAK_LANJUT"),
  LEMBAR_PERCONTOHAN: sheetField("LEMBAR_PERCONTOHAN"),
  LEMBAR_RIWAYAT: sheetField("LEMBAR_RIWAYAT"),
  LEMBAR_LOG: sheetField("LEMBAR_LOG"),
};

/** "maks umur laporan hari" / " Maks-Umur-Laporan-Hari " -> "MAKS_UMUR_LAPORAN_HARI". */
export function normalizeKey(text: string): string {
  return text.trim().toUpperCase().replace(/[\s-]+/g, "_");
}

export function settingError(key: string, value: string, expected: string): SettingError {
  const shown = shortText(value);
  return { key, value: shown, expected, message: SETTING_MESSAGES.badValue(key, shown, expected) };
}

/**
 * `rows`: data rows of `Pengaturan` below the header. Missing keys and blank values take the defaults
 * (blank ADMIN / HARI_LIBUR / BATAS_WILAYAH mean none). Unknown keys are listed, not errors; a key
 * written twice is an error (rows named as sheet rows: index + 2, the header being row 1). Date cells
 * are read as days in `sheetTimeZone`, the spreadsheet's own zone; without it (a workbook assumed to be
 * in ZONA_WAKTU) ZONA_WAKTU is read first and used.
 * `warnings` holds notes that do not stop anything (e.g. a stage left out of RENTANG_TAHAP).
 */
export function readSettings(rows: readonly (readonly CellValue[])[], sheetTimeZone?: string): SettingsResult {
  const errors: SettingError[] = [];
  const unknownKeys: string[] = [];
  const warnings: string[] = [];
  const found = new Map<SettingKey, { cell: CellValue; rows: number[] }>();
  rows.forEach((r, i) => {
    const keyText = cellText(r[0], "UTC");
    if (keyText === "") return;
    const key = normalizeKey(keyText);
    if (!isSettingKey(key)) {
      unknownKeys.push(shortText(keyText));
      return;
    }
    const cell = r[1] ?? "";
    const seen = found.get(key);
    if (seen) seen.rows.push(i + 2);
    else found.set(key, { cell: cell === null ? "" : cell, rows: [i + 2] });
  });

  const settings = defaultSettings(sheetTimeZone);
  const ctx: Ctx = { timeZone: sheetTimeZone ?? settings.timeZone, warn: (m) => warnings.push(m) };
  const order: SettingKey[] = ["ZONA_WAKTU", ...SETTING_KEYS.filter((k) => k !== "ZONA_WAKTU")];
  for (const key of order) {
    const entry = found.get(key);
    if (!entry) continue;
    if (entry.rows.length > 1) {
      const rowsText = entry.rows.join(", ");
      errors.push({
        key, value: shortText(cellText(entry.cell, ctx.timeZone)), expected: SETTING_MESSAGES.duplicateExpected,
        message: SETTING_MESSAGES.duplicateKey(key, rowsText),
      });
      continue;
    }
    const f = FIELDS[key];
    if (isBlank(entry.cell)) {
      if (BLANK_MEANS_NONE.includes(key)) f.none?.(settings);
      continue;
    }
    if (!f.apply(entry.cell, ctx, settings)) {
      const typed = typeof entry.cell === "number" ? String(entry.cell) : cellText(entry.cell, ctx.timeZone);
      errors.push(settingError(key, typed, settingInfo(key).expected));
    }
    if (key === "ZONA_WAKTU" && sheetTimeZone === undefined) ctx.timeZone = settings.timeZone;
  }
  if (sheetTimeZone === undefined) settings.sheetTimeZone = settings.timeZone;
  for (const e of crossChecks(settings, errors)) errors.push(e);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings, unknownKeys, warnings };
}

/** Rules between keys: yellow thresholds not above red ones, sheet names all different. */
function crossChecks(s: Settings, already: readonly SettingError[]): SettingError[] {
  const errors: SettingError[] = [];
  const failed = new Set(already.map((e) => e.key));
  const pair = (low: SettingKey, high: SettingKey, lowValue: number, highValue: number) => {
    if (failed.has(low) || failed.has(high) || lowValue <= highValue) return;
    errors.push(settingError(low, String(lowValue), SETTING_MESSAGES.notAbove(high, String(highValue))));
  };
  pair("HARI_TANPA_LAPORAN_KUNING", "HARI_TANPA_LAPORAN_MERAH", s.daysWithoutReportYellow, s.daysWithoutReportRed);
  pair("TERTINGGAL_KUNING_POIN", "TERTINGGAL_MERAH_POIN", s.behindPlanYellow, s.behindPlanRed);
  // Sheet names must differ from each other and from the fixed Pengaturan and internal sheets
  // (Google Sheets compares names case-insensitively).
  const owner = new Map<string, string>();
  owner.set(s.sheetNames.pengaturan.toLowerCase(), `"${s.sheetNames.pengaturan}"`);
  owner.set(s.sheetNames.state.toLowerCase(), `"${s.sheetNames.state}"`);
  for (const key of Object.keys(SHEET_NAME_KEYS) as (keyof typeof SHEET_NAME_KEYS)[]) {
    const name = s.sheetNames[SHEET_NAME_KEYS[key]];
    const other = owner.get(name.toLowerCase());
    if (other !== undefined) {
      if (!failed.has(key)) errors.push(settingError(key, name, SETTING_MESSAGES.sheetNameTaken(other)));
    } else owner.set(name.toLowerCase(), key);
  }
  return errors;
}
