// `Status Koperasi` from the validation states: the whole sheet, or one cooperative's row.
import type { LatestReport, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import type { CoopValidationState } from "../../core/validation/state";
import { latestReportOf } from "../../core/validation/state";
import { coopStatus, coopStatuses } from "../../core/zones/statuses";
import { statusTable, statusRow, statusBackgroundRow, STATUS_NUMBER_FORMATS } from "../../core/summaries/status";
import { localDayOf } from "../../core/time/timeZone";
import type { CoopStatus } from "../../core/model";
import { HEADERS } from "../../core/text/sheets";
import type { Context } from "../context";
import { tableBlock } from "./outputs";
import { outputProtection } from "../protection";
import { readStates } from "./validation";

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

/** Rewrites the one row of a cooperative (reads only the sheet's ID column); see below when it has none. */
export function refreshStatusRow(ctx: Context, settings: Settings, registry: Registry, koperasiId: string, state: CoopValidationState | undefined): void {
  const koperasi = registry.koperasiById.get(koperasiId);
  if (!koperasi) return;
  const name = settings.sheetNames.statusKoperasi;
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  const status = coopStatus(koperasi, latestReportOf(state ?? null), today, settings);
  ctx.workbook.ensureSheet(name, HEADERS.statusKoperasi, { frozenRows: 1, protectFor: outputProtection(settings, ctx.user) });
  const last = ctx.workbook.lastRow(name);
  const ids = last > 1 ? ctx.workbook.readRange(name, 2, 1, last - 1, 1) : [];
  const found = ids.findIndex((r) => String(r[0]) === koperasiId);
  if (found < 0) {
    // The sheet does not list this cooperative yet (never rebuilt, or a cooperative added to the
    // registry): rebuild it whole from the stored states, so every cooperative has its row in registry
    // order, as a full run would give, instead of appending a lone row at the end.
    refreshStatusSheet(ctx, settings, registry, readStates(ctx, settings).states);
    return;
  }
  const row = found + 2;
  ctx.workbook.writeBlock(name, row, 1, {
    values: [statusRow(status, settings, today)],
    numberFormats: STATUS_NUMBER_FORMATS,
    backgrounds: [statusBackgroundRow(status, settings)],
  });
}
