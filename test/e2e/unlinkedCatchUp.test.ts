// Issue 13 for a response sheet no form is linked to (reports typed or imported into "Form Responses 1"),
// through dist/Code.js: the hourly look and the catch-up find its last row from its header row (as every
// full read finds the sheet), so an hour with nothing new stays idle and a catch-up over a history longer
// than one row range starts its job at once: no execution reads every report, and the sheets end equal to
// a twin that validated in one execution. The sheet renamed or removed is covered too.
import type { Driver } from "../../runtime/driver";
import { lastLog, paste, records, report, setSetting, sheetFake, values, wita } from "./agency";
import { history, SHEET, typed, unlinkedWorkbook } from "./unlinkedSupport";

const CURSOR = "kdkmp.cursor";
const RANGE = 20;

/** No form; `days` of history typed into SHEET and validated once by the menu on the 17th. */
function workbook(days: number): Driver {
  const d = unlinkedWorkbook(history(days));
  d.clickMenu("Pasang pemicu otomatis");
  d.runtime.clock.set(wita("2026-11-17T07:00:00").getTime());
  d.clickMenu("Validasi laporan baru");
  return d;
}

/** Three reports typed by hand on the 17th (one corrects the 16th's K-02 report). */
function typeMore(d: Driver, sheet = SHEET): void {
  const last = values(d, sheet).length;
  paste(d, sheet, [
    typed("K-01", "2026-11-17", 60, wita("2026-11-17T09:00:00")),
    typed("K-02", "2026-11-16", 70, wita("2026-11-17T10:00:00")),
    typed("K-04", "2026-11-17", 80, wita("2026-11-17T11:00:00")),
  ], last + 1);
}

function inParts(d: Driver): void {
  d.runtime.properties.document.set("kdkmp.timeBudgetMs", "0");
  d.runtime.properties.document.set("kdkmp.rangeRows", String(RANGE));
}

/** Hourly runs from 23:00 on the 17th (outside the daily hours) until no job is pending; the cells each read. */
function hourly(d: Driver): number[] {
  const reads: number[] = [];
  for (let h = 0; h < 30 && (h === 0 || d.runtime.properties.document.has(CURSOR)); h++) {
    d.newExecution();
    d.ledger.reset();
    d.fireTimeTriggers(new Date(wita("2026-11-17T23:00:00").getTime() + h * 3_600_000));
    reads.push(d.ledger.cellsRead);
  }
  expect(d.runtime.properties.document.has(CURSOR)).toBe(false);
  return reads;
}

function sheets(d: Driver): Record<string, unknown> {
  const status = sheetFake(d, "Status Koperasi");
  const notes = values(d, "Status Koperasi").map((_, r) => status.__cell(r + 1, 18)?.note ?? "");
  return { validasi: values(d, "Validasi"), state: values(d, "_Status Internal"), status: values(d, "Status Koperasi"), notes };
}

describe("a response sheet no form is linked to, in the hourly run", () => {
  it("a catch-up over a long history starts its job at once: each execution reads about one range, the same at 4x the history, equal to one execution", () => {
    const worst: number[] = [];
    for (const days of [12, 48]) {
      const parts = workbook(days);
      const whole = workbook(days);
      inParts(parts);
      for (const d of [parts, whole]) typeMore(d);
      const reads = hourly(parts);
      const once = hourly(whole);
      expect(once).toHaveLength(1);
      expect(reads.length).toBe(Math.ceil((days * 5 + 3) / RANGE));
      expect(sheets(parts)).toEqual(sheets(whole));
      expect(records(parts, "Validasi").find((r) => r.Status === "Dikoreksi")).toBeDefined();
      expect(String(lastLog(parts).Rincian)).toMatch(/Form Responses 1/);
      worst.push(Math.max(...reads));
      expect(Math.max(...reads)).toBeLessThan(once[0]!);
    }
    // One range of twenty rows and the few thousand cells every run reads, at 60 and at 240 reports.
    expect(worst[1]! - worst[0]!).toBeLessThan(400);
  });

  it("an hour with nothing new stays idle (a few cells, no job), the same at 4x the history; also after the sheet is renamed", () => {
    const idle: number[] = [];
    for (const days of [12, 48]) {
      const d = workbook(days);
      const reads = hourly(d);
      expect(reads).toHaveLength(1);
      expect(String(lastLog(d).Rincian)).toMatch(/tidak ada|Tidak ada/);
      idle.push(reads[0]!);
      const calls = d.ledger.total();
      sheetFake(d, SHEET).setName("Impor Laporan");
      expect(hourly(d)).toEqual([reads[0]]);
      // Named in LEMBAR_LAPORAN (as the run's note asks): a validation-side setting, so one catch-up;
      // then an idle hour reads only that sheet's header to find it.
      setSetting(d, "LEMBAR_LAPORAN", "Impor Laporan");
      hourly(d);
      hourly(d);
      expect(d.ledger.total()).toBeLessThan(calls);
    }
    expect(idle[1]).toBe(idle[0]);
  });

  it("rows typed into the sheet after it was renamed are caught up; a removed sheet leaves the sheets as a one-execution twin does", () => {
    const parts = workbook(12);
    const whole = workbook(12);
    inParts(parts);
    for (const d of [parts, whole]) {
      sheetFake(d, SHEET).setName("Impor Laporan");
      typeMore(d, "Impor Laporan");
    }
    hourly(parts);
    hourly(whole);
    expect(sheets(parts)).toEqual(sheets(whole));
    expect(values(parts, "Validasi")).toHaveLength(64);

    for (const d of [parts, whole]) d.spreadsheet.deleteSheet(sheetFake(d, "Impor Laporan"));
    hourly(parts);
    hourly(whole);
    expect(sheets(parts)).toEqual(sheets(whole));
  });
});
