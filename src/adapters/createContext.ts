// Builds the adapter facade once per execution from the Apps Script globals.
import type { Context } from "../app/context";
import { SheetsWorkbook } from "./sheetsWorkbook";
import { AppsScriptLock, DocumentProperties, ScriptTriggers, SheetsUi } from "./services";
import { FormsAdapter } from "./forms/formsAdapter";
import { SheetsProtection } from "./protection";
import { AppsScriptMail } from "./mail";
import { DEFAULT_RETRY, retrying, withRetry, type RetryPolicy } from "./retry";

export function createContext(options: {
  interactive: boolean;
  startedAt?: number;
  /** The active spreadsheet when the caller already has it (saves the call). */
  spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet;
}): Context {
  const startedAt = options.startedAt ?? Date.now();
  // Transient service errors (timeouts, rate limits) are retried with backoff on idempotent calls;
  // each retry is noted for the run's `Log` row.
  const retries: string[] = [];
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY,
    sleep: (ms) => Utilities.sleep(ms),
    onRetry: (what, message, attempt) => void retries.push(`${what} (percobaan ${attempt}): ${message}`),
  };
  const raw = options.spreadsheet ?? withRetry(() => SpreadsheetApp.getActiveSpreadsheet(), policy, "SpreadsheetApp.getActiveSpreadsheet");
  const ss = retrying(raw, policy, "Spreadsheet");
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
    user = withRetry(() => Session.getActiveUser().getEmail(), policy, "Session.getActiveUser");
  } catch {
    user = "";
  }
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
  };
}
