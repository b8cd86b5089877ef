// SpreadsheetApp fake and the factory that builds the one active spreadsheet of a runtime.
import { CallLedger, guard } from "../calls";
import { DataValidationCriteria, newDataValidationBuilder, type DataValidationBuilderFake } from "./dataValidation";
import { ProtectionType } from "./protection";
import type { RangeFake } from "./range";
import type { SheetFake } from "./sheet";
import { SpreadsheetFake, type SpreadsheetOptions } from "./spreadsheet";
import { UiFake } from "./ui";

export const BorderStyle = {
  DOTTED: "DOTTED", DASHED: "DASHED", SOLID: "SOLID", SOLID_MEDIUM: "SOLID_MEDIUM", SOLID_THICK: "SOLID_THICK",
  DOUBLE: "DOUBLE",
} as const;
export const WrapStrategy = { WRAP: "WRAP", OVERFLOW: "OVERFLOW", CLIP: "CLIP" } as const;

export const SPREADSHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets";

/** The other workbooks a runtime knows (its "Drive"), and what the script may do with them. */
export interface SpreadsheetStore {
  byId(id: string): SpreadsheetFake | undefined;
  /** True when the manifest grants the `spreadsheets` scope (not only `spreadsheets.currentonly`). */
  allSpreadsheets(): boolean;
  /** The account the script runs as. */
  user(): string;
}

export class SpreadsheetAppFake {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  __flushes = 0;

  constructor(
    private readonly ledger: CallLedger,
    readonly __ss: SpreadsheetFake,
    readonly __ui: UiFake,
    private readonly drive?: SpreadsheetStore,
  ) {}

  private rec(m: string): void {
    this.ledger.record("SpreadsheetApp", m);
  }

  /** False while an execution runs outside the document (see Driver.fireTimeTriggers `withoutDocument`). */
  __documentAvailable = () => true;

  // "Returns the currently active spreadsheet, or null if there is none."
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
  getActiveSpreadsheet(): SpreadsheetFake | null {
    this.rec("getActiveSpreadsheet");
    return this.__documentAvailable() ? this.__ss.__self : null;
  }
  getActive(): SpreadsheetFake | null {
    this.rec("getActive");
    return this.__documentAvailable() ? this.__ss.__self : null;
  }
  getActiveSheet(): SheetFake {
    this.rec("getActiveSheet");
    return this.__ss.__activeSheet().__self;
  }
  setActiveSheet(sheet: SheetFake): SheetFake {
    this.rec("setActiveSheet");
    this.__ss.__setActiveSheet(sheet);
    return this.__ss.__activeSheet().__self;
  }
  getActiveRange(): RangeFake {
    this.rec("getActiveRange");
    return this.__ss.__activeSheet().__rangeA1("A1");
  }
  /** Throws without a UI, e.g. in time-driven triggers (wording as reported by Apps Script users). */
  getUi(): UiFake {
    this.rec("getUi");
    if (this.__ui.__headless) throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
    return this.__ui;
  }
  newDataValidation(): DataValidationBuilderFake {
    this.rec("newDataValidation");
    return newDataValidationBuilder(this.ledger);
  }
  flush(): void {
    this.rec("flush");
    this.__flushes++;
  }
  /**
   * Opens another workbook of the runtime's store. Only a project whose manifest asks for the
   * `spreadsheets` scope may; with `spreadsheets.currentonly` the call is refused whatever the id.
   * A missing id and a workbook not shared with the user throw the messages Apps Script users report.
   */
  openById(id: string): SpreadsheetFake {
    this.rec("openById");
    return this.openStored(String(id), "openById");
  }
  openByUrl(url: string): SpreadsheetFake {
    this.rec("openByUrl");
    const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) throw new Error("Invalid argument: url");
    return this.openStored(m[1]!, "openByUrl");
  }
  private openStored(id: string, method: string): SpreadsheetFake {
    const drive = this.drive;
    if (!drive || !drive.allSpreadsheets()) {
      throw new Error(`You do not have permission to call SpreadsheetApp.${method}. Required permissions: ${SPREADSHEETS_SCOPE}`);
    }
    const ss = id === this.__ss.__id ? this.__ss : drive.byId(id);
    if (!ss) throw new Error(`Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`);
    if (!ss.__canOpen(drive.user())) throw new Error("You do not have permission to access the requested document.");
    return ss.__self;
  }
  /** Uncounted: switch between an interactive run (menu) and a trigger run without UI. */
  __setHeadless(headless: boolean): void {
    this.__ui.__headless = headless;
  }
}

export interface CreateSpreadsheetAppOptions extends Omit<SpreadsheetOptions, "ledger"> {
  ledger: CallLedger;
  /** Caption of createAddonMenu() (the add-on's name). */
  addonName?: string;
  /** Other workbooks openById may open. */
  drive?: SpreadsheetStore;
}

/** One active spreadsheet per runtime. Defaults: time zone "Asia/Makassar", locale "en_US", one "Sheet1". */
export function createSpreadsheetApp(opts: CreateSpreadsheetAppOptions): {
  app: SpreadsheetAppFake;
  spreadsheet: SpreadsheetFake;
  ui: UiFake;
} {
  const spreadsheet = new SpreadsheetFake(opts);
  const ui = guard(new UiFake(opts.ledger, opts.addonName), "Ui");
  spreadsheet.__uiAvailable = () => !ui.__headless;
  const app = guard(new SpreadsheetAppFake(opts.ledger, spreadsheet, ui, opts.drive), "SpreadsheetApp");
  return { app, spreadsheet: spreadsheet.__self, ui };
}
