// Issue 13: a rebuild that reads every report is a job in row ranges. With a zero time budget each
// execution folds one range and saves its progress; the last one saves the checkpoint and writes every
// output sheet from the state path. The sheets then equal, cell for cell, a twin that read every report
// in one execution; the weekly full read runs the same way after the state path served the day.
import type { Driver } from "../../runtime/driver";
import { records, report, responseSheetName, setSetting, values, wita } from "./agency";
import { outputsOf, rebuildAt, STATE_LINE, twins } from "./statePathSupport";

const CURSOR = "kdkmp.cursor";

function submit(pair: Driver[], a: Record<string, string>, at: string): void {
  for (const d of pair) d.submitForm(a, wita(at));
}

/** Twins after two days of reports (a correction of the first day's report among them) and a rebuild each. */
function history(): [Driver, Driver] {
  const pair = twins();
  submit(pair, report("K-01", "2026-11-16", 10), "2026-11-16T09:00:00");
  submit(pair, report("K-04", "2026-11-16", 20), "2026-11-16T10:00:00");
  submit(pair, report("K-02", "2026-11-16", 5), "2026-11-16T11:00:00");
  submit(pair, report("K-03", "2026-11-16", 0), "2026-11-16T12:00:00");
  submit(pair, report("K-05", "2026-11-17", 3), "2026-11-17T08:00:00");
  submit(pair, report("K-02", "2026-11-17", 2), "2026-11-17T09:00:00");
  // Row 8 corrects row 3 (K-04 on the 16th): five rows apart, so in another range below.
  submit(pair, report("K-04", "2026-11-16", 25), "2026-11-17T10:00:00");
  submit(pair, report("K-01", "2026-11-17", 20), "2026-11-17T11:00:00");
  rebuildAt(pair[0], wita("2026-11-17T16:00:00"));
  rebuildAt(pair[1], wita("2026-11-17T16:00:00"), true);
  return pair;
}

function inParts(d: Driver): void {
  d.runtime.properties.document.set("kdkmp.timeBudgetMs", "0");
  d.runtime.properties.document.set("kdkmp.rangeRows", "2");
}

describe("a rebuild that reads every report", () => {
  it("with a zero time budget takes one range per execution, writes the output sheets at the last, and ends equal to one full read", () => {
    const [parts, full] = history();
    expect(records(parts, "Validasi").map((r) => r.Status)).toContain("Dikoreksi");
    // A setting changed: every report is validated again.
    for (const d of [parts, full]) setSetting(d, "JENDELA_KEPATUHAN_HARI", 14);
    inParts(parts);
    const ringkasan = values(parts, "Ringkasan");
    const at = wita("2026-11-18T07:00:00");
    let executions = 0;
    while (executions < 10) {
      const log = rebuildAt(parts, at);
      executions++;
      if (!parts.runtime.properties.document.has(CURSOR)) break;
      expect(log).toMatch(/Pekerjaan besar/);
      // The output sheets wait for the last range.
      expect(values(parts, "Ringkasan")).toEqual(ringkasan);
    }
    expect(parts.runtime.properties.document.has(CURSOR)).toBe(false);
    // Rows 2..9 in ranges of two: four executions, the last one writing every output sheet.
    expect(executions).toBe(4);
    rebuildAt(full, at, true);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
    expect(values(parts, "Validasi")).toHaveLength(values(parts, responseSheetName(parts)).length);
    // It saved the checkpoint: the next day's rebuild works from the state and still equals a full read.
    submit([parts, full], report("K-03", "2026-11-18", 4), "2026-11-18T09:00:00");
    expect(rebuildAt(parts, wita("2026-11-19T07:00:00"))).toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-19T07:00:00"), true);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
  });

  it("every 7 days: the daily run is served from the state, the full read continues hourly and ends equal to one full read", () => {
    const [parts, full] = history();
    inParts(parts);
    // Row 4 (K-02 on the 16th) typed over by hand: only a full read sees it.
    const progress = values(parts, responseSheetName(parts))[0]!.indexOf("Progres Fisik (%)") + 1;
    for (const d of [parts, full]) {
      (d.spreadsheet as never as { __sheet(n: string): { __write(r: number, c: number, v: unknown[][]): void } }).__sheet(responseSheetName(d)).__write(4, progress, [[7]]);
    }
    // Seven days after the last full read, the daily run.
    parts.newExecution();
    parts.fireTimeTriggers(wita("2026-11-24T06:10:00"));
    const daily = String(records(parts, "Log").at(-1)?.Rincian);
    expect(daily).toMatch(STATE_LINE);
    expect(daily).toMatch(/Pekerjaan besar/);
    expect(parts.runtime.properties.document.has(CURSOR)).toBe(true);
    let hour = 7;
    while (parts.runtime.properties.document.has(CURSOR) && hour < 20) {
      parts.newExecution();
      parts.fireTimeTriggers(wita(`2026-11-24T${String(hour++).padStart(2, "0")}:10:00`));
    }
    expect(parts.runtime.properties.document.has(CURSOR)).toBe(false);
    expect(String(records(parts, "Log").at(-1)?.Rincian)).toMatch(/dibaca ulang/);
    // Equal to reading every report at the job's instant (the daily run's).
    full.runtime.properties.document.set("kdkmp.timeBudgetMs", "600000");
    rebuildAt(full, wita("2026-11-24T06:10:00"), true);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
  });
});
