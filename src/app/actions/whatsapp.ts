// `Salin ringkasan untuk WhatsApp`: a dialog with a short text ready to copy, from the kept states and the
// checkpoint's digest (actions/current.ts): no step reads every report.
import { localDayOf } from "../../core/time/timeZone";
import { whatsappText } from "../../core/summaries/whatsapp";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { copyDialogHtml } from "../html/copyDialog";
import { FOLLOW_UP_WIDTH, countFollowUps, readFollowUps } from "../../core/followUp/entries";
import { loadCurrent } from "./current";

export function whatsappSummaryText(ctx: Context): string {
  const { settings, statuses, digest, note } = loadCurrent(ctx, true);
  const now = ctx.clock.now();
  const today = localDayOf(now, settings.timeZone);
  // The staff's follow-up entries as the sheet holds them now (one read).
  const sheet = ctx.workbook.readTable(settings.sheetNames.tindakLanjut, FOLLOW_UP_WIDTH);
  const entries = sheet ? countFollowUps(readFollowUps(sheet, ctx.workbook.timeZone()), today, ctx.workbook.timeZone()) : undefined;
  const text = whatsappText(statuses, digest, settings, today, now, entries);
  return note ? `${text}\n\n${note}` : text;
}

export function showWhatsappSummary(ctx: Context): Outcome {
  const text = whatsappSummaryText(ctx);
  if (ctx.ui) ctx.ui.showHtml("modal", "Ringkasan untuk WhatsApp", copyDialogHtml(text), 460, 420);
  return { summary: "Ringkasan WhatsApp ditampilkan.", details: [text], alert: false };
}
