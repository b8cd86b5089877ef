// Builds the adapter facade once per execution from the Apps Script globals.
import type { Context } from "../app/context";
import { SheetsWorkbook } from "./sheetsWorkbook";
import { AppsScriptLock, DocumentProperties, ScriptTriggers } from "./services";
import { FormsAdapter } from "./forms/formsAdapter";
import { SheetsProtection } from "./protection";
import { AppsScriptMail } from "./mail";
import { retrying, withRetry } from "./retry";
import { executionBasics } from "./executionBasics";
import { bigQueryPort } from "./bigquery";

export function createContext(options: {
  interactive: boolean;
  startedAt?: number;
  /** The active spreadsheet when the caller already has it (saves the call). */
  spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet;
}): Context {
  const startedAt = options.startedAt ?? Date.now();
  const { retries, policy, ui, user } = executionBasics(options.interactive);
  const raw = options.spreadsheet ?? withRetry(() => SpreadsheetApp.getActiveSpreadsheet(), policy, "SpreadsheetApp.getActiveSpreadsheet");
  const ss = retrying(raw, policy, "Spreadsheet");
  const sheetNotices: string[] = [];
  const props = new DocumentProperties(retrying(PropertiesService, policy, "PropertiesService"));
  return {
    workbook: new SheetsWorkbook(ss, Charts.ChartType, props, sheetNotices),
    props,
    lock: new AppsScriptLock(LockService),
    clock: { now: () => Date.now() },
    startedAt,
    noteLog: [],
    ui,
    // Services that receive the spreadsheet as an argument get the real object, never the wrapper.
    triggers: new ScriptTriggers(ScriptApp, raw),
    forms: new FormsAdapter(FormApp, raw, () => SpreadsheetApp.flush()),
    user,
    retries,
    sheetNotices,
    protection: new SheetsProtection(ss, SpreadsheetApp.ProtectionType.SHEET),
    mail: new AppsScriptMail(MailApp),
    ...withBigQuery(),
  };
}

function withBigQuery(): { bigquery?: NonNullable<Context["bigquery"]> } {
  const bigquery = bigQueryPort();
  return bigquery ? { bigquery } : {};
}
