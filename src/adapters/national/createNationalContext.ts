// Builds the national roll-up's adapter facade once per execution from the Apps Script globals.
import type { NationalContext } from "../../app/national/context";
import { SheetsWorkbook } from "../sheetsWorkbook";
import { AppsScriptLock, DocumentProperties, SheetsUi } from "../services";
import { DEFAULT_RETRY, retrying, withRetry, type RetryPolicy } from "../retry";
import { SheetsProvinceBooks } from "./provinceBooks";
import { NationalTriggers } from "./triggers";

export function createNationalContext(options: { interactive: boolean }): NationalContext {
  const retries: string[] = [];
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY,
    sleep: (ms) => Utilities.sleep(ms),
    onRetry: (what, message, attempt) => void retries.push(`${what} (percobaan ${attempt}): ${message}`),
  };
  const ss = retrying(withRetry(() => SpreadsheetApp.getActiveSpreadsheet(), policy, "SpreadsheetApp.getActiveSpreadsheet"), policy, "Spreadsheet");
  let ui: NationalContext["ui"] = null;
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
  const props = new DocumentProperties(retrying(PropertiesService, policy, "PropertiesService"));
  return {
    workbook: new SheetsWorkbook(ss, Charts.ChartType, props),
    props,
    lock: new AppsScriptLock(LockService),
    clock: { now: () => Date.now() },
    ui,
    triggers: new NationalTriggers(ScriptApp),
    provinces: new SheetsProvinceBooks(SpreadsheetApp, policy),
    user,
    retries,
  };
}
