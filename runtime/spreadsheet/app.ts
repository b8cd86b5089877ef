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
  ) {}

  private rec(m: string): void {
    this.ledger.record("SpreadsheetApp", m);
  }

  getActiveSpreadsheet(): SpreadsheetFake {
    this.rec("getActiveSpreadsheet");
    return this.__ss.__self;
  }
  getActive(): SpreadsheetFake {
    this.rec("getActive");
    return this.__ss.__self;
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
  /** The add-on only has the spreadsheets.currentonly scope, so opening by id/url is refused. */
  openById(_id: string): never {
    this.rec("openById");
    throw new Error("You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets");
  }
  openByUrl(_url: string): never {
    this.rec("openByUrl");
    throw new Error("You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets");
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
  const app = guard(new SpreadsheetAppFake(opts.ledger, spreadsheet, ui), "SpreadsheetApp");
  return { app, spreadsheet: spreadsheet.__self, ui };
}
