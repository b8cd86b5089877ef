// Protection of a sheet or range (Sheet.protect / Range.protect) and the User objects it returns.
import { CallLedger, guard } from "../calls";

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
    this.__description = description;
    return this;
  }
  isWarningOnly(): boolean {
    this.rec("isWarningOnly");
    return this.__warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.rec("setWarningOnly");
    this.__warningOnly = warningOnly;
    return this;
  }
  addEditor(editor: Editor): this {
    this.rec("addEditor");
    this.addAll([editor]);
    return this;
  }
  addEditors(editors: Editor[]): this {
    this.rec("addEditors");
    this.addAll(editors);
    return this;
  }
  removeEditor(editor: Editor): this {
    this.rec("removeEditor");
    this.removeAll([editor]);
    return this;
  }
  removeEditors(editors: Editor[]): this {
    this.rec("removeEditors");
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
    this.__domainEdit = editable;
    return this;
  }
  /**
   * Unprotected ranges only exist inside a sheet protection; on a range protection the call does nothing.
   * https://developers.google.com/apps-script/reference/spreadsheet/protection#setUnprotectedRanges(Range)
   */
  setUnprotectedRanges(ranges: unknown[]): this {
    this.rec("setUnprotectedRanges");
    if (!Array.isArray(ranges)) throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Protection.setUnprotectedRanges.");
    if (this.__type === "SHEET") this.__unprotected = ranges.slice();
    return this;
  }
  getUnprotectedRanges(): unknown[] {
    this.rec("getUnprotectedRanges");
    return this.__unprotected.slice();
  }
  canEdit(): boolean {
    this.rec("canEdit");
    return true;
  }
  getRange(): unknown {
    this.rec("getRange");
    return this.target;
  }
  remove(): void {
    this.rec("remove");
    this.__removed = true;
    this.onRemove(this);
  }

  private addAll(editors: Editor[]): void {
    for (const e of editors) if (!this.__editors.includes(emailOf(e))) this.__editors.push(emailOf(e));
  }

  private removeAll(editors: Editor[]): void {
    const owner = this.__editors[0];
    for (const e of editors) {
      const i = this.__editors.indexOf(emailOf(e));
      // The owner can never be removed from a protection.
      if (i >= 0 && this.__editors[i] !== owner) this.__editors.splice(i, 1);
    }
  }
}
