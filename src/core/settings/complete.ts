// Completing a `Pengaturan` typed by hand: the keys it lacks, and the descriptions left blank.
import type { CellValue } from "../model";
import { cellText, isBlank } from "../sheets/cells";
import { defaultSettingRows, isSettingKey } from "./keys";
import { normalizeKey } from "./read";

export interface SettingsCompletion {
  /** Default rows (Kunci, Nilai, Keterangan) of every key the sheet lacks, to append after its last row. */
  missing: [string, string, string][];
  /**
   * Column C (Keterangan) from `descriptionsFrom` on, as read with each blank description of a known
   * key filled in; null when no description is blank.
   */
  descriptions: CellValue[][] | null;
  descriptionsFrom: number;
}

/** `values`: the sheet as read, header row first (columns A..C). */
export function completeSettings(values: readonly (readonly CellValue[])[]): SettingsCompletion {
  const defaults = defaultSettingRows();
  const byKey = new Map(defaults.map((r) => [r[0], r]));
  const present = new Set<string>();
  const blanks: Array<{ row: number; text: string }> = [];
  for (let i = 1; i < values.length; i++) {
    const key = normalizeKey(cellText(values[i]?.[0], "UTC"));
    if (!isSettingKey(key)) continue;
    present.add(key);
    if (isBlank(values[i]?.[2])) blanks.push({ row: i + 1, text: byKey.get(key)?.[2] ?? "" });
  }
  const missing = defaults.filter((r) => !present.has(r[0]));
  if (blanks.length === 0) return { missing, descriptions: null, descriptionsFrom: 0 };
  const from = blanks[0]!.row;
  const to = blanks[blanks.length - 1]!.row;
  const descriptions: CellValue[][] = [];
  for (let row = from; row <= to; row++) descriptions.push([values[row - 1]?.[2] ?? ""]);
  for (const b of blanks) descriptions[b.row - from] = [b.text];
  return { missing, descriptions, descriptionsFrom: from };
}
