// Reads the national `Pengaturan` (defaults when the sheet does not exist yet).
import { defaultNationalSettings, readNationalSettings, type NationalSettings } from "../../core/national/settings";
import { NATIONAL_SHEETS } from "../../core/text/national";
import { AppError } from "../errors";
import type { NationalContext } from "./context";

export function loadNationalSettings(ctx: NationalContext): { settings: NationalSettings; notes: string[] } {
  const values = ctx.workbook.readTable(NATIONAL_SHEETS.pengaturan, 3);
  if (values === null) return { settings: defaultNationalSettings(), notes: [] };
  const result = readNationalSettings(values.slice(1));
  if (!result.ok) throw new AppError("SETTINGS_INVALID", {}, result.errors);
  const notes = result.unknownKeys.length > 0
    ? [`Kunci pengaturan tidak dikenal (diabaikan): ${result.unknownKeys.join(", ")}. Periksa ejaannya di lembar Pengaturan.`]
    : [];
  return { settings: result.settings, notes };
}
