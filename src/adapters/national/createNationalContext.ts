// Builds the national roll-up's adapter facade once per execution from the Apps Script globals.
import type { NationalContext } from "../../app/national/context";
import { SheetsWorkbook } from "../sheetsWorkbook";
import { AppsScriptLock, DocumentProperties } from "../services";
import { retrying, withRetry } from "../retry";
import { executionBasics } from "../executionBasics";
import { SheetsProvinceBooks } from "./provinceBooks";
import { NationalTriggers } from "./triggers";

export function createNationalContext(options: { interactive: boolean }): NationalContext {
  const { retries, policy, ui, user } = executionBasics(options.interactive);
  const ss = retrying(withRetry(() => SpreadsheetApp.getActiveSpreadsheet(), policy, "SpreadsheetApp.getActiveSpreadsheet"), policy, "Spreadsheet");
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
