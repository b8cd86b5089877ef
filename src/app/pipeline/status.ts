// `Status Koperasi` from the validation states (the submit path writes one row: actions/submitFast.ts).
import type { LatestReport, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import type { CoopValidationState } from "../../core/validation/state";
import { latestReportOf } from "../../core/validation/state";
import { coopStatuses } from "../../core/zones/statuses";
import { statusTable } from "../../core/summaries/status";
import { localDayOf } from "../../core/time/timeZone";
import type { CoopStatus } from "../../core/model";
import type { Context } from "../context";
import { tableBlock } from "./outputs";
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

export function refreshStatusSheet(ctx: Context, settings: Settings, registry: Registry, states: ReadonlyMap<string, CoopValidationState>): CoopStatus[] {
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  const statuses = computeStatuses(ctx, settings, registry, states);
  ctx.workbook.replaceContent(settings.sheetNames.statusKoperasi, [{ row: 1, col: 1, block: tableBlock(statusTable(statuses, settings, today)) }], {
    frozenRows: 1, protectFor: outputProtection(settings, ctx.user),
  });
  return statuses;
}

/** Writes `Status Koperasi` from statuses already computed (one block). */
export function writeStatusSheet(ctx: Context, settings: Settings, statuses: readonly CoopStatus[]): void {
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  ctx.workbook.replaceContent(settings.sheetNames.statusKoperasi, [{ row: 1, col: 1, block: tableBlock(statusTable(statuses, settings, today)) }], {
    frozenRows: 1, protectFor: outputProtection(settings, ctx.user),
  });
}
