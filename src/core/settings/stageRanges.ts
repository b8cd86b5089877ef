// RENTANG_TAHAP: "Belum mulai=0-5; Persiapan lahan=0-15; ..." -> inclusive progress range per stage.
import * as z from "zod/mini";
import { zBetween } from "../zodChecks";
import { STAGES, type CellValue, type Stage } from "../model";
import { matchChoice } from "../sheets/choices";
import { SETTING_MESSAGES, STAGE_ALIASES } from "../text/settings";
import { STAGE_LABELS } from "../text/sheets";
import { defaultSettings } from "./defaults";
import { parseRange } from "./values";

/** Built on first use, not at load (every execution runs the bundle's top level). */
function buildRange() {
  const percent = z.number().check(zBetween(0, 100));
  return z.object({ min: percent, max: percent }).check(z.refine((r) => r.min <= r.max));
}
let range: ReturnType<typeof buildRange> | null = null;

/**
 * Entries `Tahap=min-maks` (or `Tahap: min-maks`, a single number for min = max) separated by `;` or
 * new lines. Stage names as shown in the form, case-insensitive. A stage written twice or an unknown
 * stage makes the value unreadable; a stage left out keeps its default range (with a warning).
 */
export function parseStageRanges(
  cell: CellValue,
  warn: (message: string) => void,
): Record<Stage, { min: number; max: number }> | undefined {
  if (typeof cell !== "string" || cell.length > 2000) return undefined;
  const ranges: Partial<Record<Stage, { min: number; max: number }>> = {};
  const entries = cell.split(/[;\n]+/).map((e) => e.trim()).filter((e) => e !== "");
  if (entries.length === 0) return undefined;
  for (const entry of entries) {
    const m = /^(.+?)\s*[=:]\s*(.+)$/.exec(entry);
    if (!m) return undefined;
    const stage = matchChoice(m[1] ?? "", STAGE_LABELS, STAGE_ALIASES);
    if (stage === null || ranges[stage]) return undefined;
    range ??= buildRange();
    const parsed = range.safeParse(parseRange(m[2] ?? "", true));
    if (!parsed.success) return undefined;
    ranges[stage] = parsed.data;
  }
  const defaults = defaultSettings().stageRanges;
  const missing = STAGES.filter((s) => !ranges[s]);
  if (missing.length > 0) warn(SETTING_MESSAGES.stageDefaulted(missing.map((s) => STAGE_LABELS[s]).join(", ")));
  const result = {} as Record<Stage, { min: number; max: number }>;
  for (const s of STAGES) result[s] = ranges[s] ?? defaults[s];
  return result;
}
