// Who may edit the output sheets: the owner (implicit) and the ADMIN list; others are warned.
import type { Settings } from "../core/settings/types";
import type { Context } from "./context";
import { AppError } from "./errors";
import { FOLLOW_UP_COLUMNS } from "./pipeline/followUpColumns";

export const PROTECTION_DESCRIPTION = "Pantau KDKMP: lembar ini dibuat ulang otomatis; jangan diketik manual.";

export function outputProtection(settings: Settings, _user: string): { editors: string[]; description: string } {
  return { editors: settings.admins, description: PROTECTION_DESCRIPTION };
}

/** Every sheet the add-on writes and people only read (hidden bookkeeping sheets included). */
export function outputSheetNames(settings: Settings): string[] {
  const n = settings.sheetNames;
  return [n.validasi, n.statusKoperasi, n.ringkasan, n.kepatuhan, n.tindakLanjut, n.percontohan, n.riwayat, n.log, n.state, n.hashes];
}

/** Puts every output sheet's protection in line with the current ADMIN list (setup, daily rebuild). */
export function protectOutputSheets(ctx: Context, settings: Settings): void {
  const tl = settings.sheetNames.tindakLanjut;
  const p = outputProtection(settings, ctx.user);
  ctx.protection?.protect(outputSheetNames(settings).filter((n) => n !== tl), p);
  ctx.protection?.protect([tl], { ...p, unprotectedColumns: FOLLOW_UP_COLUMNS });
}

/** Settings, form and trigger actions are for the ADMIN list, when the agency has set one. */
export function requireAdmin(ctx: Context, settings: Settings): void {
  if (settings.admins.length === 0) return;
  if (!settings.admins.includes(ctx.user.trim().toLowerCase())) throw new AppError("NOT_ADMIN", { user: ctx.user });
}
