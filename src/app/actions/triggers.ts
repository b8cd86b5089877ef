// `Pasang pemicu otomatis` / `Hapus pemicu otomatis`: one form-submit and one hourly trigger, never two.
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { requireAdmin } from "../protection";

export const SUBMIT_HANDLER = "onFormSubmitTrigger";
export const HOURLY_HANDLER = "onHourlyTrigger";

export function installTriggers(ctx: Context): Outcome {
  requireAdmin(ctx, loadSettings(ctx).settings);
  const existing = ctx.triggers.list();
  const details: string[] = [];
  // Remove strays (an old handler name, or duplicates) so exactly one of each kind remains.
  let haveSubmit = false;
  let haveHourly = false;
  for (const t of existing) {
    const keep = (t.kind === "formSubmit" && t.handler === SUBMIT_HANDLER && !haveSubmit) ||
      (t.kind === "hourly" && t.handler === HOURLY_HANDLER && !haveHourly);
    if (keep) {
      if (t.kind === "formSubmit") haveSubmit = true;
      else haveHourly = true;
    } else if (t.handler === SUBMIT_HANDLER || t.handler === HOURLY_HANDLER) {
      ctx.triggers.remove(t.id);
      details.push("Pemicu ganda dihapus.");
    }
  }
  if (!haveSubmit) ctx.triggers.installFormSubmit(SUBMIT_HANDLER);
  if (!haveHourly) ctx.triggers.installHourly(HOURLY_HANDLER);
  const summary = haveSubmit && haveHourly
    ? "Pemicu otomatis sudah terpasang; tidak ada yang ditambahkan."
    : "Pemicu otomatis terpasang: validasi setiap kiriman formulir dan pembaruan setiap jam.";
  return { summary, details };
}

export function removeTriggers(ctx: Context): Outcome {
  requireAdmin(ctx, loadSettings(ctx).settings);
  let removed = 0;
  for (const t of ctx.triggers.list()) {
    if (t.handler === SUBMIT_HANDLER || t.handler === HOURLY_HANDLER) {
      ctx.triggers.remove(t.id);
      removed++;
    }
  }
  return {
    summary: removed > 0 ? `${removed} pemicu otomatis dihapus.` : "Tidak ada pemicu otomatis yang terpasang.",
    details: ["Laporan baru tidak lagi divalidasi otomatis sampai pemicu dipasang kembali."],
  };
}
