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
  // The list first (it holds the running user and the trigger owner), then everyone else off it, as
  // Google's sample does: removing a group someone on the list edits through would otherwise throw.
  protection.addEditors(p.editors);
  const allowed = new Set(p.editors.map((e) => e.trim().toLowerCase()));
  const others = protection.getEditors().map((u) => u.getEmail()).filter((e) => !allowed.has(e.trim().toLowerCase()));
  if (others.length > 0) removeEditors(protection, others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** Google keeps the owner and the running user; a removal it refuses (a group) leaves that editor, not the rest. */
function removeEditors(protection: Protection, emails: string[]): void {
  try {
    protection.removeEditors(emails);
  } catch {
    for (const e of emails) {
      try {
        protection.removeEditor(e);
      } catch {
        // Kept: Google would not let the running account lose its own access this way.
      }
    }
  }
}

export class SheetsProtection implements SheetProtection {
  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly sheetType: GoogleAppsScript.Spreadsheet.ProtectionType,
  ) {}

  canEdit(names: readonly string[]): boolean {
    for (const name of names) {
      const protection = this.ss.getSheetByName(name)?.getProtections(this.sheetType)[0] as Protection | undefined;
      if (protection) return protection.canEdit();
    }
    return true;
  }

  protect(names: readonly string[], p: ProtectFor): void {
    for (const name of names) {
      const s = this.ss.getSheetByName(name);
      if (s) applySheetProtection(s, p, this.sheetType);
    }
  }
}
