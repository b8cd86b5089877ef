// Hourly trigger: catch up rows a missed or failed submit left behind, and once a day, from the hour
// JAM_PERBARUI on, rebuild every output sheet (Riwayat is appended at most once per day). A daily run
// that failed or never fired in that hour is done by the next hourly run within DAILY_CATCH_UP_HOURS.
import { isoDay } from "../../core/time/localDay";
import { localDayOf, localHourOf } from "../../core/time/timeZone";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { PROP } from "../props";
import { protectOutputSheets } from "../protection";
import { rebuildAll } from "./rebuild";
import { catchUp, pendingJob, resumeJob } from "./catchUp";
import { checkIdle } from "../pipeline/idle";
import { LOG_RESULT, TEXT } from "../../core/text/actions";

/** How many hours after JAM_PERBARUI a missed daily rebuild is still done (a morning snapshot, not an evening one). */
export const DAILY_CATCH_UP_HOURS = 6;

export function hourlyRun(ctx: Context): Outcome {
  const loaded = loadSettings(ctx);
  const { settings } = loaded;
  const pending = pendingJob(ctx);
  if (pending) return resumeJob(ctx, pending, loaded);
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
  // Nothing new (the usual hour): a few cells and the registry tell, without reading every report.
  const idle = checkIdle(ctx, loaded);
  if (idle.idle) return { summary: TEXT.nothingLeft, details: [], result: LOG_RESULT.skipped };
  return catchUp(ctx, loaded, idle.registry);
}
