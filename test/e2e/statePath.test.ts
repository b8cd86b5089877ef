// Issue 13: the daily rebuild works from the kept per-cooperative states and the checkpoint of the last
// full read, reading only the rows validated since. Through dist/Code.js, every output sheet it leaves is
// cell for cell what reading every report leaves on an identical copy of the workbook.
import type { Driver } from "../../runtime/driver";
import { answers, paste, records, report, responseSheetName, setSetting, typeReport, values, wita } from "./agency";
import { CHECKPOINT_SHEET, outputsOf, rebuildAt, STATE_LINE, twins } from "./statePathSupport";

/** The same submits into both twins. */
function submit(pair: Driver[], a: Record<string, string>, at: string, opts: { validate?: boolean } = {}): void {
  for (const d of pair) d.submitForm(a, wita(at), opts as never);
}

describe("the rebuild's state path", () => {
  it("after days of submits (a correction of an earlier day, a rejected report, a repeat) equals reading every report", () => {
    const [state, full] = twins();
    const pair = [state, full];
    submit(pair, report("K-01", "2026-11-16", 10), "2026-11-16T09:00:00");
    submit(pair, report("K-02", "2026-11-16", 5), "2026-11-16T10:00:00");
    submit(pair, report("K-04", "2026-11-16", 20), "2026-11-16T11:00:00");
    // Even the first rebuild works from the state: the first submit's full validation saved a checkpoint.
    expect(rebuildAt(state, wita("2026-11-16T16:00:00"))).toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-16T16:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));
    submit(pair, report("K-03", "2026-11-16", 0), "2026-11-16T17:00:00");
    expect(rebuildAt(state, wita("2026-11-16T18:00:00"))).toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-16T18:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));

    // Day 2: K-04's report of the 16th corrected (before the checkpoint), a visit date after the
    // submission (rejected), an identical repeat, progress going back (a warning), a first report.
    submit(pair, report("K-04", "2026-11-16", 25), "2026-11-17T08:00:00");
    submit(pair, answers({ pendamping: "P-01", koperasi: "K-02", visit: "2026-11-20", progress: "5", stage: "Belum mulai" }), "2026-11-17T09:00:00", { validate: false });
    submit(pair, report("K-01", "2026-11-17", 20), "2026-11-17T10:00:00");
    submit(pair, report("K-01", "2026-11-17", 20), "2026-11-17T10:30:00");
    submit(pair, report("K-02", "2026-11-17", 2), "2026-11-17T11:00:00");
    submit(pair, report("K-05", "2026-11-17", 0), "2026-11-17T12:00:00");
    const statuses = records(state, "Validasi").map((r) => r.Status);
    expect(statuses).toEqual(["Valid", "Valid", "Dikoreksi", "Valid", "Valid", "Ditolak", "Valid", "Duplikat", "Peringatan", "Valid"]);

    const log = rebuildAt(state, wita("2026-11-18T07:00:00"));
    expect(log).toMatch(STATE_LINE);
    expect(log).toMatch(/Dikoreksi: 1/);
    rebuildAt(full, wita("2026-11-18T07:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));

    // Day 3: a correction of yesterday's warning, then the hourly trigger's daily rebuild on day 4.
    submit(pair, report("K-02", "2026-11-17", 8), "2026-11-18T09:00:00");
    submit(pair, report("K-03", "2026-11-18", 5), "2026-11-18T10:00:00");
    for (const d of pair) d.newExecution();
    full.runtime.properties.document.set("kdkmp.timeBudgetMs", "600000");
    state.fireTimeTriggers(wita("2026-11-19T06:10:00"));
    expect(String(records(state, "Log").at(-1)?.Rincian)).toMatch(STATE_LINE);
    expect(rebuildAt(full, wita("2026-11-19T06:10:00"), true)).not.toMatch(STATE_LINE);
    expect(outputsOf(state)).toEqual(outputsOf(full));
  });
});

/** Twins after two days of submits and a rebuild each (the state twin's from its checkpoint). */
function twoDays(): [Driver, Driver] {
  const pair = twins();
  submit(pair, report("K-01", "2026-11-16", 10), "2026-11-16T09:00:00");
  submit(pair, report("K-02", "2026-11-16", 5), "2026-11-16T10:00:00");
  rebuildAt(pair[0], wita("2026-11-16T16:00:00"));
  rebuildAt(pair[1], wita("2026-11-16T16:00:00"), true);
  submit(pair, report("K-01", "2026-11-17", 20), "2026-11-17T09:00:00");
  submit(pair, report("K-04", "2026-11-17", 15), "2026-11-17T10:00:00");
  return pair;
}

