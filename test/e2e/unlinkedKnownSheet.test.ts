// Issue 13, through dist/Code.js: with a response sheet no form is linked to, the hourly look and the
// rebuild's probe take the sheet the last scan found (kept in a document property with the number of
// sheets then) instead of reading the first row of every sheet, so an idle hour costs about what it
// costs with a linked form. Whatever happens to the workbook (the sheet renamed, its header changed, a
// form linked, a second look-alike added), they end as a twin that forgets the sheet before every
// execution, and so scans every time as every full read does.
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, answers, lastAlert, lastLog, paste, records, sheetFake, values, wita } from "./agency";
import { HEADER, history, SHEET, typed, unlinkedWorkbook } from "./unlinkedSupport";
import { outputsOf, STATE_LINE } from "./statePathSupport";

const KEPT = "kdkmp.unlinkedSheet";
const AMBIGUOUS = 'Beberapa lembar berisi jawaban formulir yang tidak terhubung: "Form Responses 1", "Salinan Jawaban"';

interface Cost { calls: number; read: number; written: number }
/** The cost model of docs/performance.md: 30 ms a call, 20 µs a cell read, 100 µs a cell written. */
const seconds = (c: Cost) => c.calls * 0.03 + c.read * 20e-6 + c.written * 100e-6;

/**
 * No form; `days` of history typed into SHEET, validated by the menu on the 17th, then one idle hour:
 * the menu's run made the checkpoint's sheet after its scan, so that hour scans once more.
 */
function workbook(days: number): Driver {
  const d = unlinkedWorkbook(history(days));
  d.clickMenu("Pasang pemicu otomatis");
  d.runtime.clock.set(wita("2026-11-17T07:00:00").getTime());
  d.clickMenu("Validasi laporan baru");
  hour(d, "2026-11-17T22:00:00");
  return d;
}

function hour(d: Driver, at: string): Cost {
  d.newExecution();
  d.ledger.reset();
  d.fireTimeTriggers(wita(at));
  return { calls: d.ledger.total(), read: d.ledger.cellsRead, written: d.ledger.cellsWritten };
}

/** A workbook and its twin that forgets the kept sheet before each execution (`forget`), as a scan sees it. */
function twins(days = 12): { parts: Driver; twin: Driver; both: (fn: (d: Driver) => void) => void } {
  const parts = workbook(days);
  const twin = workbook(days);
  const both = (fn: (d: Driver) => void) => {
    fn(parts);
    twin.runtime.properties.document.delete(KEPT);
    fn(twin);
  };
  return { parts, twin, both };
}

/** What people see, and the `Log` rows (their time, result and details). */
function seen(d: Driver): Record<string, unknown> {
  return { outputs: outputsOf(d), validasi: values(d, "Validasi"), log: records(d, "Log").map((r) => [r.Hasil, r.Rincian]) };
}

/** An hourly run that may fail: a trigger run rethrows (Apps Script records it); its `Log` row says why. */
function failing(d: Driver, at: string): void {
  try {
    hour(d, at);
  } catch {
    // The Log row is checked.
  }
}

function rebuildAt(d: Driver, at: string): void {
  d.runtime.clock.set(wita(at).getTime());
  d.newExecution();
  d.clickMenu("Perbarui status & ringkasan");
}

