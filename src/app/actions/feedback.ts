// KIRIM_UMPAN_BALIK: once a day, from the hour JAM_PERBARUI, each pendamping gets one email about the
// previous day's `Ditolak`/`Peringatan` reports. Progress is a document property written before every
// email: a run cut off, retried or fired twice never sends the same day's email twice (at most once:
// the one being sent when a run stopped is named in the `Log`, not sent again).
import type { LocalDay, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { feedbackMessages } from "../../core/feedback/messages";
import { FEEDBACK_TEXT } from "../../core/text/feedback";
import { formatDay, isoDay } from "../../core/time/localDay";
import { HEADERS } from "../../core/text/sheets";
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
  const validasi = ctx.workbook.readTable(settings.sheetNames.validasi, HEADERS.validasi.length) ?? [];
  const messages = feedbackMessages(validasi, registry, reportDay, settings.timeZone, ctx.props.get(PROP.formUrl), settings.provinceName);
  const lines: string[] = [];
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