/** Column (1-based) of a response-sheet header. */
function responseColumn(d: Driver, title: string): number {
  return values(d, responseSheetName(d))[0]!.indexOf(title) + 1;
}

describe("the rebuild reads every report instead when", () => {
  const cases: Array<[string, (d: Driver) => void]> = [
    ["a cooperative was edited in Koperasi", (d) => paste(d, "Koperasi", [["KMP Desa Gerung Baru"]], 2)],
    ["a setting was changed", (d) => setSetting(d, "JENDELA_KEPATUHAN_HARI", 14)],
    ["a report was typed into the response sheet by hand (no Validasi row)", (d) => {
      typeReport(d, { pendamping: "P-02", koperasi: "K-05", visit: "2026-11-17", progress: "10", stage: "Persiapan lahan" }, wita("2026-11-17T12:00:00"));
    }],
    ["the last response row was edited by hand", (d) => {
      const sheet = (d.spreadsheet as never as { __sheet(n: string): { __write(r: number, c: number, v: unknown[][]): void } }).__sheet(responseSheetName(d));
      sheet.__write(values(d, responseSheetName(d)).length, responseColumn(d, "Progres Fisik (%)"), [[35]]);
    }],
    ["the checkpoint was damaged", (d) => paste(d, CHECKPOINT_SHEET, [["|{rusak|"]], 3)],
    ["an earlier run was cut off", (d) => d.runtime.properties.document.set("kdkmp.validatedThrough", "-1")],
  ];
  it.each(cases)("%s, and leaves what an untouched full read leaves", (_what, change) => {
    const [state, full] = twoDays();
    for (const d of [state, full]) change(d);
    expect(rebuildAt(state, wita("2026-11-18T07:00:00"))).not.toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-18T07:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));
    // And the next day's rebuild works from the state again.
    expect(rebuildAt(state, wita("2026-11-19T07:00:00"))).toMatch(STATE_LINE);
  });
});

describe("a hand edit of an older response row", () => {
  it("is not seen by the state path; the weekly full read (or Validasi ulang semua laporan) picks it up", () => {
    const [state, full] = twoDays();
    const progress = responseColumn(state, "Progres Fisik (%)");
    // Row 2 (K-01 on the 16th) typed over: 10 -> 12 %.
    for (const d of [state, full]) (d.spreadsheet as never as { __sheet(n: string): { __write(r: number, c: number, v: unknown[][]): void } }).__sheet(responseSheetName(d)).__write(2, progress, [[12]]);
    expect(rebuildAt(state, wita("2026-11-18T07:00:00"))).toMatch(STATE_LINE);
    // Six days after the last full read: still from the state (K-01's latest report is row 4 anyway).
    expect(rebuildAt(state, wita("2026-11-22T07:00:00"))).toMatch(STATE_LINE);
    for (const day of ["18", "22"]) rebuildAt(full, wita(`2026-11-${day}T07:00:00`), true);
    // Seven days after it: every report read again, the edit validated, as a full read leaves it.
    const weekly = rebuildAt(state, wita("2026-11-23T07:00:00"));
    expect(weekly).not.toMatch(STATE_LINE);
    expect(weekly).toMatch(/dibaca ulang/);
    rebuildAt(full, wita("2026-11-23T07:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));
  });

  it("is picked up at once by Validasi ulang semua laporan, and the rebuilds after it work from the state", () => {
    const [state] = twoDays();
    const progress = responseColumn(state, "Progres Fisik (%)");
    const sheet = (state.spreadsheet as never as { __sheet(n: string): { __write(r: number, c: number, v: unknown[][]): void } }).__sheet(responseSheetName(state));
    // K-02's only report (row 3): 5 -> 8 %.
    sheet.__write(3, progress, [[8]]);
    expect(rebuildAt(state, wita("2026-11-18T07:00:00"))).toMatch(STATE_LINE);
    const k02 = () => records(state, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-02")?.["Progres Fisik (%)"];
    expect(k02()).toBe(5);
    state.newExecution();
    state.clickMenu("Validasi ulang semua laporan");
    expect(k02()).toBe(8);
    // That validation saved the checkpoint: the rebuild after it reads no report again.
    expect(rebuildAt(state, wita("2026-11-18T07:30:00"))).toMatch(STATE_LINE);
    expect(rebuildAt(state, wita("2026-11-18T07:40:00"))).toMatch(STATE_LINE);
    expect(k02()).toBe(8);
  });
});
