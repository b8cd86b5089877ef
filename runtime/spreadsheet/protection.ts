// Protection of a sheet or range (Sheet.protect / Range.protect) and the User objects it returns.
import { CallLedger, guard } from "../calls";
import { allows, GROUP_SELF_REMOVAL, listed, PROTECTED_EDIT, type Access } from "./access";

export const ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" } as const;
export type ProtectionTypeValue = (typeof ProtectionType)[keyof typeof ProtectionType];

export function makeUser(ledger: CallLedger, email: string) {
  return guard(
    {
      getEmail(): string {
        ledger.record("User", "getEmail");
        return email;
      },
      toString: () => email,
    },
    "User",
  );
}
export type UserFake = ReturnType<typeof makeUser>;

type Editor = string | { getEmail(): string };
const emailOf = (e: Editor): string => (typeof e === "string" ? e : e.getEmail());

export class ProtectionFake {
  __description = "";
  __warningOnly = false;
  __domainEdit = true;
  __removed = false;
  readonly __editors: string[];
  /** Ranges left editable inside a sheet protection (setUnprotectedRanges), as given. */
  __unprotected: unknown[] = [];

  constructor(
    private readonly ledger: CallLedger,
    readonly __type: ProtectionTypeValue,
    /** The protected Range or Sheet (already guarded). */
    private readonly target: unknown,
    owner: string,
    activeUser: string,
    private readonly onRemove: (p: ProtectionFake) => void,
    /** Who runs the script now, the owner and the groups (enforcement, runtime/spreadsheet/access.ts). */
    private readonly access: () => Access = () => ({ owner, user: owner, groups: new Map() }),
  ) {
    // The owner and the user who protects stay editors (protection#removeEditor docs).
    this.__editors = [...new Set([owner, activeUser])];
  }

  private rec(m: string): void {
    this.ledger.record("Protection", m);
  }

  getProtectionType(): ProtectionTypeValue {
    this.rec("getProtectionType");
    return this.__type;
  }
  getDescription(): string {
    this.rec("getDescription");
    return this.__description;
  }
  setDescription(description: string): this {
    this.rec("setDescription");
    this.mayChange();
    this.__description = description;
    return this;
  }
  isWarningOnly(): boolean {
    this.rec("isWarningOnly");
    return this.__warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.rec("setWarningOnly");
    this.mayChange();
    this.__warningOnly = warningOnly;
    return this;
  }
  addEditor(editor: Editor): this {
    this.rec("addEditor");
    this.mayChange();
    this.addAll([editor]);
    return this;
  }
  addEditors(editors: Editor[]): this {
    this.rec("addEditors");
    this.mayChange();
    this.addAll(editors);
    return this;
  }
  removeEditor(editor: Editor): this {
    this.rec("removeEditor");
    this.mayChange();
    this.removeAll([editor]);
    return this;
  }
  removeEditors(editors: Editor[]): this {
    this.rec("removeEditors");
    this.mayChange();
    this.removeAll(editors);
    return this;
  }
  getEditors(): UserFake[] {
    this.rec("getEditors");
    return this.__editors.map((e) => makeUser(this.ledger, e));
  }
  canDomainEdit(): boolean {
    this.rec("canDomainEdit");
    return this.__domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.rec("setDomainEdit");
    this.mayChange();
    this.__domainEdit = editable;
    return this;
  }
  /**
   * Unprotected ranges only exist inside a sheet protection; on a range protection the call does nothing.
   * https://developers.google.com/apps-script/reference/spreadsheet/protection#setUnprotectedRanges(Range)
   */
  setUnprotectedRanges(ranges: unknown[]): this {
    this.rec("setUnprotectedRanges");
    this.mayChange();
    if (!Array.isArray(ranges)) throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Protection.setUnprotectedRanges.");
    if (this.__type === "SHEET") this.__unprotected = ranges.slice();
    return this;
  }
  getUnprotectedRanges(): unknown[] {
    this.rec("getUnprotectedRanges");
    return this.__unprotected.slice();
  }
  /** Whether the running user may edit the protected cells (the owner always can). */
  canEdit(): boolean {
    this.rec("canEdit");
    return allows(this, this.access());
  }
  /** The protected Range or Sheet, uncounted (enforcement). */
  get __target(): unknown {
    return this.target;
  }
  getRange(): unknown {
    this.rec("getRange");
    return this.target;
  }
  remove(): void {
    this.rec("remove");
    this.mayChange();
    this.__removed = true;
    this.onRemove(this);
  }

  private addAll(editors: Editor[]): void {
    for (const e of editors) if (!this.__editors.includes(emailOf(e))) this.__editors.push(emailOf(e));
  }

  /** Only someone who may edit the protected cells may change the protection (wording not verified). */
  private mayChange(): void {
    if (!allows(this, this.access())) throw new Error(PROTECTED_EDIT);
  }

  /**
   * "Neither the owner of the spreadsheet nor the current user can be removed" (protection#removeEditor):
   * both are kept. Removing a group the current user edits through (not listed in person) throws, as
   * Google's sample warns ("if the user's edit permission comes from a group, the script throws").
   */
  private removeAll(editors: Editor[]): void {
    const a = this.access();
    const keep = new Set([a.owner, a.user].map((e) => e.toLowerCase()));
    const emails = editors.map(emailOf);
    const direct = this.__editors.some((e) => e.toLowerCase() === a.user.toLowerCase());
    if (!direct && a.user.toLowerCase() !== a.owner.toLowerCase()
      && emails.some((g) => a.groups.has(g.toLowerCase()) && listed([g], a.user, a.groups))) {
      throw new Error(GROUP_SELF_REMOVAL);
    }
    for (const email of emails) {
      const i = this.__editors.findIndex((x) => x.toLowerCase() === email.toLowerCase());
      if (i >= 0 && !keep.has(this.__editors[i]!.toLowerCase())) this.__editors.splice(i, 1);
    }
  }
}
