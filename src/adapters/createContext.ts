// Builds the adapter facade once per execution from the Apps Script globals.
import type { Context } from "../app/context";
import { SheetsWorkbook } from "./sheetsWorkbook";
import { AppsScriptLock, DocumentProperties, ScriptTriggers, SheetsUi } from "./services";
import { FormsAdapter } from "./forms/formsAdapter";

export function createContext(options: { interactive: boolean }): Context {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let ui: Context["ui"] = null;
  if (options.interactive) {
    try {
      ui = new SheetsUi(SpreadsheetApp.getUi(), HtmlService);
    } catch {
      ui = null; // no UI in this context (e.g. a trigger)
    }
  }
  let user = "";
  try {
    user = Session.getActiveUser().getEmail();
  } catch {
    user = "";
  }
  return {
    workbook: new SheetsWorkbook(ss, Charts.ChartType),
    props: new DocumentProperties(PropertiesService),
    lock: new AppsScriptLock(LockService),
    clock: { now: () => Date.now() },
    ui,
    triggers: new ScriptTriggers(ScriptApp, ss),
    forms: new FormsAdapter(FormApp, ss, () => SpreadsheetApp.flush()),
    user,
  };
}
