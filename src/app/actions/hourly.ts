// Hourly trigger: catch up rows a missed or failed submit left behind, and once a day, in the hour
// JAM_PERBARUI, rebuild every output sheet (Riwayat is appended at most once per day).
import { isoDay } from "../../core/time/localDay";
import { localDayOf, localHourOf } from "../../core/time/timeZone";
import { LOG_RESULT } from "../../core/text/actions";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { loadRegistry } from "../pipeline/registry";
import { loadResponses } from "../pipeline/responses";
import { validateEverything } from "../pipeline/validation";
import { refreshStatusSheet } from "../pipeline/status";
import { PROP } from "../props";
import { rebuildAll } from "./rebuild";

export function hourlyRun(ctx: Context): Outcome {
  const { settings } = loadSettings(ctx);
  const now = ctx.clock.now();
  const today = isoDay(localDayOf(now, settings.timeZone));
  const dailyDue = localHourOf(now, settings.timeZone) === settings.rebuildHour && ctx.props.get(PROP.lastDailyRebuild) !== today;
  if (dailyDue) {
    const outcome = rebuildAll(ctx);
    ctx.props.set(PROP.lastDailyRebuild, today);
    return { ...outcome, summary: `Pembaruan harian: ${outcome.summary}` };
  }
  const { registry } = loadRegistry(ctx, settings);
  const responses = loadResponses(ctx, settings);
  const through = Number(ctx.props.get(PROP.validatedThrough) ?? "1") || 1;
  const hashes = ctx.workbook.readAll(settings.sheetNames.hashes) ?? [];
  const changed = responses.reports.some((r) => String(hashes[r.row - 1]?.[0] ?? "") !== r.contentHash);
  if (responses.lastRow <= through && !changed) {
    return { summary: "Tidak ada laporan yang tertinggal.", details: [], result: LOG_RESULT.skipped };
  }
  const run = validateEverything(ctx, settings, registry, responses.reports, responses.lastRow, "new");
  refreshStatusSheet(ctx, settings, registry, run.states);
  return { summary: `Susulan: ${run.newRows} laporan divalidasi.`, details: [] };
}
