// The spreadsheet's own time zone against ZONA_WAKTU: the note the Log and the settings check show when they differ.
import { SETTING_MESSAGES } from "../text/settings";
import { offsetMinutes } from "../time/timeZone";
import type { Settings } from "./types";

/**
 * True when the two zones keep the same clock (two names of one zone, such as Asia/Makassar and
 * Asia/Ujung_Pandang; compared in January and July, so zones with summer time are told apart).
 */
export function sameClock(a: string, b: string): boolean {
  return a === b || [0, 181].every((d) => offsetMinutes(d * 864e5, a) === offsetMinutes(d * 864e5, b));
}

/** The note for the Log and the settings check, or null when the spreadsheet keeps ZONA_WAKTU's clock. */
export function sheetZoneNote(settings: Pick<Settings, "timeZone" | "sheetTimeZone">): string | null {
  if (sameClock(settings.sheetTimeZone, settings.timeZone)) return null;
  return SETTING_MESSAGES.zoneDiffers(settings.sheetTimeZone, settings.timeZone);
}
