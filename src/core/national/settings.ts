// The national workbook's `Pengaturan` (Kunci | Nilai | Keterangan, as in a province): time zone and
// the hour of the daily roll-up. Same value parsers and messages as the province settings.
import type { CellValue } from "../model";
import { cellText, shortText } from "../sheets/cells";
import { parseHour, parseTimeZone } from "../settings/values";
import { NATIONAL_SETTING_TEXTS } from "../text/national";

export interface NationalSettings {
  timeZone: string;
  /** Local hour of the daily roll-up (after the provinces' own daily rebuild). */
  rollupHour: number;
}

const KEYS = ["ZONA_WAKTU", "JAM_PERBARUI"] as const;
type NationalKey = (typeof KEYS)[number];

const DEFAULTS: Record<NationalKey, string> = { ZONA_WAKTU: "Asia/Jakarta", JAM_PERBARUI: "8" };

export function defaultNationalSettings(): NationalSettings {
  return { timeZone: DEFAULTS.ZONA_WAKTU, rollupHour: Number(DEFAULTS.JAM_PERBARUI) };
}

export function nationalSettingRows(): string[][] {
  return KEYS.map((k) => [k, DEFAULTS[k], NATIONAL_SETTING_TEXTS[k].description]);
}

export type NationalSettingsResult =
  | { ok: true; settings: NationalSettings; unknownKeys: string[] }
  | { ok: false; errors: string[] };

/** `rows`: the data rows below the header. Missing or blank values take the defaults. */
export function readNationalSettings(rows: readonly (readonly CellValue[])[]): NationalSettingsResult {
  const settings = defaultNationalSettings();
  const errors: string[] = [];
  const unknownKeys: string[] = [];
  const cells = new Map<NationalKey, CellValue>();
  for (const r of rows) {
    const keyText = cellText(r[0], "UTC");
    if (keyText === "") continue;
    const key = keyText.toUpperCase().replace(/[\s-]+/g, "_"); // as the province settings read keys
    if ((KEYS as readonly string[]).includes(key)) cells.set(key as NationalKey, r[1] ?? "");
    else unknownKeys.push(shortText(keyText));
  }
  const bad = (key: NationalKey, cell: CellValue) =>
    errors.push(NATIONAL_SETTING_TEXTS.badValue(key, shortText(cellText(cell, settings.timeZone)), NATIONAL_SETTING_TEXTS[key].expected));
  const tz = cells.get("ZONA_WAKTU");
  if (tz !== undefined && cellText(tz, "UTC") !== "") {
    const v = parseTimeZone(tz);
    if (v === undefined) bad("ZONA_WAKTU", tz);
    else settings.timeZone = v;
  }
  const hour = cells.get("JAM_PERBARUI");
  if (hour !== undefined && cellText(hour, "UTC") !== "") {
    const v = parseHour(hour, settings.timeZone);
    if (v === undefined) bad("JAM_PERBARUI", hour);
    else settings.rollupHour = v;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings, unknownKeys };
}
