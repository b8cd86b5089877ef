// `Status Koperasi` from the validation states (the submit path writes one row: actions/submitFast.ts).
import type { LatestReport, LocalDay, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import type { CoopValidationState } from "../../core/validation/state";
import { latestReportOf } from "../../core/validation/state";
import { coopStatuses } from "../../core/zones/statuses";
import { statusTable } from "../../core/summaries/status";
import { localDayOf } from "../../core/time/timeZone";
import type { CoopStatus } from "../../core/model";
import type { Context } from "../context";
import { tableBlock } from "./tableBlock";
import type { Block } from "../ports";
import { STATE_COLUMN } from "./internal";
import type { ValidationRun } from "./validation";
import { outputProtection } from "../protection";

export function latestById(states: ReadonlyMap<string, CoopValidationState>): Map<string, LatestReport> {
  const out = new Map<string, LatestReport>();
  for (const [id, s] of states) {
    const l = latestReportOf(s);
    if (l) out.set(id, l);
  }
  return out;
}

export function computeStatuses(ctx: Context, settings: Settings, registry: Registry, states: ReadonlyMap<string, CoopValidationState>): CoopStatus[] {
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  return coopStatuses(registry, latestById(states), today, settings);
}

/**
 * Writes `Status Koperasi` (one block): the SPEC columns, and in the hidden column after them each
 * cooperative's note (pipeline/internal.ts); then the run's bookkeeping, which makes the notes the
 * submit path's starting point.
 */
export function writeStatusSheet(ctx: Context, settings: Settings, run: Pick<ValidationRun, "statuses" | "notes" | "bookkeeping">): void {
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  ctx.workbook.replaceContent(settings.sheetNames.statusKoperasi, [{ row: 1, col: 1, block: statusBlock(run.statuses, run.notes, settings, today) }], {
    frozenRows: 1, protectFor: outputProtection(settings, ctx), hiddenColumnsFrom: STATE_COLUMN,
  });
  run.bookkeeping();
}

/** The status table with the notes column after it (blank values, plain-text format). */
function statusBlock(statuses: readonly CoopStatus[], notes: readonly string[], settings: Settings, today: LocalDay): Block {
  const block = tableBlock(statusTable(statuses, settings, today));
  return {
    ...block,
    values: block.values.map((row) => [...row, ""]),
    numberFormats: [...(block.numberFormats ?? []), "@"],
    ...(block.backgrounds ? { backgrounds: block.backgrounds.map((row) => [...row, null]) } : {}),
    notes: block.values.map((row, i) => [...row.map(() => ""), i === 0 ? "" : notes[i - 1] ?? ""]),
  };
}
