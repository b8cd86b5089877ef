// Spreadsheet fake: the sheets of the one active workbook, time zone/locale, toasts, protections, form link.
import { CallLedger, guard } from "../calls";
import { assertTimeZone, utcWallToInstant, wallAsUtc } from "../tz";
import { quoteSheetName, splitSheetName } from "./a1";
import { Grid } from "./grid";
import { makeUser, ProtectionFake, type ProtectionTypeValue, type UserFake } from "./protection";
import { allows, covers, PROTECTED_EDIT, type Access } from "./access";
import type { RangeFake } from "./range";
import { SheetFake } from "./sheet";

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
  /** False when no UI was there to show it (time-driven or form-submit trigger). */
  shown: boolean;
  at: number;
}

export interface SpreadsheetOptions {
  ledger: CallLedger;
  timeZone?: string;
  locale?: string;
  name?: string;
  id?: string;
  owner?: string;
  /** Accounts the workbook is shared with besides its owner (for SpreadsheetApp.openById). */
  sharedWith?: string[];
  /** Initial sheet name (default "Sheet1"). */
  firstSheetName?: string;
  /** Clock for toast timestamps (defaults to Date.now). */
  now?: () => number;
}

interface ProtectionEntry {
  __type: ProtectionTypeValue;
  __sheet: SheetFake;
  protection: ProtectionFake;
}

export class SpreadsheetFake {
  readonly __ledger: CallLedger;
  __timeZone: string;
  __locale: string;
  __name: string;
  readonly __id: string;
  __owner: string;
  /** Accounts it is shared with besides the owner ("*" = anyone with the link). */
  __sharedWith: string[];
  __activeUser: string;
  /** The account the script runs as ('' = the owner); createRuntime points it at Session's effective user. */
  __user: () => string = () => this.__activeUser;
  /** Google Groups: group email -> members (lower case), for protections that list a group. */
  readonly __groups = new Map<string, string[]>();
  /** Whether a UI is attached (false in trigger runs); set by the SpreadsheetApp factory. */
  __uiAvailable = () => true;
  readonly __sheets: SheetFake[] = [];
  readonly __toasts: Toast[] = [];
  readonly __protections: ProtectionEntry[] = [];
  private active: SheetFake | null = null;
  private nextSheetId = 0;
  private readonly now: () => number;
  readonly __self: SpreadsheetFake;

  constructor(opts: SpreadsheetOptions) {
    this.__ledger = opts.ledger;
    this.__timeZone = opts.timeZone ?? "Asia/Makassar";
    assertTimeZone(this.__timeZone);
    this.__locale = opts.locale ?? "en_US";
    this.__name = opts.name ?? "Pantau KDKMP";
    this.__id = opts.id ?? "1LocalSpreadsheetPantauKDKMP000000000000000";
    this.__owner = opts.owner ?? "admin@example.go.id";
    this.__sharedWith = [...(opts.sharedWith ?? [])];
    this.__activeUser = this.__owner;
    this.now = opts.now ?? Date.now;
    this.__self = guard(this, "Spreadsheet");
    this.__insertSheetRaw(opts.firstSheetName ?? "Sheet1");
  }

  private rec(m: string): void {
    this.__ledger.record("Spreadsheet", m);
  }

