// KIRIM_UMPAN_BALIK: once a day, from the hour JAM_PERBARUI, each pendamping gets one email about the
// previous day's `Ditolak`/`Peringatan` reports. Progress is a document property written before every
// email: a run cut off, retried or fired twice never sends the same day's email twice (at most once:
// the one being sent when a run stopped is named in the `Log`, not sent again).
import type { CellValue, LocalDay, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { allBefore, FEEDBACK_COLUMNS, feedbackMessages } from "../../core/feedback/messages";
import { FEEDBACK_TEXT } from "../../core/text/feedback";
import { formatDay, isoDay } from "../../core/time/localDay";
import type { Context } from "../context";
import { PROP } from "../props";

interface Progress {
  day: string;
  done: string[];
  attempt: string | null;
  finished: boolean;
}

function readProgress(ctx: Context, day: string): Progress {
  try {
    const p = JSON.parse(ctx.props.get(PROP.feedback) ?? "null") as Progress | null;
    if (p && p.day === day && Array.isArray(p.done)) return { day, done: p.done, attempt: p.attempt ?? null, finished: !!p.finished };
  } catch {
    // unreadable: start the day afresh
  }
  return { day, done: [], attempt: null, finished: false };
}

/** `Validasi` rows read per call when looking back for the day's reports (tests lower it). */
export const FEEDBACK_CHUNK_PROPERTY = "kdkmp.feedbackChunkRows";
const DEFAULT_CHUNK_ROWS = 2_000;
/** At most this many chunks are read (a guard: the look ends long before at any real day's size). */
const MAX_CHUNKS = 30;

/**
 * The `Validasi` rows that can hold `day`'s reports, read from the sheet's end backwards one chunk per
 * call until a whole chunk was submitted before the day (allBefore), so the work follows the rows since
 * the day, not the history. Form rows are appended in submission order; a row of the day typed by hand
 * above a whole chunk of older rows is not looked at (docs/reliability.md, section 7).
 */
function rowsOfDay(ctx: Context, settings: Settings, day: LocalDay): { rows: CellValue[][]; first: number; capped: boolean } {
  const name = settings.sheetNames.validasi;
  if (!ctx.workbook.hasSheet(name)) return { rows: [], first: 2, capped: false };
  const v = Number(ctx.props.get(FEEDBACK_CHUNK_PROPERTY) ?? "");
  const size = Number.isInteger(v) && v >= 1 ? v : DEFAULT_CHUNK_ROWS;
  const chunks: CellValue[][][] = [];
  let from = ctx.workbook.lastRow(name) + 1;
  while (from > 2) {
    if (chunks.length === MAX_CHUNKS) return { rows: chunks.reverse().flat(), first: from, capped: true };
    const start = Math.max(2, from - size);
    const rows = ctx.workbook.readRange(name, start, 1, from - start, FEEDBACK_COLUMNS);
    chunks.push(rows);
    from = start;
    if (allBefore(rows, day, settings.timeZone)) break;
  }
  return { rows: chunks.reverse().flat(), first: from, capped: false };
}

/** True when the day's emails are still to be sent (the setting is on and that day is not finished). */
export function feedbackDue(ctx: Context, settings: Settings, reportDay: LocalDay): boolean {
  return settings.sendFeedback && !!ctx.mail && !readProgress(ctx, isoDay(reportDay)).finished;
}

/** Sends the emails about `reportDay`'s reports; returns the `Log` lines. */
export function sendFeedback(ctx: Context, settings: Settings, registry: Registry, reportDay: LocalDay): string[] {
  const mail = ctx.mail;
  if (!mail) return [];
  const progress = readProgress(ctx, isoDay(reportDay));
  if (progress.finished) return [];
  const save = () => ctx.props.set(PROP.feedback, JSON.stringify(progress));
  const { rows, first, capped } = rowsOfDay(ctx, settings, reportDay);
  const messages = feedbackMessages(rows, first, registry, reportDay, settings.timeZone, ctx.props.get(PROP.formUrl), settings.provinceName, settings.sheetTimeZone);
  const lines: string[] = capped ? [FEEDBACK_TEXT.capped(rows.length)] : [];
  const whoOf = new Map(messages.map((m) => [m.pendampingId, m.who]));
  if (progress.attempt !== null) {
    lines.push(FEEDBACK_TEXT.uncertain(whoOf.get(progress.attempt) ?? progress.attempt));
    progress.done.push(progress.attempt);
    progress.attempt = null;
  }
  const done = new Set(progress.done);
  let left = mail.remainingDailyQuota();
  let sent = 0;
  const overQuota: string[] = [];
  for (const m of messages) {
    if (done.has(m.pendampingId)) continue;
    if (m.malformed.length > 0) lines.push(FEEDBACK_TEXT.malformed(m.who, m.malformed.join(", ")));
    if (m.to.length === 0) {
      if (m.malformed.length === 0) lines.push(FEEDBACK_TEXT.noEmail(m.who));
      progress.done.push(m.pendampingId);
      continue;
    }
    if (m.to.length > left) {
      overQuota.push(m.who);
      continue;
    }
    progress.attempt = m.pendampingId;
    save();
    try {
      mail.send(m.to, m.subject, m.body);
      sent++;
      left -= m.to.length;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // The execution's time limit cannot be caught in Apps Script: never count it as one address's failure.
      if (/Exceeded maximum execution time/i.test(message)) throw err;
      if (/too many times for one day/i.test(message)) {
        // The quota ran out under us (another script of the account sent too): the rest waits like over-quota ones.
        left = 0;
        overQuota.push(m.who);
      } else lines.push(FEEDBACK_TEXT.failed(m.who, message));
    }
    progress.done.push(m.pendampingId);
    progress.attempt = null;
  }
  if (overQuota.length > 0) lines.push(FEEDBACK_TEXT.quota(left, overQuota.join(", ")));
  progress.finished = true;
  save();
  const day = formatDay(reportDay);
  lines.unshift(messages.length === 0 ? FEEDBACK_TEXT.none(day) : FEEDBACK_TEXT.sent(sent, day));
  return lines;
}