describe("the response sheet no form is linked to, as the last scan found it", () => {
  it("an idle hour costs about what it costs with a linked form (est. < 2 s), the same at 4x the history", () => {
    const linked = agencyWorkbook({ now: wita("2027-11-16T08:00:00") });
    linked.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2027-11-15", progress: "10", stage: "Persiapan lahan" }), wita("2027-11-15T17:00:00"));
    linked.clickMenu("Perbarui status & ringkasan");
    hour(linked, "2027-11-16T13:00:00");
    const base = hour(linked, "2027-11-16T14:00:00");
    const costs: Cost[] = [];
    for (const days of [12, 48]) {
      const d = workbook(days);
      costs.push(hour(d, "2026-11-17T23:00:00"));
      expect(lastLog(d).Hasil).toBe("Dilewati");
      expect(hour(d, "2026-11-18T00:00:00")).toEqual(costs[costs.length - 1]);
      // Without the kept sheet (a first run, or a sheet added or removed since): every sheet's name and
      // the first row of the ones that could be the response sheet, then kept again.
      d.runtime.properties.document.delete(KEPT);
      expect(hour(d, "2026-11-18T01:00:00").calls).toBeLessThan(60);
      expect(d.runtime.properties.document.get(KEPT)).toMatch(/^\d+ Form Responses 1$/);
    }
    expect(costs[1]).toEqual(costs[0]);
    expect(costs[0]!.calls).toBeLessThanOrEqual(base.calls + 2);
    expect(Math.abs(costs[0]!.read - base.read)).toBeLessThan(200);
    expect(seconds(costs[0]!)).toBeLessThan(2);
  });

  it("the daily rebuild takes the state path with it, as many calls at 4x the history", () => {
    const calls: number[] = [];
    for (const days of [12, 48]) {
      const d = workbook(days);
      rebuildAt(d, "2026-11-18T07:00:00");
      d.ledger.reset();
      rebuildAt(d, "2026-11-19T07:00:00");
      expect(String(lastLog(d).Rincian)).toMatch(STATE_LINE);
      expect(String(lastLog(d).Rincian)).toMatch(/Jawaban formulir dibaca dari lembar "Form Responses 1"/);
      calls.push(d.ledger.total());
    }
    expect(calls[1]).toBe(calls[0]);
    // About what a linked form's state path costs (68–69 calls in test/e2e/lastRowNoReport.test.ts).
    expect(calls[0]).toBeLessThanOrEqual(70);
  });

  it("renamed: the next hour finds it again by a scan and stays idle; the hour after costs what it did", () => {
    const d = workbook(12);
    const idle = hour(d, "2026-11-17T23:00:00");
    sheetFake(d, SHEET).setName("Impor Laporan");
    const renamed = hour(d, "2026-11-18T00:00:00");
    expect(lastLog(d).Hasil).toBe("Dilewati");
    expect(renamed.calls).toBeGreaterThan(idle.calls);
    expect(d.runtime.properties.document.get(KEPT)).toMatch(/ Impor Laporan$/);
    expect(hour(d, "2026-11-18T01:00:00")).toEqual(idle);
  });

  it("its header changed so a question is missing: the hourly run and the daily rebuild stop as after a scan", () => {
    const { parts, twin, both } = twins();
    both((d) => paste(d, SHEET, [HEADER.map((h) => (h === "Progres Fisik (%)" ? "Progres (%)" : h))]));
    both((d) => failing(d, "2026-11-18T00:00:00"));
    expect(lastLog(parts).Hasil).toBe("Gagal");
    expect(String(lastLog(parts).Rincian)).toContain('Lembar "Form Responses 1" tampak seperti lembar jawaban formulir');
    both((d) => failing(d, "2026-11-18T07:00:00"));
    expect(lastLog(parts).Hasil).toBe("Gagal");
    expect(seen(parts)).toEqual(seen(twin));
  });

  it("a form linked later: its sheet wins in the hourly run and the daily rebuild, as after a scan", () => {
    const { parts, twin, both } = twins();
    both((d) => {
      const s = d.spreadsheet.insertSheet("Form Responses 2");
      paste(d, "Form Responses 2", [HEADER, ...history(3), typed("K-01", "2026-11-17", 60, wita("2026-11-17T20:00:00"))]);
      (s as unknown as { __linkForm(url: string): void }).__linkForm("https://docs.google.com/forms/d/later/viewform");
    });
    both((d) => hour(d, "2026-11-18T00:00:00"));
    expect(String(lastLog(parts).Rincian)).not.toContain(SHEET);
    both((d) => hour(d, "2026-11-18T07:00:00"));
    expect(seen(parts)).toEqual(seen(twin));
    expect(records(parts, "Validasi")).toHaveLength(16);
  });

  it("a second look-alike added: the hourly run and the daily rebuild stop with the message naming both", () => {
    const { parts, twin, both } = twins();
    both((d) => {
      d.spreadsheet.insertSheet("Salinan Jawaban");
      paste(d, "Salinan Jawaban", [HEADER, typed("K-01", "2026-11-17", 60, wita("2026-11-17T09:00:00"))]);
    });
    both((d) => failing(d, "2026-11-18T00:00:00"));
    expect(String(lastLog(parts).Rincian)).toContain(AMBIGUOUS);
    both((d) => failing(d, "2026-11-18T07:00:00"));
    expect(lastLog(parts).Hasil).toBe("Gagal");
    expect(String(lastLog(parts).Rincian)).toContain(AMBIGUOUS);
    expect(seen(parts)).toEqual(seen(twin));
    rebuildAt(parts, "2026-11-18T09:00:00");
    expect(lastAlert(parts)).toContain(AMBIGUOUS);
  });

  it("a look-alike made by pasting the header into a sheet already there (no sheet added): the menu's validations still stop", () => {
    const d = workbook(12);
    paste(d, "Sheet1", [HEADER, typed("K-01", "2026-11-17", 60, wita("2026-11-17T09:00:00"))]);
    d.newExecution();
    d.clickMenu("Validasi laporan baru");
    expect(lastAlert(d)).toContain('Beberapa lembar berisi jawaban formulir yang tidak terhubung: "Sheet1", "Form Responses 1"');
  });
});
