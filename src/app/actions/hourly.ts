// Hourly trigger: catch up rows a missed or failed submit left behind, and once a day, from the hour
// JAM_PERBARUI on, rebuild every output sheet (Riwayat is appended at most once per day). A daily run
// that failed or never fired in that hour is done by the next hourly run within DAILY_CATCH_UP_HOURS.
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
import { protectOutputSheets } from "../protection";
import { rebuildAll } from "./rebuild";

/** How many hours after JAM_PERBARUI a missed daily rebuild is still done (a morning snapshot, not an evening one). */
export const DAILY_CATCH_UP_HOURS = 6;

export function hourlyRun(ctx: Context): Outcome {
  const { settings } = loadSettings(ctx);
  const now = ctx.clock.now();
  const today = isoDay(localDayOf(now, settings.timeZone));
  const late = localHourOf(now, settings.timeZone) - settings.rebuildHour;
  const dailyDue = late >= 0 && late < DAILY_CATCH_UP_HOURS && ctx.props.get(PROP.lastDailyRebuild) !== today;
  if (dailyDue) {
    const outcome = rebuildAll(ctx);
    protectOutputSheets(ctx, settings); // as the admin who installed the trigger: the ADMIN list as it is now
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
