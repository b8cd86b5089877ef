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
import { catchUp, newRowsValidated, NOTHING_LEFT, pendingJob, resumeJob } from "./catchUp";
import { checkIdle } from "../pipeline/idle";
import { LOG_RESULT, TEXT } from "../../core/text/actions";
import { feedbackDue, sendFeedback } from "./feedback";
import { loadRegistry } from "../pipeline/registry";
import { archiveOld, monthlyArchiveDue, type ArchiveOutcome } from "./archive";
import { ARCHIVE_TEXT } from "../../core/text/archive";
import { describe } from "../run";

/** How many hours after JAM_PERBARUI a missed daily rebuild is still done (a morning snapshot, not an evening one). */
export const DAILY_CATCH_UP_HOURS = 6;

export function hourlyRun(ctx: Context): Outcome {
  const loaded = loadSettings(ctx);
  const { settings } = loaded;
  const pending = pendingJob(ctx);
  if (pending) return resumeJob(ctx, pending, loaded);
  const now = ctx.clock.now();
  const day = localDayOf(now, settings.timeZone);
  const today = isoDay(day);
  const late = localHourOf(now, settings.timeZone) - settings.rebuildHour;
  const inWindow = late >= 0 && late < DAILY_CATCH_UP_HOURS;
  const dailyDue = inWindow && ctx.props.get(PROP.lastDailyRebuild) !== today;
  const feedbackNow = inWindow && feedbackDue(ctx, settings, day - 1);
  let outcome: Outcome;
  if (dailyDue) {
    // Once a month (ARSIP_BULANAN), the daily run archives old reports; the archive ends with the rebuild.
    // A failed archive (BigQuery refused, nothing deleted) never stops the daily run; it is tried again tomorrow.
    const month = today.slice(0, 7);
    let archived: ArchiveOutcome | null = null;
    let failed: string[] = [];
    if (monthlyArchiveDue(ctx, settings, month)) {
      try {
        archived = archiveOld(ctx, loaded, month);
      } catch (err) {
        failed = [ARCHIVE_TEXT.monthlyFailed, ...describe(err)];
      }
    }
    // An archive that continues at the next hourly run (its time budget spent): the daily run follows it.
    if (archived?.pending) return archived;
    const rebuilt = archived?.rebuilt ? archived : rebuildAll(ctx);
    protectOutputSheets(ctx, settings); // as the admin who installed the trigger: the ADMIN list as it is now
    ctx.props.set(PROP.lastDailyRebuild, today);
    const details = [...(archived && !archived.rebuilt ? [archived.summary] : []), ...failed, ...rebuilt.details];
    outcome = { ...rebuilt, details, summary: `Pembaruan harian: ${rebuilt.summary}`, ...(failed.length > 0 ? { result: LOG_RESULT.warning } : {}) };
  } else {
    // Nothing new (the usual hour): a few cells and the registry tell, without reading every report.
    const idle = checkIdle(ctx, loaded);
    // A change only the output sheets read (a zone threshold, a colour, a cooperative's name) is applied
    // from the kept states within the hour, so `Status Koperasi` does not show the old colours until
    // tomorrow's daily run (the rebuild's state path: no report read again). Before the daily hour the
    // daily run comes first, so the day's `Riwayat` rows stay its snapshot.
    if (idle.outputChanged && late >= 0) outcome = rebuildAll(ctx, loaded);
    else if (idle.idle) {
      if (!feedbackNow) return { summary: TEXT.nothingLeft, details: [], result: LOG_RESULT.skipped };
      outcome = { summary: TEXT.nothingLeft, details: [] };
    } else {
      // Only rows after the last full validation: when the submit path validated them all, only their `Log`
      // lines are left (written with this run's row), without reading the history.
      const onlyNew = idle.newFrom !== undefined && newRowsValidated(ctx, loaded, idle.newFrom);
      outcome = onlyNew ? NOTHING_LEFT : catchUp(ctx, loaded, idle.registry, idle);
    }
  }
  // After the rows are validated: yesterday's feedback emails, also by a later hour of the window when
  // the run that should have sent them failed or was cut off.
  if (feedbackNow) {
    const { registry } = loadRegistry(ctx, settings);
    outcome = { ...outcome, details: [...outcome.details, ...sendFeedback(ctx, settings, registry, day - 1)] };
  }
  return outcome;
}
