// Issue 13, through dist/Code.js: the rebuild's state path serves a workbook whose reports sit in a
// response sheet no form is linked to (found by its header, as the full read found it), instead of a full
// read (in ranges) on every daily rebuild. Every output sheet equals a twin that read every report; the
// cells the state path reads are the same at 4x the history; renamed, the sheet is found again; removed,
// the rebuild reads what is left, as the twin does.
import type { Driver } from "../../runtime/driver";
import { paste, report, sheetFake, values, wita } from "./agency";
import { history, SHEET, typed, unlinkedWorkbook } from "./unlinkedSupport";
import { nextDay, outputsOf, rebuildAt, STATE_LINE } from "./statePathSupport";

const FULL_LINE = /status & ringkasan disusun dari hasilnya/;

/** No form; `days` of history typed into SHEET; the first rebuild (a full read) on the 17th. */
function workbook(days: number): Driver {
  // K-03 stops reporting a week before the end.
  const d = unlinkedWorkbook(history(days, (k, before) => k === "K-03" && before <= 7));
  expect(rebuildAt(d, wita("2026-11-17T07:00:00"))).toMatch(FULL_LINE);
  return d;
}

describe("the rebuild's state path with a response sheet no form is linked to", () => {
  it("serves the next day's rebuild, equal to a full read, reading the same cells at 4x the history", () => {
    const reads: number[] = [];
    // Past the digest's correctable rows (2,000, whose `Validasi` rows the probe reads): 2,500 and 10,000 reports.
    for (const days of [500, 2_000]) {
      const [parts, twin] = [workbook(days), workbook(days)];
      const { line, read } = nextDay(parts, twin);
      expect(line).toMatch(STATE_LINE);
      expect(line).toMatch(/Jawaban formulir dibaca dari lembar "Form Responses 1"/);
      expect(outputsOf(parts)).toEqual(outputsOf(twin));
      reads.push(read);
    }
    expect(reads[1]).toBe(reads[0]);
  });

  it("after reports typed in and caught up by the hourly run, the daily rebuild takes the state path, equal to a full read", () => {
    const [parts, twin] = [workbook(12), workbook(12)];
    for (const d of [parts, twin]) {
      d.clickMenu("Pasang pemicu otomatis");
      paste(d, SHEET, [typed("K-01", "2026-11-17", 60, wita("2026-11-17T09:00:00")), typed("K-02", "2026-11-16", 70, wita("2026-11-17T10:00:00"))], values(d, SHEET).length + 1);
      d.newExecution();
      d.fireTimeTriggers(wita("2026-11-17T23:00:00"));
    }
    const { line } = nextDay(parts, twin);
    expect(line).toMatch(STATE_LINE);
    expect(outputsOf(parts)).toEqual(outputsOf(twin));
  });

  it("renamed, the sheet is found again and the state path serves; removed, the rebuild reads what is left as the twin does", () => {
    const [parts, twin] = [workbook(12), workbook(12)];
    for (const d of [parts, twin]) sheetFake(d, SHEET).setName("Impor Laporan");
    const renamed = nextDay(parts, twin);
    expect(renamed.line).toMatch(STATE_LINE);
    expect(renamed.line).toMatch(/Impor Laporan/);
    expect(outputsOf(parts)).toEqual(outputsOf(twin));

    for (const d of [parts, twin]) d.spreadsheet.deleteSheet(sheetFake(d, "Impor Laporan"));
    const removed = nextDay(parts, twin, "2026-11-19T07:00:00");
    expect(removed.line).not.toMatch(STATE_LINE);
    expect(outputsOf(parts)).toEqual(outputsOf(twin));
  });
});
