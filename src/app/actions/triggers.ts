// `Pasang pemicu otomatis` / `Hapus pemicu otomatis`: one form-submit and one hourly trigger for THIS
// workbook. Apps Script lists a user's triggers of every workbook the add-on serves and never shows
// another user's, so the workbook records who installed its triggers and their ids (document properties).
import type { Context } from "../context";
import type { TriggerInfo } from "../ports";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { requireAdmin } from "../protection";
import { PROP } from "../props";
import { readTriggerRecord, type TriggerRecord } from "../triggerRecord";
import { formatDateTime } from "../../core/time/timeZone";
import { TRIGGER_TEXT } from "../../core/text/triggers";

export const SUBMIT_HANDLER = "onFormSubmitTrigger";
export const HOURLY_HANDLER = "onHourlyTrigger";

const ours = (t: TriggerInfo) => t.handler === SUBMIT_HANDLER || t.handler === HOURLY_HANDLER;

/**
 * The running user's triggers of this workbook: form-submit triggers whose source is this spreadsheet,
 * hourly triggers this workbook recorded. An hourly trigger it did not record (installed before the
 * record existed, or by hand) is this workbook's only when none of the user's form-submit triggers
 * serves another workbook: a bound script, or an add-on used in one workbook.
 */
export function workbookTriggers(ctx: Context, all: TriggerInfo[], record: TriggerRecord | null): TriggerInfo[] {
  const here = ctx.triggers.workbookId();
  const recorded = new Set(record?.ids ?? []);
  const elsewhere = all.some((t) => ours(t) && t.kind === "formSubmit" && t.sourceId !== here);
  return all.filter((t) => ours(t) && (t.kind === "formSubmit" ? t.sourceId === here
    : t.kind === "hourly" && (recorded.has(t.id) || !elsewhere)));
}

/** Another known admin's record (the running user's own, or an unknown user, is not "another"). */
function otherOwner(ctx: Context, record: TriggerRecord | null): TriggerRecord | null {
  return record && record.owner !== "" && ctx.user !== "" && record.owner !== ctx.user ? record : null;
}

function when(ctx: Context, at: number): string {
  return formatDateTime(at, loadSettings(ctx).settings.timeZone);
}

export function installTriggers(ctx: Context): Outcome {
  requireAdmin(ctx, loadSettings(ctx).settings);
  const record = readTriggerRecord(ctx);
  const mine = workbookTriggers(ctx, ctx.triggers.list(), record);
  const other = otherOwner(ctx, record);
  const details: string[] = [];
  if (other && mine.length === 0) {
    const at = when(ctx, other.at);
    if (!ctx.ui || !ctx.ui.confirm(TRIGGER_TEXT.confirmTitle, TRIGGER_TEXT.confirmOther(other.owner, at))) {
      return { summary: TRIGGER_TEXT.installedBy(other.owner, at), details: [TRIGGER_TEXT.keptOther(other.owner)] };
    }
    details.push(TRIGGER_TEXT.takenOver(other.owner));
  }
  // Remove strays (duplicates) so exactly one of each kind remains.
  let submit: string | null = null;
  let hourly: string | null = null;
  for (const t of mine) {
    if (t.kind === "formSubmit" && t.handler === SUBMIT_HANDLER && submit === null) submit = t.id;
    else if (t.kind === "hourly" && t.handler === HOURLY_HANDLER && hourly === null) hourly = t.id;
    else {
      ctx.triggers.remove(t.id);
      details.push(TRIGGER_TEXT.duplicateRemoved);
    }
  }
  const complete = submit !== null && hourly !== null;
  submit ??= ctx.triggers.installFormSubmit(SUBMIT_HANDLER);
  hourly ??= ctx.triggers.installHourly(HOURLY_HANDLER);
  const kept = complete && record?.owner === ctx.user ? record : null;
  // After taking over, the earlier admin's ids stay known: their hourly trigger is still this workbook's
  // when they open `Hapus pemicu otomatis`.
  const earlier = other ? other.ids : [];
  const next: TriggerRecord = { owner: ctx.user, at: kept?.at ?? ctx.clock.now(), ids: [submit, hourly, ...earlier] };
  ctx.props.set(PROP.triggers, JSON.stringify(next));
  return { summary: complete ? TRIGGER_TEXT.alreadyInstalled : TRIGGER_TEXT.installed, details };
}

export function removeTriggers(ctx: Context): Outcome {
  requireAdmin(ctx, loadSettings(ctx).settings);
  const record = readTriggerRecord(ctx);
  const mine = workbookTriggers(ctx, ctx.triggers.list(), record);
  for (const t of mine) ctx.triggers.remove(t.id);
  const other = otherOwner(ctx, record);
  let details: string[] = [TRIGGER_TEXT.noLongerAutomatic];
  if (other) details = [TRIGGER_TEXT.installedBy(other.owner, when(ctx, other.at)), TRIGGER_TEXT.otherStays(other.owner)];
  else if (record) ctx.props.remove(PROP.triggers);
  return { summary: mine.length > 0 ? TRIGGER_TEXT.removed(mine.length) : TRIGGER_TEXT.noneInstalled, details };
}
