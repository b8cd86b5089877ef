// `Salin ringkasan untuk WhatsApp`: a dialog with a short text ready to copy.
import { localDayOf } from "../../core/time/timeZone";
import { whatsappText } from "../../core/summaries/whatsapp";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { loadRegistry } from "../pipeline/registry";
import { loadResponses } from "../pipeline/responses";
import { validateAll } from "../../core/validation/validate";
import { digestFold } from "../../core/digest";
import { computeStatuses } from "../pipeline/status";
import { loadArchiveBase } from "../pipeline/archiveBase";
import { copyDialogHtml } from "../html/copyDialog";
import { FOLLOW_UP_WIDTH, countFollowUps, readFollowUps } from "../../core/followUp/entries";

export function whatsappSummaryText(ctx: Context): string {
  const { settings } = loadSettings(ctx);
  const { registry } = loadRegistry(ctx, settings);
  const responses = loadResponses(ctx, settings);
  const fold = validateAll(responses.reports, registry, settings, loadArchiveBase(ctx));
  const statuses = computeStatuses(ctx, settings, registry, fold.states);
  const now = ctx.clock.now();
  const today = localDayOf(now, settings.timeZone);
  // The archived reports count for "reported in the last 7 days" as the rebuild's `Ringkasan` counts them.
  const digest = digestFold(fold, settings, today);
  // The staff's follow-up entries as the sheet holds them now (one read).
  const sheet = ctx.workbook.readTable(settings.sheetNames.tindakLanjut, FOLLOW_UP_WIDTH);
  const entries = sheet ? countFollowUps(readFollowUps(sheet, ctx.workbook.timeZone()), today, ctx.workbook.timeZone()) : undefined;
  return whatsappText(statuses, digest, settings, today, now, entries);
}

export function showWhatsappSummary(ctx: Context): Outcome {
  const text = whatsappSummaryText(ctx);
  if (ctx.ui) ctx.ui.showHtml("modal", "Ringkasan untuk WhatsApp", copyDialogHtml(text), 460, 420);
  return { summary: "Ringkasan WhatsApp ditampilkan.", details: [text], alert: false };
}
