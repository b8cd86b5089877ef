// Province workbooks opened with SpreadsheetApp.openById (the `spreadsheets` scope): one open and one
// read per sheet. Google's error for a missing id and for an unshared workbook become a coded failure.
import type { CellValue } from "../../core/model";
import { ProvinceOpenError, type ProvinceBook, type ProvinceBooks } from "../../app/national/context";
import { errorText, retrying, withRetry, type RetryPolicy } from "../retry";

/** "Unexpected error while getting the method or property openById on object SpreadsheetApp." */
const NOT_FOUND = /Unexpected error while getting the method or property openById|not found|could not be found/i;
/** "You do not have permission to access the requested document." */
const NO_ACCESS = /do not have permission to access|do not have access to the requested document|permission denied/i;

export class SheetsProvinceBooks implements ProvinceBooks {
  constructor(
    private readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    private readonly policy: RetryPolicy,
  ) {}

  open(id: string): ProvinceBook {
    let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
    try {
      ss = withRetry(() => this.app.openById(id), this.policy, "SpreadsheetApp.openById");
    } catch (err) {
      const text = errorText(err);
      throw new ProvinceOpenError(NO_ACCESS.test(text) ? "NO_ACCESS" : NOT_FOUND.test(text) ? "NOT_FOUND" : "FAILED", text);
    }
    const book = retrying(ss, this.policy, "Spreadsheet");
    return {
      read: (sheet) => {
        const s = book.getSheetByName(sheet);
        return s ? (s.getDataRange().getValues() as CellValue[][]) : null;
      },
    };
  }
}
