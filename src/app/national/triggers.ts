// `Pasang pemicu otomatis` / `Hapus pemicu otomatis` (national): one daily trigger at JAM_PERBARUI, never two.
import { NATIONAL_TEXT } from "../../core/text/national";
import type { Outcome } from "../run";
import type { NationalContext } from "./context";
import { loadNationalSettings } from "./settings";

export const DAILY_HANDLER = "onDailyTrigger";

export function installNationalTriggers(ctx: NationalContext): Outcome {
  const { settings } = loadNationalSettings(ctx);
  // Put in again, so a changed JAM_PERBARUI takes effect; exactly one remains.
  for (const id of ctx.triggers.ids(DAILY_HANDLER)) ctx.triggers.remove(id);
  ctx.triggers.installDaily(DAILY_HANDLER, settings.rollupHour);
  return { summary: NATIONAL_TEXT.triggersInstalled(settings.rollupHour), details: [] };
}

export function removeNationalTriggers(ctx: NationalContext): Outcome {
  const ids = ctx.triggers.ids(DAILY_HANDLER);
  for (const id of ids) ctx.triggers.remove(id);
  return { summary: NATIONAL_TEXT.triggersRemoved(ids.length), details: [] };
}
