// The "last 7 days" window of Ringkasan, Tindak Lanjut and WhatsApp (shared by the digest and the summaries).
import type { LocalDay } from "../model";

/** Length of the "last 7 days" window used by Ringkasan, Tindak Lanjut and WhatsApp: today-6 .. today. */
export const RECENT_DAYS = 7;

/** True when the day lies in the 7 days ending today (inclusive). */
export function isRecent(day: LocalDay, today: LocalDay): boolean {
  return day <= today && day > today - RECENT_DAYS;
}
