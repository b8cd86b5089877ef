// Reads and checks `Pengaturan` at the start of every action (zod inside core/settings/read.ts).
import type { Settings } from "../core/settings/types";
import { defaultSettings } from "../core/settings/defaults";
import { readSettings } from "../core/settings/read";
import { SHEET_NAMES } from "../core/text/sheets";
import type { Context } from "./context";
import { AppError } from "./errors";
import type { CellValue } from "../core/model";
import { fnv1a64 } from "../core/reports/hash";
import { sheetZoneNote } from "../core/settings/sheetZone";

export interface LoadedSettings {
  settings: Settings;
  /** Unknown keys and other notes (a spreadsheet zone other than ZONA_WAKTU), reported in the outcome and `Log`. */
  notes: string[];
  /** False when `Pengaturan` does not exist yet (defaults were used). */
  fromSheet: boolean;
  /** Fingerprint of the sheet's cells as read (the submit path compares it to see an edit). */
  cellsFingerprint: string;
}

export function settingsCellsFingerprint(values: readonly (readonly CellValue[])[] | null): string {
  return values === null ? "-" : fnv1a64(JSON.stringify(values));
}

export function loadSettings(ctx: Context): LoadedSettings {
  // Kunci | Nilai | Keterangan are read by position (columns A..C), in one read.
  const values = ctx.workbook.readTable(SHEET_NAMES.pengaturan, 3);
  const cellsFingerprint = settingsCellsFingerprint(values);
  // Date cells are in the spreadsheet's own zone (one call; it may differ from ZONA_WAKTU).
  const sheetTimeZone = ctx.workbook.timeZone();
  if (values === null) return { settings: defaultSettings(sheetTimeZone), notes: [], fromSheet: false, cellsFingerprint };
  const result = readSettings(values.slice(1), sheetTimeZone);
  if (!result.ok) {
    throw new AppError("SETTINGS_INVALID", {}, result.errors.map((e) => e.message));
  }
  const notes = [...result.warnings];
  const zoneNote = sheetZoneNote(result.settings);
  if (zoneNote !== null) notes.push(zoneNote);
  if (result.unknownKeys.length > 0) {
    notes.push(
      `Kunci pengaturan tidak dikenal (diabaikan): ${result.unknownKeys.join(", ")}. Periksa ejaannya di lembar Pengaturan.`,
    );
  }
  return { settings: result.settings, notes, fromSheet: true, cellsFingerprint };
}
