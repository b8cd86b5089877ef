// Issue 13, through dist/Code.js: a response sheet whose last row is no report (a formula showing nothing
// below the reports). The hourly look and the rebuild's probe check the last report above it instead (its
// `Validasi` row, none below it, its fingerprint), so an hour with nothing new stays idle (it used to run
// the catch-up every hour: the full check, or at a long history a ranged job) and the daily rebuild takes
// the state path (it used to be a full read every day). Every output sheet equals a twin that read every
// report; the state path reads the same cells at 4x the history; a report cleared above the formula or
// typed over sends the rebuild to the full read, as before.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { KOPERASI, answers, paste, records, report, responseSheetName, sheetFake, values, wita } from "./agency";
import { nextDay, outputsOf, rebuildAt, STATE_LINE, twins } from "./statePathSupport";

const CURSOR = "kdkmp.cursor";
const DAY = 86_400_000;

/** `n` reports typed into the linked sheet below its first (each cooperative in turn, one a day), validated on the 17th. */
function history(d: Driver, n: number): void {
  const sheet = responseSheetName(d);
  const header = values(d, sheet)[0]!.map(String);
  const col = (h: string) => header.findIndex((x) => x === h || x.startsWith(h));
  const start = wita("2026-11-16T09:00:00").getTime() - Math.ceil(n / KOPERASI.length) * DAY;
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const k = KOPERASI[i % KOPERASI.length]!;
    const a = answers({ pendamping: k.pendamping, koperasi: k.id, visit: "2026-01-01", progress: "10", stage: "Persiapan lahan" });
    const row = header.map((h) => (a[h] ?? "") as CellValue);
    const at = start + Math.floor(i / KOPERASI.length) * DAY + (i % KOPERASI.length) * 60_000;
    row[0] = new Date(at);
    row[col("Tanggal Kunjungan")] = new Date(at - 9 * 3_600_000);
    row[col("Progres Fisik (%)")] = Math.min(100, 10 + Math.floor(i / KOPERASI.length / 10));
    rows.push(row);
  }
  paste(d, sheet, rows, 3);
}

/** Twins with `n` reports and a formula showing nothing two rows below them, after a full read on the 17th. */
function pair(n = 8): [Driver, Driver] {
  const p = twins();
  for (const d of p) {
    d.submitForm(report("K-01", "2026-11-01", 5), wita("2026-11-01T09:00:00"));
    if (n > 1) history(d, n - 1);
    const sheet = sheetFake(d, responseSheetName(d));
    if (sheet.getMaxRows() < n + 3) sheet.insertRowsAfter(sheet.getMaxRows(), n + 3 - sheet.getMaxRows());
    sheet.getRange(n + 3, 14).setFormula('=""');
    rebuildAt(d, wita("2026-11-17T16:00:00"), true);
  }
  return p;
}

describe("a last row that is no report (a formula showing nothing below the reports)", () => {
  it("the daily rebuild takes the state path, equal to a full read, reading the same cells at 4x the history", () => {
    const reads: number[] = [];
    for (const n of [2_500, 10_000]) {
      const [parts, twin] = pair(n);
      expect(sheetFake(parts, responseSheetName(parts)).getLastRow()).toBe(n + 3);
      const { line, read } = nextDay(parts, twin);
      expect(line).toMatch(STATE_LINE);
      expect(outputsOf(parts)).toEqual(outputsOf(twin));
      reads.push(read);
    }
    expect(reads[1]).toBe(reads[0]);
  });

  it("an hour with nothing new stays idle, also over a history longer than one range (no job started)", () => {
    const [d] = pair();
    const [plain] = twins();
    plain.submitForm(report("K-01", "2026-11-01", 5), wita("2026-11-01T09:00:00"));
    history(plain, 7);
    rebuildAt(plain, wita("2026-11-17T16:00:00"), true);
    d.runtime.properties.document.set("kdkmp.rangeRows", "2");
    const reads: number[] = [];
    for (const x of [d, plain]) {
      x.newExecution();
      x.ledger.reset();
      x.fireTimeTriggers(wita("2026-11-17T20:00:00"));
      reads.push(x.ledger.cellsRead);
    }
    expect(d.runtime.properties.document.has(CURSOR)).toBe(false);
    expect(String(records(d, "Log").at(-1)?.Rincian)).toBe("Tidak ada laporan yang tertinggal.");
    // The last report found one read above the formula row: about the cells of a workbook without one.
    expect(reads[0]! - reads[1]!).toBeLessThan(200);
  });

  it("a form submit after the formula row, then the next rebuild: state path, equal to a full read", () => {
    const [parts, twin] = pair();
    for (const d of [parts, twin]) d.submitForm(report("K-02", "2026-11-18", 30), wita("2026-11-18T09:00:00"));
    expect(nextDay(parts, twin, "2026-11-19T07:00:00").line).toMatch(STATE_LINE);
    expect(outputsOf(parts)).toEqual(outputsOf(twin));
  });

  it("the last report cleared above the formula row, or typed over: a full read, equal to the twin", () => {
    const [parts, twin] = pair();
    for (const d of [parts, twin]) sheetFake(d, responseSheetName(d)).getRange(9, 1, 1, 13).clearContent();
    expect(nextDay(parts, twin).line).not.toMatch(STATE_LINE);
    expect(outputsOf(parts)).toEqual(outputsOf(twin));

    const [p2, t2] = pair();
    for (const d of [p2, t2]) sheetFake(d, responseSheetName(d)).getRange(9, 9).setValue(99);
    expect(nextDay(p2, t2).line).not.toMatch(STATE_LINE);
    expect(outputsOf(p2)).toEqual(outputsOf(t2));
  });
});
