// The sidebar's settings check: every problem in `Pengaturan` (bad values, duplicates, unknown keys).
import type { CellValue } from "../model";
import { isSettingKey } from "../settings/keys";
import { normalizeKey, readSettings } from "../settings/read";
import { sheetZoneNote } from "../settings/sheetZone";
import { cellText, shortText } from "../sheets/cells";
import { SETTING_MESSAGES } from "../text/settings";
import { SIDEBAR_TEXT } from "../text/sidebar";
import type { SettingProblemView, SettingsCheckView } from "./types";

/** Keys in column A that are not settings (as typed, shortened), in sheet order. */
export function unknownKeysOf(rows: readonly (readonly CellValue[])[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const text = cellText(r[0], "UTC");
    if (text !== "" && !isSettingKey(normalizeKey(text))) out.push(shortText(text));
  }
  return out;
}

/**
 * `values`: the whole `Pengaturan` sheet (header row first), or null when the sheet is missing.
 * Bad values stop every action; unknown keys do not, but are listed as problems too, since they are
 * almost always a misspelt key whose value is silently not used. `sheetTimeZone`: the spreadsheet's own
 * zone; a note says when it differs from ZONA_WAKTU.
 */
export function settingsCheck(values: readonly (readonly CellValue[])[] | null, sheetName: string, sheetTimeZone?: string): SettingsCheckView {
  if (values === null) {
    return { ok: true, summary: SIDEBAR_TEXT.settingsOk, problems: [], notes: [SIDEBAR_TEXT.settingsMissing(sheetName)] };
  }
  const rows = values.slice(1);
  const result = readSettings(rows, sheetTimeZone);
  const zoneNote = result.ok ? sheetZoneNote(result.settings) : null;
  const problems: SettingProblemView[] = result.ok
    ? []
    : result.errors.map((e) => ({ key: e.key, value: e.value, expected: e.expected, message: e.message }));
  for (const key of unknownKeysOf(rows)) {
    problems.push({ key, value: "", expected: "", message: SETTING_MESSAGES.unknownKey(key) });
  }
  const ok = problems.length === 0;
  return {
    ok,
    summary: ok ? SIDEBAR_TEXT.settingsOk : SIDEBAR_TEXT.settingsProblems(problems.length),
    problems,
    notes: result.ok ? [...result.warnings, ...(zoneNote === null ? [] : [zoneNote])] : [],
  };
}
