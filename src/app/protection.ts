// Who may edit the output sheets: the owner (implicit), the ADMIN list, the account that owns the triggers
// and the account running the action; others are refused before anything is written. `Log` is written by
// every run, whoever starts it, so its protection only warns.
import type { Settings } from "../core/settings/types";
import type { Context } from "./context";
import { AppError } from "./errors";
import { FOLLOW_UP_COLUMNS } from "./pipeline/followUpColumns";
import { PROP } from "./props";
import { readTriggerRecord } from "./triggerRecord";

export const PROTECTION_DESCRIPTION = "Pantau KDKMP: lembar ini dibuat ulang otomatis; jangan diketik manual.";

const norm = (email: string) => email.trim().toLowerCase();

/**
 * Editors of the output sheets' protections: ADMIN, plus the trigger owner (every trigger run writes as
 * that account) and the running user (Google's sample adds itself before removing others, else removing
 * a group it edits through throws). No ADMIN list: warning-only, everybody may write.
 */
export function outputProtection(settings: Settings, ctx: Context): { editors: string[]; description: string } {
  if (settings.admins.length === 0) return { editors: [], description: PROTECTION_DESCRIPTION };
  const keep = [readTriggerRecord(ctx)?.owner ?? "", ctx.user].map(norm).filter((e) => e !== "");
  return { editors: [...new Set([...settings.admins, ...keep])], description: PROTECTION_DESCRIPTION };
}

/** Every sheet the add-on writes and people only read (hidden bookkeeping sheets included). */
export function outputSheetNames(settings: Settings): string[] {
  const n = settings.sheetNames;
  return [n.validasi, n.statusKoperasi, n.ringkasan, n.kepatuhan, n.tindakLanjut, n.percontohan, n.riwayat, n.log, n.state, n.hashes];
}

/** `Log` gets a row from every run, also a refused one by someone not in ADMIN: its protection only warns. */
export function logProtection(): { editors: string[]; description: string } {
  return { editors: [], description: PROTECTION_DESCRIPTION };
}

/** Puts every output sheet's protection in line with the current ADMIN list (setup, daily rebuild). */
export function protectOutputSheets(ctx: Context, settings: Settings): void {
  const { tindakLanjut: tl, log } = settings.sheetNames;
  const p = outputProtection(settings, ctx);
  ctx.protection?.protect(outputSheetNames(settings).filter((n) => n !== tl && n !== log), p);
  ctx.protection?.protect([tl], { ...p, unprotectedColumns: FOLLOW_UP_COLUMNS });
  ctx.protection?.protect([log], logProtection());
  ctx.props.setLater(PROP.protectedFor, JSON.stringify(p.editors));
}

/** Settings, form and trigger actions are for the ADMIN list, when the agency has set one. */
export function requireAdmin(ctx: Context, settings: Settings): void {
  if (settings.admins.length === 0) return;
  if (!settings.admins.includes(norm(ctx.user))) throw new AppError("NOT_ADMIN", { user: ctx.user });
}

function appliedEditors(ctx: Context): string[] {
  try {
    const v = JSON.parse(ctx.props.get(PROP.protectedFor) ?? "[]") as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Validating and rebuilding write the protected output sheets: someone Google would stop half-way is
 * refused before anything is written. A user the protections were last set for passes without a call;
 * anyone else (or an unknown user) is asked of Google itself (Protection.canEdit: the owner, groups).
 */
export function requireOutputAccess(ctx: Context, settings: Settings): void {
  if (settings.admins.length === 0) return;
  const user = norm(ctx.user);
  if (user !== "" && appliedEditors(ctx).includes(user)) return;
  if (ctx.protection?.canEdit(outputSheetNames(settings)) !== false) return;
  throw new AppError("OUTPUT_PROTECTED", { user: ctx.user, admins: settings.admins.join(", ") });
}
