// Sheet protection of the output sheets: only the owner and the ADMIN list may edit; with no ADMIN list,
// everyone gets a warning before editing. Used when a sheet is created and again by setup and the
// daily rebuild, so a changed ADMIN list (or a protection someone removed) is put right.
import type { SheetProtection } from "../app/ports";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export interface ProtectFor {
  editors: string[];
  description: string;
  /** Columns left open inside the protected sheet, on every row it has (`maxRows`). */
  unprotectedColumns?: { from: number; to: number };
}

/** The sheet's own protection (made when missing), set to exactly `p`. */
export function applySheetProtection(s: Sheet, p: ProtectFor, sheetType: GoogleAppsScript.Spreadsheet.ProtectionType, maxRows?: number): void {
  const existing = s.getProtections(sheetType)[0] as Protection | undefined;
  const protection = existing ?? s.protect();
  protection.setDescription(p.description);
  const open = p.unprotectedColumns;
  if (open) {
    // Google's way to let people type in part of a protected sheet: unprotected ranges of a sheet protection.
    protection.setUnprotectedRanges([s.getRange(1, open.from, maxRows ?? s.getMaxRows(), open.to - open.from + 1)]);
  }
  if (p.editors.length === 0) {
    // No ADMIN list: anyone may still edit, after a warning that the sheet is rebuilt automatically.
    protection.setWarningOnly(true);
    return;
  }
  protection.setWarningOnly(false);
  const allowed = new Set(p.editors.map((e) => e.trim().toLowerCase()));
  // Everyone else off the list. Google keeps the owner and the person running this (it cannot remove
  // either); the daily rebuild runs as the admin who installed the triggers.
  const others = protection.getEditors().filter((u) => !allowed.has(u.getEmail().trim().toLowerCase()));
  if (others.length > 0) protection.removeEditors(others.map((u) => u.getEmail()));
  protection.addEditors(p.editors);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

export class SheetsProtection implements SheetProtection {
  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly sheetType: GoogleAppsScript.Spreadsheet.ProtectionType,
  ) {}

  protect(names: readonly string[], p: ProtectFor): void {
    for (const name of names) {
      const s = this.ss.getSheetByName(name);
      if (s) applySheetProtection(s, p, this.sheetType);
    }
  }
}