  getId(): string {
    this.rec("getId");
    return this.__id;
  }
  getName(): string {
    this.rec("getName");
    return this.__name;
  }
  rename(newName: string): void {
    this.rec("rename");
    this.__name = newName;
  }
  getUrl(): string {
    this.rec("getUrl");
    return `https://docs.google.com/spreadsheets/d/${this.__id}/edit`;
  }
  getSheets(): SheetFake[] {
    this.rec("getSheets");
    return this.__sheets.map((s) => s.__self);
  }
  getNumSheets(): number {
    this.rec("getNumSheets");
    return this.__sheets.length;
  }
  /** Sheet names are unique ignoring case, and the lookup ignores case too. */
  getSheetByName(name: string): SheetFake | null {
    this.rec("getSheetByName");
    return this.__sheet(name)?.__self ?? null;
  }
  getSheetById(id: number): SheetFake | null {
    this.rec("getSheetById");
    return this.__sheets.find((s) => s.__id === id)?.__self ?? null;
  }
  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index); the new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): SheetFake {
    this.rec("insertSheet");
    let name = typeof nameOrIndex === "string" ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === "number" ? nameOrIndex : index;
    if (name === undefined) {
      let n = this.__sheets.length + 1;
      while (this.__sheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this.__insertSheetRaw(name, at);
    this.active = sheet;
    return sheet.__self;
  }
  deleteSheet(sheet: SheetFake): void {
    this.rec("deleteSheet");
    const i = this.__sheets.findIndex((s) => s.__id === sheet.__id);
    if (i < 0) throw new Error("Sheet not found");
    if (this.__sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const [removed] = this.__sheets.splice(i, 1);
    if (this.active === removed) this.active = this.__sheets[Math.max(0, i - 1)] ?? null;
  }
  getActiveSheet(): SheetFake {
    this.rec("getActiveSheet");
    return this.__activeSheet().__self;
  }
  setActiveSheet(sheet: SheetFake): SheetFake {
    this.rec("setActiveSheet");
    const s = this.__sheets.find((x) => x.__id === sheet.__id);
    if (!s) throw new Error("Sheet not found");
    this.active = s;
    return s.__self;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.rec("moveActiveSheet");
    const s = this.__activeSheet();
    this.__sheets.splice(this.__sheets.indexOf(s), 1);
    this.__sheets.splice(Math.max(0, Math.min(pos - 1, this.__sheets.length)), 0, s);
  }
  /** getRange("'Status Koperasi'!A1:B2"), or A1 on the active sheet. */
  getRange(a1Notation: string): RangeFake {
    this.rec("getRange");
    const { sheetName } = splitSheetName(a1Notation);
    const sheet = sheetName === undefined ? this.__activeSheet() : this.__sheet(sheetName);
    if (!sheet) throw new Error("Range not found");
    return sheet.__rangeA1(a1Notation);
  }
  /** Shows a toast; without a UI (trigger runs) it is silently dropped, recorded with shown=false. */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.rec("toast");
    this.__toasts.push({
      message: String(msg), title: title ?? "", timeoutSeconds: timeoutSeconds ?? 5,
      shown: this.__uiAvailable(), at: this.now(),
    });
  }
  getSpreadsheetTimeZone(): string {
    this.rec("getSpreadsheetTimeZone");
    return this.__timeZone;
  }
  /** Dates are stored as wall-clock serials in Sheets, so changing the zone keeps the wall-clock time. */
  setSpreadsheetTimeZone(timezone: string): void {
    this.rec("setSpreadsheetTimeZone");
    this.__setTimeZoneRaw(timezone);
  }
  getSpreadsheetLocale(): string {
    this.rec("getSpreadsheetLocale");
    return this.__locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.rec("setSpreadsheetLocale");
    this.__locale = locale;
  }
  /** A linked sheet's form (the first, where several are: the reference leaves it open), null when none is. */
  getFormUrl(): string | null {
    this.rec("getFormUrl");
    return this.__sheets.find((s) => s.__formUrl !== null)?.__formUrl ?? null;
  }
  getOwner(): UserFake {
    this.rec("getOwner");
    return makeUser(this.__ledger, this.__owner);
  }
  getEditors(): UserFake[] {
    this.rec("getEditors");
    return [this.__owner, ...this.__sharedWith.filter((u) => u !== "*")].map((u) => makeUser(this.__ledger, u));
  }
  getProtections(type: ProtectionTypeValue): ProtectionFake[] {
    this.rec("getProtections");
    return this.__protections.filter((p) => p.__type === type).map((p) => p.protection);
  }

  // --- uncounted internals (tests, driver, xlsx) ---
  /** Whether `user` may open it: the owner, an account it is shared with, or anyone when shared by link. */
  __canOpen(user: string): boolean {
    const u = user.trim().toLowerCase();
    return this.__owner.toLowerCase() === u || this.__sharedWith.some((s) => s === "*" || s.toLowerCase() === u);
  }
  __sheet(name: string): SheetFake | undefined {
    const key = name.toLowerCase();
    return this.__sheets.find((s) => s.__name.toLowerCase() === key);
  }
  __activeSheet(): SheetFake {
    if (!this.active || !this.__sheets.some((s) => s.__id === this.active?.__id)) this.active = this.__sheets[0] ?? null;
    if (!this.active) throw new Error("The spreadsheet has no sheets.");
    return this.active;
  }
  __setActiveSheet(sheet: SheetFake): void {
    this.active = this.__sheets.find((s) => s.__id === sheet.__id) ?? this.active;
  }
  __checkNewName(name: string, self?: SheetFake): void {
    if (typeof name !== "string" || name.trim() === "") throw new Error("Invalid sheet name.");
    const clash = this.__sheet(name);
    if (clash && clash.__id !== self?.__id) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
  /** Adds a sheet without counting or activating it (0-based index, default at the end). */
  __insertSheetRaw(name: string, index?: number, grid?: Grid): SheetFake {
    this.__checkNewName(name);
    const sheet = new SheetFake(this, name, this.nextSheetId === 0 ? 0 : 100000000 + this.nextSheetId * 7919, grid);
    this.nextSheetId++;
    const at = index === undefined ? this.__sheets.length : Math.max(0, Math.min(index, this.__sheets.length));
    this.__sheets.splice(at, 0, sheet);
    return sheet;
  }
  /** Removes every sheet (xlsx loading replaces the workbook); the caller must add one back. */
  __removeAllSheetsRaw(): void {
    this.__sheets.splice(0, this.__sheets.length);
    this.__protections.splice(0, this.__protections.length);
    this.active = null;
  }
  __setTimeZoneRaw(timeZone: string): void {
    assertTimeZone(timeZone);
    const old = this.__timeZone;
    for (const sheet of this.__sheets) {
      const g = sheet.__grid;
      for (const [r, c, cell] of g.cells()) {
        if (cell.v instanceof Date) g.setValue(r, c, new Date(utcWallToInstant(wallAsUtc(cell.v.getTime(), old), timeZone)), cell.f);
      }
    }
    this.__timeZone = timeZone;
  }
  __addProtection(type: ProtectionTypeValue, sheet: SheetFake, target: unknown): ProtectionFake {
    const entry: ProtectionEntry = { __type: type, __sheet: sheet, protection: undefined as unknown as ProtectionFake };
    const raw = new ProtectionFake(this.__ledger, type, target, this.__owner, this.__access().user, () => {
      const i = this.__protections.indexOf(entry);
      if (i >= 0) this.__protections.splice(i, 1);
    }, () => this.__access());
    entry.protection = guard(raw, "Protection");
    this.__protections.push(entry);
    return entry.protection;
  }
  __access(): Access {
    return { owner: this.__owner, user: this.__user() || this.__owner, groups: this.__groups };
  }
  /**
   * Throws Google's refusal when the running user may not edit these cells of the sheet (or, with
   * "structure", insert/delete rows or columns or clear the whole sheet) because of a protection.
   */
  __assertCanEdit(sheet: SheetFake, cells: { row: number; col: number; numRows: number; numCols: number } | "structure"): void {
    if (this.__protections.length === 0) return;
    const a = this.__access();
    for (const e of this.__protections) {
      if (e.__sheet.__id !== sheet.__id) continue;
      const p = e.protection;
      if (!allows(p, a) && covers(p, p.__target, cells)) throw new Error(PROTECTED_EDIT);
    }
  }
  /** A1 reference of a sheet for messages/tests: "'Status Koperasi'!A1". */
  __ref(sheetName: string, a1: string): string {
    return `${quoteSheetName(sheetName)}!${a1}`;
  }
}
